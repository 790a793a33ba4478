import type { ReactNode } from 'react';
import type { Selection } from '../store/workspace';
import { selectNode } from './select-node';

/** A link-styled button that selects a graph node (and reveals its YAML). */
export function NodeLink({
  id,
  from,
  children,
  label,
}: {
  id: string;
  from: Selection['from'];
  children: ReactNode;
  /** Accessible name when the visible text is not enough. */
  label?: string;
}) {
  return (
    <button
      type="button"
      className="pn-link"
      aria-label={label}
      onClick={(e) => {
        e.stopPropagation();
        selectNode(id, from);
      }}
    >
      {children}
    </button>
  );
}

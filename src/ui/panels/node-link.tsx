import type { ReactNode } from 'react';
import type { Selection } from '../store/workspace';
import { selectNode } from './select-node';

/**
 * A link-styled button that selects a graph node (and reveals its YAML). Its name is the
 * visible text, never the graph node's own accessible name, so names stay unique on the page.
 */
export function NodeLink({
  id,
  from,
  children,
}: {
  id: string;
  from: Selection['from'];
  children: ReactNode;
}) {
  return (
    <button
      type="button"
      className="pn-link"
      onClick={(e) => {
        e.stopPropagation();
        selectNode(id, from);
      }}
    >
      {children}
    </button>
  );
}

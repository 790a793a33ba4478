import { createContext, useContext } from 'react';

/** What a pane's header needs to offer its collapse button (see SplitPanes). */
export interface PaneControl {
  /** As in "Collapse YAML editor": `YAML editor`, `details panel`. */
  readonly name: string;
  /** Id of the pane's section (the button's aria-controls). */
  readonly id: string;
  readonly shortcut?: string;
  collapse(): void;
}

export const PaneContext = createContext<PaneControl | undefined>(undefined);

/** The words a pane's collapse or expand button says on hover: its name and its shortcut. */
export function toggleTitle(verb: 'Collapse' | 'Expand', pane: PaneControl): string {
  return `${verb} ${pane.name}${pane.shortcut ? ` (${pane.shortcut})` : ''}`;
}

/**
 * The collapse button of the pane it is in, for the pane's header; nothing in a pane that
 * cannot collapse. `towards` is the edge the pane folds to (the arrow's direction).
 */
export function PaneToggle({ towards }: { towards: 'left' | 'right' }) {
  const pane = useContext(PaneContext);
  if (!pane) return null;
  return (
    <button
      type="button"
      className="pane-toggle"
      aria-label={`Collapse ${pane.name}`}
      aria-expanded="true"
      aria-controls={pane.id}
      aria-keyshortcuts={pane.shortcut}
      title={toggleTitle('Collapse', pane)}
      onClick={pane.collapse}
    >
      <span aria-hidden="true">{towards === 'left' ? '⇤' : '⇥'}</span>
    </button>
  );
}

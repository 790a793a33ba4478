import { useId, useState } from 'react';
import type { KeyboardEvent } from 'react';
import type { NodeType } from '../../core';
import type { GraphFilter } from './filters';

export interface GraphToolbarProps {
  readonly filter: GraphFilter;
  readonly onFilter: (f: GraphFilter) => void;
  readonly namespaces: readonly string[];
  readonly kinds: readonly NodeType[];
  readonly query: string;
  readonly onQuery: (q: string) => void;
  readonly matchCount: number;
  readonly onNextMatch: () => void;
  readonly onFit: () => void;
  readonly onRelayout: () => void;
}

/** Filters, search, fit view and re-layout above the graph; every control labelled. */
export function GraphToolbar(p: GraphToolbarProps) {
  const id = useId();
  const { filter } = p;
  const [kindsOpen, setKindsOpen] = useState(false);
  const shownKinds = p.kinds.filter((k) => !filter.hiddenKinds.has(k)).length;

  const toggleKind = (k: NodeType) => {
    const hidden = new Set(filter.hiddenKinds);
    if (hidden.has(k)) hidden.delete(k);
    else hidden.add(k);
    p.onFilter({ ...filter, hiddenKinds: hidden });
  };

  const onSearchKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      p.onNextMatch();
    } else if (e.key === 'Escape') p.onQuery('');
  };

  return (
    <div className="gt-toolbar" role="toolbar" aria-label="Graph">
      <label className="gt-field">
        <span>Namespace</span>
        <select
          value={filter.namespace ?? ''}
          onChange={(e) => p.onFilter({ ...filter, namespace: e.target.value || undefined })}
        >
          <option value="">All namespaces</option>
          {p.namespaces.map((ns) => (
            <option key={ns} value={ns}>
              {ns || '(cluster)'}
            </option>
          ))}
        </select>
      </label>
      <details className="gt-kinds" onToggle={(e) => setKindsOpen(e.currentTarget.open)}>
        <summary>
          Kinds{' '}
          <span className="gt-muted">
            {shownKinds}/{p.kinds.length}
          </span>
        </summary>
        {kindsOpen && (
          <fieldset className="gt-kinds-list">
            <legend className="visually-hidden">Kinds shown</legend>
            {p.kinds.map((k) => (
              <label key={k}>
                <input
                  type="checkbox"
                  checked={!filter.hiddenKinds.has(k)}
                  onChange={() => toggleKind(k)}
                />{' '}
                {k}
              </label>
            ))}
          </fieldset>
        )}
      </details>
      <label className="gt-check">
        <input
          type="checkbox"
          checked={filter.onlyProblems}
          onChange={(e) => p.onFilter({ ...filter, onlyProblems: e.target.checked })}
        />
        Only problems
      </label>
      <span className="gt-search">
        <input
          type="search"
          aria-label="Search by name or hostname"
          aria-describedby={`${id}-count`}
          placeholder="Search name or hostname"
          value={p.query}
          onChange={(e) => p.onQuery(e.target.value)}
          onKeyDown={onSearchKey}
        />
        <button
          type="button"
          onClick={p.onNextMatch}
          disabled={p.matchCount === 0}
          title="Go to the next match (Enter)"
        >
          Next match
        </button>
        <span id={`${id}-count`} className="gt-muted" role="status">
          {p.query.trim() ? `${p.matchCount} match${p.matchCount === 1 ? '' : 'es'}` : ''}
        </span>
      </span>
      <span className="gt-toolbar-gap" />
      <button type="button" onClick={p.onFit}>
        Fit view
      </button>
      <button type="button" onClick={p.onRelayout} title="Lay the graph out again from scratch">
        Re-layout
      </button>
    </div>
  );
}

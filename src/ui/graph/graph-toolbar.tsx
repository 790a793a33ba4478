import { useId, useState } from 'react';
import { useStore as useFlowStore } from '@xyflow/react';
import type { KeyboardEvent } from 'react';
import type { NodeType } from '../../core';
import type { GraphFilter } from './filters';
import { GraphLegend } from './graph-legend';

export interface GraphToolbarProps {
  readonly filter: GraphFilter;
  readonly onFilter: (f: GraphFilter) => void;
  readonly namespaces: readonly string[];
  readonly kinds: readonly NodeType[];
  readonly query: string;
  readonly onQuery: (q: string) => void;
  readonly matchCount: number;
  readonly onNextMatch: () => void;
  readonly view: ViewControls;
}

/** What the second row does: the viewport, the layout, what is collapsed or focused. */
export interface ViewControls {
  readonly empty: boolean;
  readonly onFit: () => void;
  readonly onZoomIn: () => void;
  readonly onZoomOut: () => void;
  readonly onRelayout: () => void;
  /** Some namespace is collapsed (the button expands all), else it collapses all. */
  readonly anyCollapsed: boolean;
  readonly onCollapseAll: () => void;
  readonly onExpandAll: () => void;
  readonly mapShown: boolean;
  readonly onToggleMap: () => void;
  /** What is focused on, in words, when something is. */
  readonly focusName?: string;
  readonly onShowAll: () => void;
  /** The selected object is not drawn in this view; show it (whatever hides it stops). */
  readonly selectionHidden: boolean;
  readonly onShowSelection: () => void;
  /** 'Overview' once Fit view collapsed the namespaces of a graph too large to fit (said to screen readers too). */
  readonly note?: 'Overview';
}

/** Filters and search; then fit, zoom, layout, collapse, map and legend; every control labelled. */
export function GraphToolbar(p: GraphToolbarProps) {
  const id = useId();
  const { filter, view: v } = p;
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
      <div className="gt-toolbar-row">
        <select
          aria-label="Namespace"
          title="Show one namespace"
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
        <details className="gt-kinds gt-pop" onToggle={(e) => setKindsOpen(e.currentTarget.open)}>
          <summary>
            Kinds{' '}
            <span className="gt-muted">
              {shownKinds}/{p.kinds.length}
            </span>
          </summary>
          {kindsOpen && (
            <fieldset className="gt-kinds-list gt-pop-body">
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
            placeholder="Search"
            value={p.query}
            onChange={(e) => p.onQuery(e.target.value)}
            onKeyDown={onSearchKey}
          />
          <button
            type="button"
            className="gt-icon-text"
            onClick={p.onNextMatch}
            disabled={p.matchCount === 0}
            aria-label="Next match"
            title="Go to the next match (Enter)"
          >
            ↓
          </button>
          <span id={`${id}-count`} className="gt-muted gt-count" role="status">
            {p.query.trim() ? `${p.matchCount} match${p.matchCount === 1 ? '' : 'es'}` : ''}
            {v.note === 'Overview' && (
              <span className="visually-hidden">
                Too large to fit readably: namespaces collapsed into an overview.
              </span>
            )}
          </span>
        </span>
      </div>
      <div className="gt-toolbar-row">
        <button type="button" onClick={v.onFit} disabled={v.empty} title="Show the whole graph">
          Fit view
        </button>
        <span className="gt-zoom" role="group" aria-label="Zoom">
          <button
            type="button"
            onClick={v.onZoomOut}
            disabled={v.empty}
            aria-label="Zoom out"
            title="Zoom out"
          >
            −
          </button>
          <ZoomLevel />
          <button
            type="button"
            onClick={v.onZoomIn}
            disabled={v.empty}
            aria-label="Zoom in"
            title="Zoom in"
          >
            +
          </button>
        </span>
        <button
          type="button"
          onClick={v.onRelayout}
          disabled={v.empty}
          title="Lay the graph out again from scratch"
        >
          Re-layout
        </button>
        {v.anyCollapsed ? (
          <button type="button" onClick={v.onExpandAll} title="Show every namespace's objects">
            Expand all
          </button>
        ) : (
          <button
            type="button"
            onClick={v.onCollapseAll}
            disabled={v.empty}
            title="Collapse every namespace into a summary: an overview"
          >
            Collapse all
          </button>
        )}
        <button
          type="button"
          aria-pressed={v.mapShown}
          onClick={v.onToggleMap}
          disabled={v.empty}
          title="Show or hide the map of the whole graph"
        >
          Map
        </button>
        <GraphLegend />
      </div>
      {v.selectionHidden && (
        <div className="gt-toolbar-row gt-focus-row">
          <span>The selected object is not shown here (filters, focus or collapsed).</span>
          <button type="button" onClick={v.onShowSelection}>
            Show it
          </button>
        </div>
      )}
      {v.focusName && (
        <div className="gt-toolbar-row gt-focus-row">
          <span>
            Showing <strong>{v.focusName}</strong> and what it touches
          </span>
          <button type="button" onClick={v.onShowAll}>
            Show all
          </button>
        </div>
      )}
    </div>
  );
}

/** The zoom in percent (on its own: only it follows every step of a zoom). */
function ZoomLevel() {
  const percent = useFlowStore((s) => Math.round(s.transform[2] * 100));
  return (
    <span className="gt-zoom-level" title="Zoom level">
      {percent}%
    </span>
  );
}

import { useMemo, useState } from 'react';
import type { Diagnostic, Severity } from '../../core';
import { useStore } from '../store/store';
import { actions, workspace } from '../store/workspace';
import { severityBadge } from './badges';
import { StateLabel } from './state-label';
import { countBySeverity, problemNodeId, severities, toProblemList } from './to-problem-list';
import type { ProblemSort } from './to-problem-list';

const plural: Record<Severity, string> = { error: 'Errors', warning: 'Warnings', info: 'Info' };

const headers: readonly { sort: ProblemSort; title: string }[] = [
  { sort: 'severity', title: 'Severity' },
  { sort: 'code', title: 'Code' },
  { sort: 'message', title: 'Message' },
  { sort: 'location', title: 'Location' },
];

/** Goes to a problem in both the YAML (its range) and the graph (the node it is about). */
function open(d: Diagnostic): void {
  const nodes = workspace.get().result?.graph.nodes ?? [];
  actions.select({ nodeId: problemNodeId(d, nodes), range: d.range, from: 'problems' });
}

/** The diagnostics: filter by severity or text, sort by any column, click to go there. */
export function ProblemsTab() {
  const diagnostics = useStore(workspace, (s) => s.result?.diagnostics);
  const selection = useStore(workspace, (s) => s.selection);
  const [show, setShow] = useState<ReadonlySet<Severity>>(() => new Set(severities));
  const [sort, setSort] = useState<ProblemSort>('severity');
  const [descending, setDescending] = useState(false);
  const [text, setText] = useState('');
  const rows = useMemo(
    () => toProblemList(diagnostics ?? [], { sort, descending, show, text }),
    [diagnostics, sort, descending, show, text],
  );
  const counts = useMemo(() => countBySeverity(diagnostics ?? []), [diagnostics]);
  if (!diagnostics) return <p className="pn-empty">Resolving the workspace…</p>;

  const toggle = (s: Severity) => {
    const next = new Set(show);
    if (next.has(s)) next.delete(s);
    else next.add(s);
    setShow(next);
  };
  const sortBy = (s: ProblemSort) => {
    setDescending(s === sort ? !descending : false);
    setSort(s);
  };
  const picked = selection?.from === 'problems' ? selection.range : undefined;

  return (
    <>
      <div className="pn-filters" role="group" aria-label="Show problems">
        {severities.map((s) => (
          <button
            key={s}
            type="button"
            className={`pn-toggle pn-${severityBadge[s].level}`}
            aria-pressed={show.has(s)}
            onClick={() => toggle(s)}
          >
            <span aria-hidden="true">{severityBadge[s].icon}</span> {plural[s]} {counts[s]}
          </button>
        ))}
        <label className="pn-filter-text">
          <span className="visually-hidden">Filter problems</span>
          <input
            type="search"
            placeholder="Filter…"
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
        </label>
      </div>
      {diagnostics.length === 0 ? (
        <p className="pn-empty">
          <StateLabel badge={{ level: 'ok', icon: '✓', text: 'No problems' }} /> in the workspace.
        </p>
      ) : (
        <table className="pn-table pn-problems">
          <caption className="visually-hidden">Problems</caption>
          <thead>
            <tr>
              {headers.map((h) => (
                <th
                  key={h.sort}
                  scope="col"
                  aria-sort={
                    sort === h.sort ? (descending ? 'descending' : 'ascending') : undefined
                  }
                >
                  <button type="button" className="pn-sort" onClick={() => sortBy(h.sort)}>
                    {h.title}
                    <span aria-hidden="true">
                      {sort === h.sort ? (descending ? ' ▾' : ' ▴') : ''}
                    </span>
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => {
              const d = r.diagnostic;
              const on =
                !!picked &&
                !!d.range &&
                picked.file === d.range.file &&
                picked.start === d.range.start &&
                picked.end === d.range.end;
              return (
                <tr
                  key={r.key}
                  className={on ? 'pn-selected' : undefined}
                  aria-current={on || undefined}
                  onClick={() => open(d)}
                >
                  <td>
                    <StateLabel badge={r.severity} />
                  </td>
                  <td>
                    <button
                      type="button"
                      className="pn-link pn-mono"
                      onClick={(e) => {
                        e.stopPropagation();
                        open(d);
                      }}
                    >
                      {d.code}
                    </button>
                  </td>
                  <td className="pn-message">{d.message}</td>
                  <td className="pn-mono pn-nowrap">{r.location || '—'}</td>
                </tr>
              );
            })}
            {rows.length === 0 && (
              <tr>
                <td colSpan={4} className="pn-muted">
                  No problem matches the filter.
                </td>
              </tr>
            )}
          </tbody>
        </table>
      )}
    </>
  );
}

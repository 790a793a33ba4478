import { useMemo, useState } from 'react';
import type { Severity } from '../../core';
import { useStore } from '../store/store';
import { workspace } from '../store/workspace';
import { badge, severityBadge } from './badges';
import { ProblemsTable } from './problems-table';
import { StateLabel } from './state-label';
import { countBySeverity, severities, toProblemList } from './to-problem-list';
import type { ProblemSort } from './to-problem-list';

const plural: Record<Severity, string> = { error: 'Errors', warning: 'Warnings', info: 'Info' };

/** The diagnostics: filter by severity or text, sort by any column, click to go there. */
export function ProblemsTab() {
  const diagnostics = useStore(workspace, (s) => s.result?.diagnostics);
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
          <StateLabel badge={badge('ok', 'No problems')} /> in the workspace.
        </p>
      ) : (
        <ProblemsTable rows={rows} sort={sort} descending={descending} onSort={sortBy} />
      )}
    </>
  );
}

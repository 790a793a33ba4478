import { Fragment, useState } from 'react';
import type { Diagnostic, SourceRange } from '../../core';
import { useStore } from '../store/store';
import { actions, workspace } from '../store/workspace';
import { ShowMore, pageSize } from './show-more';
import { StateLabel } from './state-label';
import { problemNodeId } from './to-problem-list';
import './problems.css';
import type { ProblemRow, ProblemSort } from './to-problem-list';

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

function same(a: SourceRange | undefined, b: SourceRange | undefined): boolean {
  return !!a && !!b && a.file === b.file && a.start === b.start && a.end === b.end;
}

/** The problems as a table sorted by a column; a click (or Enter on the code) goes there. */
export function ProblemsTable(props: {
  rows: readonly ProblemRow[];
  sort: ProblemSort;
  descending: boolean;
  onSort: (sort: ProblemSort) => void;
}) {
  const { rows, sort, descending, onSort } = props;
  const selection = useStore(workspace, (s) => s.selection);
  const picked = selection?.from === 'problems' ? selection.range : undefined;
  const [limit, setLimit] = useState(pageSize);
  return (
    <>
      <table className="pn-table pn-problems">
        <caption className="visually-hidden">Problems</caption>
        <thead>
          <tr>
            {headers.map((h) => (
              <th
                key={h.sort}
                scope="col"
                className={`pn-col-${h.sort}`}
                aria-sort={sort === h.sort ? (descending ? 'descending' : 'ascending') : undefined}
              >
                <button type="button" className="pn-sort" onClick={() => onSort(h.sort)}>
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
          {rows.slice(0, limit).map(({ key, diagnostic: d, severity }) => {
            const on = same(picked, d.range);
            return (
              <tr
                key={key}
                className={on ? 'pn-selected' : undefined}
                aria-current={on || undefined}
                onClick={() => open(d)}
              >
                <td>
                  <StateLabel badge={severity} />
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
                    <Breakable text={d.code} after="_" />
                  </button>
                  {/* Narrow panels have no Location column: the place goes under the code. */}
                  <div className="pn-sub pn-mono pn-location-inline">
                    <Location range={d.range} />
                  </div>
                </td>
                <td className="pn-message">{d.message}</td>
                <td className="pn-mono pn-col-location">
                  <Location range={d.range} />
                </td>
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
      <ShowMore shown={Math.min(limit, rows.length)} total={rows.length} onMore={setLimit} />
    </>
  );
}

function Location({ range }: { range: SourceRange | undefined }) {
  if (!range) return '—';
  return (
    <>
      <Breakable text={range.file} after="/" />
      <wbr />:{range.line}:{range.column}
    </>
  );
}

/** Text with line-break opportunities after some characters; its accessible name is unchanged. */
function Breakable({ text, after }: { text: string; after: string }) {
  return text.split(new RegExp(`(?<=[${after}])`)).map((p, i) => (
    <Fragment key={i}>
      {i > 0 && <wbr />}
      {p}
    </Fragment>
  ));
}

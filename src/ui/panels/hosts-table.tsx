import { useMemo, useState } from 'react';
import { countText } from '../../core';
import type { ServingMap } from '../../core';
import { nodeIndex } from '../graph/node-index';
import { useStore } from '../store/store';
import { workspace } from '../store/workspace';
import { HostsRow } from './hosts-row';
import { filterHosts } from './filter-hosts';
import { ShowMore, pageSize } from './show-more';
import { listHosts, toHostRows } from './to-host-rows';
import type { HostRow } from './to-host-rows';

const columns = [
  ['Gateway', 'gateway'],
  ['Port', 'port'],
  ['Hostname', 'hostname'],
  ['Listener', 'listener'],
  ['Certificates', 'certificates'],
  ['Routes', 'routes'],
  ['Backends', 'backends'],
  ['Upstream TLS', 'upstream'],
] as const;

/** The serving map: for each Gateway and port, hostname → listener → certificates → … */
export function HostsTable({ serving }: { serving: ServingMap }) {
  const all = useMemo(() => listHosts(serving), [serving]);
  const [filter, setFilter] = useState('');
  const [limit, setLimit] = useState(pageSize);
  const matching = useMemo(() => filterHosts(all, filter), [all, filter]);
  // Each row's state is its listener's, as the graph shows it.
  const graph = useStore(workspace, (s) => s.result?.graph);
  const rows = useMemo(
    () => toHostRows(matching.slice(0, limit), graph && nodeIndex(graph)),
    [matching, limit, graph],
  );
  const groups = useMemo(() => groupByGateway(rows), [rows]);
  const selected = useStore(workspace, (s) => s.selection?.nodeId);
  if (all.length === 0)
    return <p className="pn-empty">No Gateway with listeners in the workspace.</p>;
  return (
    <>
      <div className="pn-table-tools">
        <label>
          <span className="visually-hidden">Filter hosts</span>
          <input
            type="search"
            placeholder="Filter hosts…"
            value={filter}
            onChange={(e) => setFilter(e.target.value)}
          />
        </label>
        <span className="pn-sub" aria-live="polite">
          {matching.length === all.length
            ? countText(all.length, 'hostname')
            : `${matching.length} of ${countText(all.length, 'hostname')}`}
        </span>
      </div>
      <table className="pn-table pn-hosts">
        <caption className="visually-hidden">Hosts</caption>
        <colgroup>
          {columns.map(([, id]) => (
            <col key={id} className={`pn-w-${id}`} />
          ))}
        </colgroup>
        <thead>
          <tr>
            {columns.map(([title]) => (
              <th key={title} scope="col">
                {title}
              </th>
            ))}
          </tr>
        </thead>
        {groups.map((g) => (
          <tbody key={g[0]?.key}>
            {g.map((r) => (
              <HostsRow key={r.key} row={r} selected={selected === r.listenerId} />
            ))}
          </tbody>
        ))}
        {rows.length === 0 && (
          <tbody>
            <tr>
              <td colSpan={columns.length} className="pn-muted">
                No hostname matches the filter.
              </td>
            </tr>
          </tbody>
        )}
      </table>
      <ShowMore shown={rows.length} total={matching.length} onMore={setLimit} />
    </>
  );
}

function groupByGateway(rows: readonly HostRow[]): HostRow[][] {
  const groups: HostRow[][] = [];
  for (const r of rows) {
    if (r.gatewaySpan > 0 || groups.length === 0) groups.push([]);
    groups[groups.length - 1]?.push(r);
  }
  return groups;
}

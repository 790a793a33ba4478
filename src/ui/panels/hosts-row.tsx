import { Fragment } from 'react';
import { NodeLink } from './node-link';
import { selectNode } from './select-node';
import { StateLabel } from './state-label';
import type { HostRow as Row } from './to-host-rows';

/**
 * One hostname of the Hosts table; a click anywhere selects its listener. Each cell carries its
 * column's name (`data-label`): a narrow panel shows the row as a card, hostname on top and
 * each cell below under that name (hosts.css).
 */
export function HostsRow({ row: r, selected }: { row: Row; selected: boolean }) {
  return (
    <tr
      className={selected ? 'pn-selected' : undefined}
      aria-current={selected || undefined}
      onClick={() => selectNode(r.listenerId, 'hosts')}
    >
      {r.gatewaySpan > 0 && (
        <th scope="rowgroup" rowSpan={r.gatewaySpan} className="pn-group" data-label="Gateway">
          <NodeLink id={r.gatewayId} from="hosts">
            {r.gateway}
          </NodeLink>
        </th>
      )}
      {r.portSpan > 0 && (
        <td rowSpan={r.portSpan} className="pn-group pn-num" data-label="Port">
          {r.port}
        </td>
      )}
      <th scope="row" className="pn-host">
        {r.hostname === '*' ? '* (any)' : r.hostname}
      </th>
      <td className="pn-col-listener" data-label="Listener">
        <NodeLink id={r.listenerId} from="hosts">
          {r.listener}
        </NodeLink>
        <div className="pn-sub">
          {r.protocol}
          {r.tlsMode ? ` · ${r.tlsMode}` : ''}
          {r.via ? ` · via ${r.via}` : ''}
        </div>
        <StateLabel badge={r.state} title={r.stateMessage} />
        {r.stateMessage && <div className="pn-sub pn-message">{r.stateMessage}</div>}
      </td>
      <td className="pn-col-certificates" data-label="Certificates">
        {r.noCertificate && <StateLabel badge={r.noCertificate} />}
        {r.certificates.map((c) => (
          <div key={c.id} className="pn-item">
            <NodeLink id={c.id} from="hosts">
              {c.name}
            </NodeLink>
            {c.sans.length > 0 && <div className="pn-sub">SANs {c.sans.join(', ')}</div>}
            <div className="pn-badges">
              {c.problem && <StateLabel badge={c.problem} className="pn-wrap" />}
              {c.coverage && <StateLabel badge={c.coverage} />}
              {c.expiry && (
                <StateLabel
                  badge={{ ...c.expiry, text: `${c.expiry.text} · ${c.notAfter ?? '?'}` }}
                  title={`Expires ${c.notAfter ?? 'unknown'}`}
                />
              )}
            </div>
          </div>
        ))}
      </td>
      <td className="pn-col-routes" data-label="Routes">
        {r.routes.length === 0 && <span className="pn-muted">none</span>}
        {r.routes.map((route) => (
          <div key={route.id} className="pn-item">
            <span className="pn-kind">{route.kind}</span>{' '}
            <NodeLink id={route.id} from="hosts">
              {route.name}
            </NodeLink>
            {route.hostnames.map((h) => (
              <div key={h.hostname} className="pn-sub">
                {h.hostname === '*' ? 'any hostname' : h.hostname}{' '}
                {h.coverage && h.coverage.level !== 'ok' && <StateLabel badge={h.coverage} />}
              </div>
            ))}
          </div>
        ))}
      </td>
      <td className="pn-col-backends" data-label="Backends">
        {r.backends.length === 0 && <span className="pn-muted">none</span>}
        {r.backends.map((b) => (
          <div key={b.name} className="pn-item">
            <NodeLink id={b.id} from="hosts">
              {b.name}
            </NodeLink>
            {b.problem && <StateLabel badge={b.problem} />}
          </div>
        ))}
      </td>
      <td className="pn-col-upstream" data-label="Upstream TLS">
        {r.upstream.length === 0 && <span className="pn-muted">none</span>}
        {r.upstream.map((u) => (
          <div key={`${u.backend}:${u.policyId}`} className="pn-item">
            <div>
              SNI <span className="pn-mono">{u.sni}</span> <StateLabel badge={u.state} />
            </div>
            <div className="pn-sub">
              {u.backend} · CA{' '}
              {u.ca === 'System'
                ? 'System'
                : u.ca.map((c, i) => (
                    <Fragment key={c.id}>
                      {i > 0 && ', '}
                      <NodeLink id={c.id} from="hosts">
                        {c.name}
                      </NodeLink>
                    </Fragment>
                  ))}{' '}
              · policy{' '}
              <NodeLink id={u.policyId} from="hosts">
                {u.policy}
              </NodeLink>
            </div>
          </div>
        ))}
      </td>
    </tr>
  );
}

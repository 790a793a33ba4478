import type { Coverage, CoverageReason, HostEntry, ServingMap } from '../core';

/** `uncovered: no subjectAltName` when that is why; else the coverage as it is. */
function coverageText(coverage: Coverage | undefined, reason: CoverageReason | undefined) {
  return reason === 'no-subject-alt-name'
    ? `${coverage ?? 'uncovered'}: no subjectAltName`
    : coverage;
}

function certText(h: HostEntry): string {
  if (h.listener.tlsMode === 'Passthrough') return '(passthrough)';
  if (h.certificates.length === 0) return h.listener.protocol === 'HTTPS' ? '(none)' : '-';
  return h.certificates
    .map((c) => {
      const coverage = coverageText(c.coverage, c.coverageReason);
      const state = c.presented ? [coverage, c.expiry].filter(Boolean).join(', ') : 'NOT USABLE';
      return `${c.namespace}/${c.name}${state ? ` [${state}]` : ''}`;
    })
    .join('; ');
}

function routesText(h: HostEntry): string[] {
  if (h.routes.length === 0) return ['(no routes)'];
  const lines: string[] = [];
  for (const r of h.routes) {
    const names = r.hostnames
      .map(
        (x) =>
          x.hostname +
          (x.coverage && x.coverage !== 'covered'
            ? ` (${coverageText(x.coverage, x.coverageReason)})`
            : ''),
      )
      .join(', ');
    const backends = r.backends.length
      ? r.backends
          .map((b) => {
            const tls = b.upstreamTLS
              ? ` TLS(sni=${b.upstreamTLS.hostname}, ca=${b.upstreamTLS.ca === 'System' ? 'System' : b.upstreamTLS.ca.join('+')}${b.upstreamTLS.accepted ? '' : `, ${b.upstreamTLS.reason}`})`
              : '';
            return `${b.kind} ${b.namespace}/${b.name}${b.port !== undefined ? `:${b.port}` : ''}${b.resolved ? '' : ` [${b.reason}]`}${tls}`;
          })
          .join(', ')
      : '(no backends)';
    lines.push(`${r.kind} ${r.namespace}/${r.name} {${names}} -> ${backends}`);
  }
  return lines;
}

/** A plain-text table of the serving map, one row per hostname pattern and route. */
export function formatHosts(map: ServingMap): string {
  const rows: string[][] = [
    ['GATEWAY', 'PORT', 'HOSTNAME', 'LISTENER', 'STATE', 'CERTIFICATES', 'ROUTES -> BACKENDS'],
  ];
  for (const g of map.gateways)
    for (const p of g.ports)
      for (const h of p.hosts) {
        const owner =
          h.listener.owner.kind === 'Gateway'
            ? ''
            : `${h.listener.owner.kind} ${h.listener.owner.namespace}/${h.listener.owner.name} `;
        const state =
          h.listener.accepted && h.listener.programmed
            ? 'Ready'
            : (h.listener.reason ?? 'NotReady');
        const routes = routesText(h);
        routes.forEach((r, i) =>
          rows.push(
            i === 0
              ? [
                  `${g.gateway.namespace}/${g.gateway.name}`,
                  String(p.port),
                  h.hostname,
                  `${owner}${h.listener.name} (${h.listener.protocol}${h.listener.tlsMode ? ` ${h.listener.tlsMode}` : ''})`,
                  state,
                  certText(h),
                  r,
                ]
              : ['', '', '', '', '', '', r],
          ),
        );
      }
  if (rows.length === 1) return 'No Gateways in the input.';
  const widths = (rows[0] as string[]).map((_, c) =>
    Math.max(...rows.map((r) => (r[c] ?? '').length)),
  );
  return rows
    .map((r) =>
      r
        .map((cell, c) => (c === r.length - 1 ? cell : cell.padEnd(widths[c] ?? 0)))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

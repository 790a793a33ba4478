import type { HostRow } from './to-host-rows';

/** Rows where any name (Gateway, hostname, listener, certificate, route, backend, SNI) has `text`. */
export function filterHostRows(rows: readonly HostRow[], text: string): readonly HostRow[] {
  const q = text.trim().toLowerCase();
  if (!q) return rows;
  return rows.filter((r) =>
    [
      r.gateway,
      r.hostname,
      r.listener,
      String(r.port),
      ...r.certificates.flatMap((c) => [c.name, ...c.sans]),
      ...r.routes.flatMap((x) => [x.name, ...x.hostnames.map((h) => h.hostname)]),
      ...r.backends.map((b) => b.name),
      ...r.upstream.map((u) => u.sni),
    ].some((s) => s.toLowerCase().includes(q)),
  );
}

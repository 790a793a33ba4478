import type { HostRef } from './to-host-rows';

function names(h: HostRef): string[] {
  const e = h.entry;
  return [
    `${h.gateway.namespace}/${h.gateway.name}`,
    String(h.port),
    e.hostname,
    e.listener.name,
    ...e.certificates.flatMap((c) => [`${c.namespace}/${c.name}`, ...c.dnsNames]),
    ...e.routes.flatMap((r) => [
      `${r.namespace}/${r.name}`,
      ...r.hostnames.map((n) => n.hostname),
      ...r.backends.flatMap((b) => [`${b.namespace}/${b.name}`, b.upstreamTLS?.hostname ?? '']),
    ]),
  ];
}

/** Entries where any name (Gateway, port, hostname, listener, certificate, route, backend, SNI) has `text`. */
export function filterHosts(hosts: readonly HostRef[], text: string): readonly HostRef[] {
  const q = text.trim().toLowerCase();
  if (!q) return hosts;
  return hosts.filter((h) => names(h).some((s) => s.toLowerCase().includes(q)));
}

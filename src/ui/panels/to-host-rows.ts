import type {
  GatewayServing,
  GraphNode,
  HostEntry,
  ObjectRef,
  ServedBackend,
  ServingMap,
} from '../../core';
import { compareNames } from '../graph/layout-namespace';
import { badge, coverageBadgeOf, expiryBadge, stateBadge } from './badges';
import type { Badge } from './badges';

export interface HostCertificate {
  /** Graph node id: `Secret/namespace/name`. */
  readonly id: string;
  readonly name: string;
  readonly sans: readonly string[];
  /**
   * Coverage of the listener hostname, or `no subjectAltName` (then also without a hostname);
   * absent when the certificate is not presented.
   */
  readonly coverage?: Badge;
  readonly expiry?: Badge;
  readonly notAfter?: string;
  /** Why the listener cannot present it. */
  readonly problem?: Badge;
}

export interface HostRoute {
  readonly id: string;
  readonly kind: string;
  /** `namespace/name`. */
  readonly name: string;
  readonly hostnames: readonly { readonly hostname: string; readonly coverage?: Badge }[];
}

export interface HostBackend {
  readonly id: string;
  readonly name: string;
  /** Absent when the backend resolves. */
  readonly problem?: Badge;
}

export interface HostUpstream {
  /** The backend it applies to, e.g. `shop/dev:8443`. */
  readonly backend: string;
  readonly policyId: string;
  readonly policy: string;
  readonly sni: string;
  /** `System`, or the CA ConfigMaps with their graph node ids. */
  readonly ca: 'System' | readonly { readonly id: string; readonly name: string }[];
  readonly state: Badge;
}

/** One hostname pattern of one port of one Gateway: a row of the Hosts table. */
export interface HostRow {
  readonly key: string;
  readonly gatewayId: string;
  readonly gateway: string;
  /** Rows the Gateway cell spans (set on the Gateway's first row, 0 on the others). */
  readonly gatewaySpan: number;
  readonly port: number;
  /** Rows the port cell spans (set on the port's first row, 0 on the others). */
  readonly portSpan: number;
  readonly hostname: string;
  /** Graph node id of the listener: `Kind/namespace/name#listener`. */
  readonly listenerId: string;
  readonly listener: string;
  /** The owner when it is not the row's Gateway (a ListenerSet). */
  readonly via?: string;
  readonly protocol: string;
  readonly tlsMode?: string;
  readonly state: Badge;
  readonly stateMessage?: string;
  /** What to say when there are no certificates (no TLS, passthrough). */
  readonly noCertificate?: Badge;
  readonly certificates: readonly HostCertificate[];
  readonly routes: readonly HostRoute[];
  readonly backends: readonly HostBackend[];
  readonly upstream: readonly HostUpstream[];
}

export function refId(ref: ObjectRef): string {
  return `${ref.kind}/${ref.namespace}/${ref.name}`;
}

/** Graph node id of a listener. */
export function listenerId(owner: ObjectRef, listener: string): string {
  return `${refId(owner)}#${listener}`;
}

/** One hostname entry of the serving map with its place: cheap to list and filter. */
export interface HostRef {
  readonly gateway: ObjectRef;
  readonly port: number;
  /** Position in the port's match order. */
  readonly index: number;
  readonly entry: HostEntry;
}

const sorted = new WeakMap<readonly GatewayServing[], readonly GatewayServing[]>();

/** The Gateways of a serving map in the order people expect: team-2 before team-10. */
export function sortedGateways(serving: ServingMap): readonly GatewayServing[] {
  let list = sorted.get(serving.gateways);
  if (!list) {
    list = [...serving.gateways].sort(
      (a, b) =>
        compareNames(a.gateway.namespace, b.gateway.namespace) ||
        compareNames(a.gateway.name, b.gateway.name),
    );
    sorted.set(serving.gateways, list);
  }
  return list;
}

/**
 * Every hostname entry, grouped by Gateway (namespaces and names in natural order) and port, in
 * match order within a port.
 */
export function listHosts(serving: ServingMap): HostRef[] {
  return sortedGateways(serving).flatMap((g) =>
    g.ports.flatMap((p) =>
      p.hosts.map((entry, index) => ({ gateway: g.gateway, port: p.port, index, entry })),
    ),
  );
}

/**
 * Table rows for these entries (a page of the table: only shown rows are mapped). Gateway and
 * port cells span their group within the page, which may start or end inside a group. With the
 * graph's nodes, a row's state is its listener's state in the graph (the worst of its conditions
 * and of the findings about it, certificate coverage and expiry included).
 */
export function toHostRows(
  refs: readonly HostRef[],
  nodes?: ReadonlyMap<string, GraphNode>,
): HostRow[] {
  type Mutable = { -readonly [K in keyof HostRow]: HostRow[K] };
  const rows = refs.map((h): Mutable => {
    const gatewayId = refId(h.gateway);
    return {
      ...toEntry(h.entry, gatewayId, nodes),
      key: `${gatewayId}:${h.port}:${h.index}:${h.entry.hostname}`,
      gatewayId,
      gateway: `${h.gateway.namespace}/${h.gateway.name}`,
      gatewaySpan: 0,
      port: h.port,
      portSpan: 0,
    };
  });
  let g: Mutable | undefined;
  let p: Mutable | undefined;
  for (const r of rows) {
    if (!g || g.gatewayId !== r.gatewayId) g = r;
    if (!p || p.gatewayId !== r.gatewayId || p.port !== r.port) p = r;
    g.gatewaySpan++;
    p.portSpan++;
  }
  return rows;
}

type Entry = Omit<HostRow, 'key' | 'gatewayId' | 'gateway' | 'gatewaySpan' | 'port' | 'portSpan'>;

function toEntry(
  h: HostEntry,
  gatewayId: string,
  nodes: ReadonlyMap<string, GraphNode> | undefined,
): Entry {
  const l = h.listener;
  const ready = l.accepted && l.programmed;
  const owner = refId(l.owner);
  const backends = uniqueBackends(h);
  const drawn = nodes?.get(listenerId(l.owner, l.name))?.state;
  return {
    hostname: h.hostname,
    listenerId: listenerId(l.owner, l.name),
    listener: l.name,
    via: owner === gatewayId ? undefined : `${l.owner.kind} ${l.owner.namespace}/${l.owner.name}`,
    protocol: l.protocol,
    tlsMode: l.tlsMode,
    state: drawn
      ? stateBadge(drawn)
      : ready
        ? badge('ok', 'OK')
        : badge('error', l.reason ?? (l.accepted ? 'Not programmed' : 'Not accepted')),
    stateMessage: drawn ? drawn.message : ready ? undefined : l.message,
    noCertificate:
      h.certificates.length > 0
        ? undefined
        : l.tlsMode === 'Passthrough'
          ? badge('info', 'passthrough: the backend presents it')
          : l.tlsMode
            ? badge('error', 'none')
            : badge('muted', 'no TLS'),
    certificates: h.certificates.map((c) => ({
      id: `Secret/${c.namespace}/${c.name}`,
      name: `${c.namespace}/${c.name}`,
      sans: c.dnsNames,
      coverage: c.presented ? coverageBadgeOf(c.coverage, c.coverageReason) : undefined,
      expiry: c.expiry ? expiryBadge[c.expiry] : undefined,
      notAfter: c.notAfter?.slice(0, 10),
      problem: c.presented ? undefined : badge('error', c.problem ?? 'not presented'),
    })),
    routes: h.routes.map((r) => ({
      id: refId(r),
      kind: r.kind,
      name: `${r.namespace}/${r.name}`,
      hostnames: r.hostnames.map((n) => ({
        hostname: n.hostname,
        coverage: coverageBadgeOf(n.coverage, n.coverageReason),
      })),
    })),
    backends: backends.map((b) => ({
      id: refId(b),
      name: backendName(b),
      problem: b.resolved ? undefined : badge('error', b.reason ?? 'unresolved'),
    })),
    upstream: backends.flatMap((b) => {
      const t = b.upstreamTLS;
      if (!t) return [];
      return [
        {
          backend: backendName(b),
          policyId: refId(t.policy),
          policy: `${t.policy.namespace}/${t.policy.name}`,
          sni: t.hostname,
          ca:
            t.ca === 'System'
              ? 'System'
              : t.ca.map((c) => ({ id: `ConfigMap/${qualify(c, t.policy.namespace)}`, name: c })),
          state: t.accepted ? badge('ok', t.reason || 'Accepted') : badge('error', t.reason),
        },
      ];
    }),
  };
}

function backendName(b: ServedBackend): string {
  return `${b.namespace}/${b.name}${b.port === undefined ? '' : `:${b.port}`}`;
}

/** CA names are `namespace/name` or a bare name in the policy's namespace. */
function qualify(name: string, namespace: string): string {
  return name.includes('/') ? name : `${namespace}/${name}`;
}

/** Backends of all routes of an entry, each once, in first-seen order. */
function uniqueBackends(h: HostEntry): ServedBackend[] {
  const seen = new Map<string, ServedBackend>();
  for (const r of h.routes)
    for (const b of r.backends) {
      const k = `${refId(b)}:${b.port ?? ''}`;
      if (!seen.has(k)) seen.set(k, b);
    }
  return [...seen.values()];
}

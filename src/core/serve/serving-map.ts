import type { BackendTLSPolicy } from '../model/gateway-api';
import type { KubeObject } from '../model/object';
import type { CertificateRefResult } from '../resolve/certificate-refs';
import type { ResolveContext } from '../resolve/context';
import type {
  ResolvedGateway,
  ResolvedListener,
  ResolvedPolicy,
  ResolvedRoute,
} from '../resolve/resolved';
import { certificateCoverage, expiryState } from '../x509';
import type { Coverage, CoverageResult } from '../x509';
import { hostnameSpecificity } from './hostnames';
import type {
  GatewayServing,
  HostEntry,
  ObjectRef,
  ServedBackend,
  ServedCertificate,
  ServedListener,
  ServingMap,
  UpstreamTLS,
} from './types';

export function refOf(o: KubeObject): ObjectRef {
  return { kind: o.kind, namespace: o.meta.namespace, name: o.meta.name };
}

const coverageRank: Record<Coverage, number> = { covered: 2, partial: 1, uncovered: 0 };

/** Orders listeners the way a request name picks one: exact, longest wildcard, none; then by name. */
export function bySpecificity(a: ResolvedListener, b: ResolvedListener): number {
  const d = hostnameSpecificity(b.listener.hostname) - hostnameSpecificity(a.listener.hostname);
  if (d !== 0) return d;
  const ha = a.listener.hostname ?? '';
  const hb = b.listener.hostname ?? '';
  if (ha !== hb) return ha < hb ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export function servedListener(l: ResolvedListener): ServedListener {
  const failing = [l.accepted, l.programmed, l.resolvedRefs].find((v) => !v.ok);
  return {
    owner: refOf(l.owner.object),
    name: l.listener.name,
    protocol: l.listener.protocol,
    tlsMode: l.listener.tls?.mode ?? (l.listener.protocol === 'HTTPS' ? 'Terminate' : undefined),
    accepted: l.accepted.ok,
    programmed: l.programmed.ok,
    reason: failing?.reason,
    message: failing?.message,
    clientValidation: l.frontend
      ? {
          mode: l.frontend.mode,
          caConfigMaps: l.frontend.caRefs.map((r) => `${r.namespace}/${r.name}`),
        }
      : undefined,
  };
}

function servedCertificate(
  c: CertificateRefResult,
  hostname: string | undefined,
  now: Date,
): ServedCertificate {
  const leaf = c.chain?.certificates[0];
  // Without a listener hostname there is no coverage, but a certificate without SAN dNSNames
  // still covers nothing, and says so.
  const covers = leaf ? certificateCoverage(leaf, hostname ?? '') : undefined;
  return {
    namespace: c.namespace,
    name: c.name,
    presented: c.ok,
    problem: c.ok ? undefined : c.message,
    subject: leaf?.subject,
    dnsNames: leaf?.dnsNames ?? [],
    issuer: leaf?.issuer,
    notAfter: leaf?.notAfter,
    expiry: leaf ? expiryState(leaf, now) : undefined,
    coverage: hostname !== undefined ? covers?.coverage : undefined,
    coverageReason: covers?.reason,
  };
}

/**
 * Best X.509 coverage of `hostname` among the certificates a listener presents; `uncovered`
 * carries `no-subject-alt-name` when no presented certificate has a SAN dNSName.
 */
export function bestCoverage(
  l: ResolvedListener,
  hostname: string | undefined,
): CoverageResult | undefined {
  if (hostname === undefined) return undefined;
  let best: CoverageResult | undefined;
  for (const c of l.certificates) {
    const leaf = c.ok ? c.chain?.certificates[0] : undefined;
    if (!leaf) continue;
    const cov = certificateCoverage(leaf, hostname);
    if (
      best === undefined ||
      coverageRank[cov.coverage] > coverageRank[best.coverage] ||
      (best.reason && !cov.reason)
    )
      best = cov;
  }
  return best ?? { coverage: 'uncovered' };
}

/** The policy that governs a Service port: one with that port's sectionName, else one without. */
function upstreamFor(
  policies: ReadonlyMap<string, readonly ResolvedPolicy[]>,
  ctx: ResolveContext,
  namespace: string,
  name: string,
  port: number | undefined,
): UpstreamTLS | undefined {
  const svc = ctx.service(namespace, name);
  const portName = svc?.ports.find((p) => p.port === port)?.name;
  let chosen: { p: ResolvedPolicy; specific: boolean } | undefined;
  for (const p of policies.get(`${namespace}/${name}`) ?? []) {
    if (p.conflictedBy) continue;
    for (const t of p.policy.targetRefs) {
      if (t.group !== '' || t.kind !== 'Service' || t.name !== name) continue;
      if (t.sectionName !== undefined && t.sectionName !== portName) continue;
      const specific = t.sectionName !== undefined;
      if (!chosen || (specific && !chosen.specific)) chosen = { p, specific };
    }
  }
  if (!chosen) return undefined;
  const pol: BackendTLSPolicy = chosen.p.policy;
  const firstFailing = chosen.p.ancestors
    .flatMap((a) => [a.accepted, a.resolvedRefs])
    .find((v) => !v.ok);
  return {
    policy: refOf(pol.object),
    hostname: pol.hostname,
    ca:
      pol.wellKnownCACertificates === 'System'
        ? 'System'
        : pol.caCertificateRefs.map((r) => `${namespace}/${r.name}`),
    subjectAltNames: pol.subjectAltNames.map((s) => s.hostname ?? s.uri ?? ''),
    accepted: !firstFailing,
    reason: firstFailing?.reason ?? 'Accepted',
  };
}

/** Policies by the `namespace/name` of the Services they target. */
function policiesByService(policies: readonly ResolvedPolicy[]): Map<string, ResolvedPolicy[]> {
  const out = new Map<string, ResolvedPolicy[]>();
  for (const p of policies)
    for (const t of p.policy.targetRefs) {
      const id = `${p.policy.object.meta.namespace}/${t.name}`;
      const list = out.get(id) ?? [];
      if (!list.includes(p)) list.push(p);
      out.set(id, list);
    }
  return out;
}

function routeBackends(
  r: ResolvedRoute,
  ctx: ResolveContext,
  policies: ReadonlyMap<string, readonly ResolvedPolicy[]>,
): ServedBackend[] {
  return r.backends.map((b) => ({
    kind: b.kind,
    namespace: b.namespace,
    name: b.name,
    port: b.port,
    resolved: b.ok,
    reason: b.reason,
    upstreamTLS:
      b.group === '' &&
      b.kind === 'Service' &&
      (r.route.kind === 'HTTPRoute' || r.route.kind === 'GRPCRoute')
        ? upstreamFor(policies, ctx, b.namespace, b.name, b.port)
        : undefined,
  }));
}

/** Each Gateway's serving entry, kept while the same inputs produce it. */
export class ServingCache {
  readonly entries = new WeakMap<
    ResolvedGateway,
    { readonly inputs: readonly unknown[]; readonly value: GatewayServing }
  >();
  private policies: ReadonlySet<ResolvedPolicy> = new Set();

  /** `namespace/name` of the Services whose policies changed since the last call. */
  changedServices(policies: readonly ResolvedPolicy[]): ReadonlySet<string> {
    const now = new Set(policies);
    const changed = new Set<string>();
    const note = (p: ResolvedPolicy) => {
      for (const t of p.policy.targetRefs)
        changed.add(`${p.policy.object.meta.namespace}/${t.name}`);
    };
    for (const p of policies) if (!this.policies.has(p)) note(p);
    for (const p of this.policies) if (!now.has(p)) note(p);
    this.policies = now;
    return changed;
  }
}

const servicesOf = new WeakMap<ResolvedRoute, readonly string[]>();

/** Does any of these route results send traffic to one of `services`? */
function reachesAny(
  routes: readonly unknown[],
  services: ReadonlySet<string> | undefined,
): boolean {
  if (!services || services.size === 0) return false;
  for (const r of routes) {
    if (typeof r !== 'object' || r === null) continue;
    const route = r as ResolvedRoute;
    let ids = servicesOf.get(route);
    if (!ids) {
      ids = route.backends.map((b) => `${b.namespace}/${b.name}`);
      servicesOf.set(route, ids);
    }
    if (ids.some((id) => services.has(id))) return true;
  }
  return false;
}

function sameList(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** For every Gateway and port: hostname pattern → listener → certificates → routes → backends. */
export function buildServingMap(
  ctx: ResolveContext,
  gateways: readonly ResolvedGateway[],
  routes: readonly ResolvedRoute[],
  policies: readonly ResolvedPolicy[],
  cache?: ServingCache,
): ServingMap {
  const routeByObject = new Map(routes.map((r) => [r.route, r]));
  const byService = policiesByService(policies);
  const changedServices = cache ? cache.changedServices(policies) : undefined;
  const now = ctx.options.now;
  const out: GatewayServing[] = gateways.map((g) => {
    // What this Gateway's entry is made of: its resolution, the routes on its listeners and
    // the clock (expiry); and the policies (upstream TLS) of the Services those routes reach.
    const inputs: unknown[] = [now.getTime()];
    for (const l of g.listeners)
      for (const a of l.attachments) inputs.push(routeByObject.get(a.route));
    const hit = cache?.entries.get(g);
    if (hit && sameList(hit.inputs, inputs) && !reachesAny(inputs, changedServices))
      return hit.value;
    const value = servingOf(g, routeByObject, byService, ctx, now);
    cache?.entries.set(g, { inputs, value });
    return value;
  });
  return { gateways: out };
}

function servingOf(
  g: ResolvedGateway,
  routeByObject: ReadonlyMap<unknown, ResolvedRoute>,
  byService: ReadonlyMap<string, readonly ResolvedPolicy[]>,
  ctx: ResolveContext,
  now: Date,
): GatewayServing {
  const ports = [...new Set(g.listeners.map((l) => l.listener.port))].sort((a, b) => a - b);
  return {
    gateway: refOf(g.gateway.object),
    ports: ports.map((port) => ({
      port,
      hosts: g.listeners
        .filter((l) => l.listener.port === port)
        .sort(bySpecificity)
        .map((l): HostEntry => {
          // One row per route, with every hostname it serves through this listener.
          const names = new Map<ResolvedRoute, Set<string | undefined>>();
          for (const a of l.attachments) {
            const r = routeByObject.get(a.route);
            if (!r) continue;
            const set = names.get(r) ?? new Set();
            for (const h of a.hostnames) set.add(h);
            names.set(r, set);
          }
          const served = [...names]
            .sort(([a], [b]) =>
              a.route.object.key < b.route.object.key
                ? -1
                : a.route.object.key > b.route.object.key
                  ? 1
                  : 0,
            )
            .map(([r, hosts]) => ({
              ...refOf(r.route.object),
              hostnames: [...hosts].map((h) => {
                const best = l.certificates.length ? bestCoverage(l, h) : undefined;
                return {
                  hostname: h ?? '*',
                  coverage: best?.coverage,
                  coverageReason: best?.reason,
                };
              }),
              backends: routeBackends(r, ctx, byService),
            }));
          return {
            hostname: l.listener.hostname ?? '*',
            listener: servedListener(l),
            certificates: l.certificates.map((c) => servedCertificate(c, l.listener.hostname, now)),
            routes: served,
          };
        }),
    })),
  };
}

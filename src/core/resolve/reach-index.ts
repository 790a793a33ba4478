import type { Gateway } from '../model/gateway-api';
import type { ResolvedRoute } from './resolved';

/** Route kinds whose backends a Gateway reaches over its own (re-encrypted) connection. */
const reencryptingRoutes: ReadonlySet<string> = new Set(['HTTPRoute', 'GRPCRoute']);

export type Reach = ReadonlyMap<Gateway, ReadonlySet<number | undefined>>;

const reaches = new WeakMap<
  ResolvedRoute,
  readonly (readonly [string, Gateway, number | undefined])[]
>();

/** The (Service `ns/name`, Gateway, port) triples a route sends traffic along; kept per result. */
export function reachOf(
  r: ResolvedRoute,
): readonly (readonly [string, Gateway, number | undefined])[] {
  let out = reaches.get(r);
  if (out) return out;
  const list: [string, Gateway, number | undefined][] = [];
  if (reencryptingRoutes.has(r.route.kind)) {
    const gateways = new Set<Gateway>();
    for (const p of r.parents) for (const l of p.listeners) gateways.add(l.gateway);
    for (const b of r.backends) {
      if (b.group !== '' || b.kind !== 'Service') continue;
      for (const g of gateways) list.push([`${b.namespace}/${b.name}`, g, b.port]);
    }
  }
  out = list;
  reaches.set(r, out);
  return out;
}

/**
 * Which Gateways reach each Service, kept up to date from one analysis to the next by the
 * route results that changed: BackendTLSPolicy ancestors are read from it.
 */
export class ReachIndex {
  private byService = new Map<string, Set<ResolvedRoute>>();
  private routes: ReadonlySet<ResolvedRoute> = new Set();

  /** Takes this analysis' route results; adds `Reach/…` keys of the Services affected to `changed`. */
  update(routes: readonly ResolvedRoute[], changed: Set<string>): void {
    const now = new Set(routes);
    for (const r of routes)
      if (!this.routes.has(r))
        for (const [id] of reachOf(r)) {
          changed.add(`Reach/${id}`);
          let set = this.byService.get(id);
          if (!set) this.byService.set(id, (set = new Set()));
          set.add(r);
        }
    for (const r of this.routes)
      if (!now.has(r))
        for (const [id] of reachOf(r)) {
          changed.add(`Reach/${id}`);
          const set = this.byService.get(id);
          set?.delete(r);
          if (set?.size === 0) this.byService.delete(id);
        }
    this.routes = now;
  }

  /** The Gateways that reach a Service, with the Service ports they use. */
  reach(serviceId: string): Reach | undefined {
    const routes = this.byService.get(serviceId);
    if (!routes) return undefined;
    const out = new Map<Gateway, Set<number | undefined>>();
    for (const r of routes)
      for (const [id, g, port] of reachOf(r)) {
        if (id !== serviceId) continue;
        const ports = out.get(g) ?? new Set();
        ports.add(port);
        out.set(g, ports);
      }
    return out;
  }

  /** An index built from scratch for one analysis. */
  static of(routes: readonly ResolvedRoute[]): ReachIndex {
    const index = new ReachIndex();
    index.update(routes, new Set());
    return index;
  }
}

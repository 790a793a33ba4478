import type { ParentReference, Route } from '../model/gateway-api';
import { GATEWAY_GROUP, GATEWAY_X_GROUP, objectKey } from '../model/object';
import { edgeId } from '../graph/element-ids';
import { intersectHostnames } from '../serve/hostnames';
import { resolveBackends } from './backends';
import { DEFAULT_CONTROLLER, refusedText } from './context';
import { rejectCrossServing } from './cross-serving';
import { reportShadowedStreams } from './stream-routes';
import type { ResolveContext } from './context';
import type {
  ParentResult,
  RefusedParent,
  ResolvedGateway,
  ResolvedListener,
  ResolvedListenerSet,
  ResolvedRoute,
  Verdict,
} from './resolved';
import { sameKind } from './route-kinds';
import type { UnitCache } from './unit-cache';

interface Parents {
  readonly gateways: ReadonlyMap<string, ResolvedGateway>;
  readonly listenerSets: ReadonlyMap<string, ResolvedListenerSet>;
}

export function indexParents(
  gateways: readonly ResolvedGateway[],
  orphans: readonly ResolvedListenerSet[],
): Parents {
  const gw = new Map<string, ResolvedGateway>();
  const ls = new Map<string, ResolvedListenerSet>();
  for (const g of gateways) {
    gw.set(`${g.gateway.object.meta.namespace}/${g.gateway.object.meta.name}`, g);
    for (const s of g.listenerSets)
      ls.set(`${s.listenerSet.object.meta.namespace}/${s.listenerSet.object.meta.name}`, s);
  }
  for (const s of orphans)
    ls.set(`${s.listenerSet.object.meta.namespace}/${s.listenerSet.object.meta.name}`, s);
  return { gateways: gw, listenerSets: ls };
}

/** Routes and ListenerSets may use the x-k8s group for XListenerSet parents. */
function parentKind(ref: ParentReference): 'Gateway' | 'ListenerSet' | undefined {
  if (ref.group === GATEWAY_GROUP && ref.kind === 'Gateway') return 'Gateway';
  if (ref.group === GATEWAY_GROUP && ref.kind === 'ListenerSet') return 'ListenerSet';
  if (ref.group === GATEWAY_X_GROUP && ref.kind === 'XListenerSet') return 'ListenerSet';
  return undefined;
}

function admits(ctx: ResolveContext, l: ResolvedListener, route: Route): boolean {
  if (!l.supportedKinds.some((k) => sameKind(k, { group: GATEWAY_GROUP, kind: route.kind })))
    return false;
  const ns = route.object.meta.namespace;
  const { from, selector } = l.listener.allowedRoutes.namespaces;
  if (from === 'All') return true;
  if (from === 'Same') return ns === l.owner.object.meta.namespace;
  if (from === 'Selector') return ctx.namespaceMatches(ns, selector);
  return false;
}

const hostless: ReadonlySet<string> = new Set(['TCPRoute', 'UDPRoute']);

/** Every listener of every parent (a Gateway's list includes its ListenerSets' entries). */
function* allListeners(parents: Parents): Generator<ResolvedListener> {
  for (const g of parents.gateways.values()) yield* g.listeners;
  for (const s of parents.listenerSets.values()) if (!s.gateway) yield* s.listeners;
}

function resolveRoute(ctx: ResolveContext, parents: Parents, route: Route): ResolvedRoute {
  const { backends, verdict: resolvedRefs } = resolveBackends(ctx, route);
  const results: ParentResult[] = [];
  const refused: RefusedParent[] = [];
  route.parentRefs.forEach((ref, index) => {
    const r = attach(ctx, parents, route, ref, index, refused);
    if (r) results.push(r);
  });
  return refused.length
    ? { route, parents: results, refusedParents: refused, resolvedRefs, backends }
    : { route, parents: results, resolvedRefs, backends };
}

/**
 * Attaches each route to the listeners its parentRefs select (11.3): sectionName/port, then
 * allowedRoutes (kind and namespace), then hostname intersection; then sets every listener's
 * attachments and attachedRoutes. With a cache, a route whose parents' resolution and lookups
 * are unchanged keeps its previous result.
 */
export function resolveRoutes(
  ctx: ResolveContext,
  parents: Parents,
  cache?: UnitCache<Route, ResolvedRoute>,
): ResolvedRoute[] {
  const raw = ctx.routes.map((route) =>
    cache
      ? cache.resolve(ctx, route, () => resolveRoute(ctx, parents, route))
      : resolveRoute(ctx, parents, route),
  );
  // Listener attachments are per analysis: clear what a reused Gateway carried, then apply.
  for (const g of parents.gateways.values()) for (const l of g.listeners) l.attachments.length = 0;
  for (const s of parents.listenerSets.values())
    for (const l of s.listeners) l.attachments.length = 0;
  for (const r of raw)
    for (const p of r.parents)
      p.listeners.forEach((l, i) =>
        l.attachments.push({
          route: r.route,
          parentIndex: p.index,
          hostnames: p.hostnames[i] ?? [],
        }),
      );
  // Count routes per listener, and find the listeners where several route kinds meet: only
  // there can an HTTPRoute and a GRPCRoute collide, or TCP/UDP routes shadow each other.
  const mixed: ResolvedListener[] = [];
  const streams: ResolvedListener[] = [];
  const count = (l: ResolvedListener) => {
    let http = 0;
    let grpc = 0;
    let stream = 0;
    const distinct = new Set<Route>();
    for (const a of l.attachments) {
      if (distinct.has(a.route)) continue;
      distinct.add(a.route);
      if (a.route.kind === 'HTTPRoute') http++;
      else if (a.route.kind === 'GRPCRoute') grpc++;
      else if (a.route.kind === 'TCPRoute' || a.route.kind === 'UDPRoute') stream++;
    }
    l.attachedRoutes = distinct.size;
    return { both: http > 0 && grpc > 0, streams: stream > 1 };
  };
  for (const l of allListeners(parents)) {
    const c = count(l);
    if (c.both) mixed.push(l);
    if (c.streams) streams.push(l);
  }
  const replaced = rejectCrossServing(ctx, raw, mixed);
  const routes = replaced.size ? raw.map((r) => replaced.get(r) ?? r) : raw;
  for (const l of mixed) count(l);
  reportShadowedStreams(ctx, streams);
  return routes;
}

/**
 * A parent that is not there: no status entry (no controller sees it), and a finding that says
 * whether it is missing or in the workspace but refused by the API server.
 */
function notFound(
  ctx: ResolveContext,
  route: Route,
  ref: ParentReference,
  index: number,
  kind: string,
  ns: string,
  out: RefusedParent[],
): void {
  const refused = ctx.refused(kind, ns, ref.name);
  if (refused) {
    const message = refusedText(
      kind === 'XListenerSet' ? 'ListenerSet' : kind,
      ns,
      ref.name,
      refused,
    );
    const key = objectKey(kind, ns, ref.name);
    out.push({ index, key, message });
    // It also concerns the edge drawn from the refused parent to the route.
    ctx.emit({
      code: 'REF_TARGET_REFUSED',
      severity: 'error',
      message,
      origin: route.object.origin,
      path: ref.path,
      object: route.object.key,
      also: [edgeId('attaches', key, route.object.key)],
    });
  } else
    ctx.report(
      route.object,
      'PARENT_NOT_FOUND',
      'error',
      `${kind === 'XListenerSet' ? 'ListenerSet' : kind} ${ns}/${ref.name} does not exist.`,
      ref.path,
    );
}

function attach(
  ctx: ResolveContext,
  parents: Parents,
  route: Route,
  ref: ParentReference,
  index: number,
  refused: RefusedParent[],
): ParentResult | undefined {
  const kind = parentKind(ref);
  const ns = ref.namespace ?? route.object.meta.namespace;
  const id = `${ns}/${ref.name}`;
  if (!kind) {
    if (!(ref.group === '' && ref.kind === 'Service'))
      ctx.report(
        route.object,
        'PARENT_UNSUPPORTED_KIND',
        'warning',
        `Parent ${ref.kind} ${id} is not a Gateway or ListenerSet; this route is not attached there.`,
        ref.path,
      );
    return undefined;
  }
  let candidates: readonly ResolvedListener[];
  let controllerName: string;
  const fail = (reason: string, code: string, message: string): ParentResult => {
    ctx.report(route.object, code, 'error', message, ref.path);
    return {
      index,
      accepted: { ok: false, reason, message },
      controllerName,
      listeners: [],
      hostnames: [],
    };
  };
  if (kind === 'Gateway') {
    const g = ctx.depend(`ParentGateway/${id}`, parents.gateways.get(id));
    if (!g) {
      notFound(ctx, route, ref, index, 'Gateway', ns, refused);
      return undefined;
    }
    controllerName = g.controllerName;
    candidates = g.listeners.filter((l) => l.owner === g.gateway);
  } else {
    const s = ctx.depend(`ParentListenerSet/${id}`, parents.listenerSets.get(id));
    if (!s) {
      notFound(
        ctx,
        route,
        ref,
        index,
        ref.kind === 'XListenerSet' ? 'XListenerSet' : 'ListenerSet',
        ns,
        refused,
      );
      return undefined;
    }
    controllerName = s.gateway ? ctx.controllerFor(s.gateway) : DEFAULT_CONTROLLER;
    // Choice: a ListenerSet its Gateway refuses (or that has no Gateway) offers no listener, so
    // the route has nowhere to attach: NoMatchingParent. One that is ListenersNotValid still
    // has its entries; a route MAY attach to a conflicted ListenerSet (GEP-1713) and does.
    if (!s.accepted.ok && s.listeners.length === 0)
      return fail(
        'NoMatchingParent',
        'PARENT_NOT_ACCEPTED',
        `ListenerSet ${id} is not accepted: ${s.accepted.message}`,
      );
    candidates = s.listeners;
  }
  const selected = candidates.filter(
    (l) =>
      (ref.sectionName === undefined || l.listener.name === ref.sectionName) &&
      (ref.port === undefined || l.listener.port === ref.port),
  );
  if (selected.length === 0) {
    const what = [
      ref.sectionName !== undefined && `named "${ref.sectionName}"`,
      ref.port !== undefined && `on port ${ref.port}`,
    ]
      .filter(Boolean)
      .join(' ');
    return fail(
      'NoMatchingParent',
      'ROUTE_NO_MATCHING_PARENT',
      `${kind} ${id} has no listener ${what || ''}.`.replace(' .', '.'),
    );
  }
  const admitted = selected.filter((l) => admits(ctx, l, route));
  if (admitted.length === 0) {
    return fail(
      'NotAllowedByListeners',
      'ROUTE_NOT_ALLOWED_BY_LISTENERS',
      `No selected listener of ${kind} ${id} allows ${route.kind}s from namespace "${route.object.meta.namespace}".`,
    );
  }
  const attachedTo: ResolvedListener[] = [];
  const served: (string | undefined)[][] = [];
  for (const l of admitted) {
    let hostnames: (string | undefined)[];
    if (hostless.has(route.kind) || route.hostnames.length === 0) hostnames = [l.listener.hostname];
    else {
      hostnames = [];
      for (const h of route.hostnames) {
        const x = intersectHostnames(l.listener.hostname, h);
        if (x !== null && !hostnames.includes(x)) hostnames.push(x);
      }
    }
    if (hostnames.length === 0) continue;
    attachedTo.push(l);
    served.push(hostnames);
  }
  if (attachedTo.length === 0) {
    return fail(
      'NoMatchingListenerHostname',
      'ROUTE_NO_MATCHING_HOSTNAME',
      `None of the route's hostnames (${route.hostnames.join(', ')}) matches a hostname of the selected listeners of ${kind} ${id}.`,
    );
  }
  const accepted: Verdict = { ok: true, reason: 'Accepted', message: 'Route is accepted.' };
  return { index, accepted, controllerName, listeners: attachedTo, hostnames: served };
}

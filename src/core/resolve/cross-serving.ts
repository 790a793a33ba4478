import { intersectHostnames } from '../serve/hostnames';
import { compareAge } from './context';
import type { ResolveContext } from './context';
import type { Attachment, ResolvedListener, ResolvedRoute } from './resolved';

/** Kinds that share HTTP listeners but may not share a hostname on one (GRPCRoute "cross serving"). */
const httpKinds: ReadonlySet<string> = new Set(['HTTPRoute', 'GRPCRoute']);

function overlaps(a: Attachment, b: Attachment): boolean {
  return a.hostnames.some((x) => b.hostnames.some((y) => intersectHostnames(x, y) !== null));
}

/**
 * An HTTPRoute and a GRPCRoute attached to one listener with intersecting hostnames: only one is
 * accepted there, the older (then `namespace/name` first), as the GRPCRoute spec requires. The
 * other is detached from that listener; a parentRef left with no listener is not accepted.
 * Updates listener attachments in place; returns new results for the routes that lost.
 */
export function rejectCrossServing(
  ctx: ResolveContext,
  routes: readonly ResolvedRoute[],
  /** The listeners serving both kinds: only there can they conflict. */
  listeners: readonly ResolvedListener[],
): Map<ResolvedRoute, ResolvedRoute> {
  const replaced = new Map<ResolvedRoute, ResolvedRoute>();
  if (listeners.length === 0) return replaced;

  // Losers per route and parentRef index: the listeners they lose and the winner on each.
  const lost = new Map<ResolvedRoute, Map<number, Map<ResolvedListener, Attachment>>>();
  const byRoute = new Map(routes.map((r) => [r.route, r]));
  for (const l of listeners) {
    const contenders = l.attachments
      .filter((a) => httpKinds.has(a.route.kind))
      .sort((a, b) => compareAge(a.route.object, b.route.object));
    const kept: Attachment[] = [];
    for (const a of contenders) {
      const winner = kept.find((k) => k.route.kind !== a.route.kind && overlaps(k, a));
      if (!winner) {
        kept.push(a);
        continue;
      }
      const r = byRoute.get(a.route);
      if (!r) continue;
      const perParent = lost.get(r) ?? new Map<number, Map<ResolvedListener, Attachment>>();
      const perListener = perParent.get(a.parentIndex) ?? new Map<ResolvedListener, Attachment>();
      perListener.set(l, winner);
      perParent.set(a.parentIndex, perListener);
      lost.set(r, perParent);
    }
  }

  for (const [r, perParent] of lost) {
    const parents = [...r.parents];
    for (const [index, perListener] of perParent) {
      const at = parents.findIndex((p) => p.index === index);
      const parent = parents[at];
      if (!parent) continue;
      for (const l of perListener.keys()) {
        const keep = l.attachments.filter((a) => !(a.route === r.route && a.parentIndex === index));
        l.attachments.splice(0, l.attachments.length, ...keep);
      }
      const remaining = parent.listeners.filter((l) => !perListener.has(l));
      const [first] = perListener.entries();
      const [l, winner] = first as [ResolvedListener, Attachment];
      // Messages name the winner only within the route's own namespace (no tenant leaks).
      const w = winner.route.object.meta;
      const who =
        w.namespace === r.route.object.meta.namespace
          ? `${winner.route.kind} ${w.namespace}/${w.name}`
          : `A ${winner.route.kind} from another namespace`;
      const message = `${who} already serves an intersecting hostname on listener "${l.listener.name}" and takes precedence; an HTTPRoute and a GRPCRoute cannot share a hostname on one listener.`;
      const ref = r.route.parentRefs[index];
      ctx.report(
        r.route.object,
        'ROUTE_KIND_HOSTNAME_CONFLICT',
        remaining.length ? 'warning' : 'error',
        message,
        ref?.path ?? ['spec'],
      );
      // Choice: the API names no reason for the rejected route; HostnameConflict says what
      // happened and matches the listener reason of the same name (Traefik uses it too).
      const kept = parent.listeners
        .map((x, i) => [x, parent.hostnames[i] ?? []] as const)
        .filter(([x]) => !perListener.has(x));
      parents[at] = remaining.length
        ? { ...parent, listeners: kept.map(([x]) => x), hostnames: kept.map(([, h]) => h) }
        : {
            ...parent,
            listeners: [],
            hostnames: [],
            accepted: { ok: false, reason: 'HostnameConflict', message },
          };
    }
    replaced.set(r, { ...r, parents });
  }
  return replaced;
}

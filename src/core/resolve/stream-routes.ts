import { compareAge } from './context';
import type { ResolveContext } from './context';
import type { ResolvedListener } from './resolved';

const streamKinds: ReadonlySet<string> = new Set(['TCPRoute', 'UDPRoute']);

/**
 * Several TCPRoutes (or UDPRoutes) on one listener are all accepted and all counted, but a
 * stream carries no hostname to choose by, so only the oldest carries traffic (reference 6.4,
 * conformance TCPRouteMultipleRoutesAttachment). The others get a warning.
 */
export function reportShadowedStreams(
  ctx: ResolveContext,
  /** Listeners with more than one TCPRoute or UDPRoute. */
  listeners: readonly ResolvedListener[],
): void {
  for (const l of listeners) {
    const attached = l.attachments.filter((a) => streamKinds.has(a.route.kind));
    const distinct = [...new Set(attached.map((a) => a.route))].sort((a, b) =>
      compareAge(a.object, b.object),
    );
    const [oldest, ...others] = distinct;
    if (!oldest) continue;
    for (const route of others) {
      const a = attached.find((x) => x.route === route);
      const ref = a ? route.parentRefs[a.parentIndex] : undefined;
      ctx.report(
        route.object,
        'ROUTE_SHADOWED',
        'warning',
        `${oldest.kind} ${oldest.object.meta.namespace}/${oldest.object.meta.name} is older and also attached to listener "${l.listener.name}" (port ${l.listener.port}); only the oldest ${route.kind} on a listener carries traffic.`,
        ref?.path ?? ['spec'],
      );
    }
  }
}

import type { RouteGroupKind } from '../model/gateway-api';
import { GATEWAY_GROUP } from '../model/object';

/** Protocols this resolver serves (13.1); anything else is `UnsupportedProtocol`. */
export const SUPPORTED_PROTOCOLS: ReadonlySet<string> = new Set([
  'HTTP',
  'HTTPS',
  'TLS',
  'TCP',
  'UDP',
]);

const kinds = (...names: string[]): RouteGroupKind[] =>
  names.map((kind) => ({ group: GATEWAY_GROUP, kind }));

/**
 * Route kinds a listener can serve, by protocol. GRPCRoute rides HTTP/2 (ALPN on HTTPS, h2c
 * prior knowledge on HTTP), which this resolver supports.
 */
export function routeKindsFor(protocol: string): RouteGroupKind[] {
  switch (protocol) {
    case 'HTTP':
    case 'HTTPS':
      return kinds('HTTPRoute', 'GRPCRoute');
    case 'TLS':
      // TLSRoute is the kind for both modes; an unclaimed Terminate mode is reported on
      // `Accepted` (UnsupportedValue), not as an invalid route kind.
      return kinds('TLSRoute');
    case 'TCP':
      return kinds('TCPRoute');
    case 'UDP':
      return kinds('UDPRoute');
    default:
      return [];
  }
}

export function sameKind(a: RouteGroupKind, b: RouteGroupKind): boolean {
  return a.group === b.group && a.kind === b.kind;
}

/**
 * `allowedRoutes.kinds` against what the protocol can serve: the listed kinds that are valid
 * (reported in `supportedKinds`) and those that are not (`InvalidRouteKinds`). No list means
 * every kind the protocol serves.
 */
export function resolveRouteKinds(
  protocol: string,
  listed: readonly RouteGroupKind[],
): { supported: RouteGroupKind[]; invalid: RouteGroupKind[] } {
  const possible = routeKindsFor(protocol);
  if (listed.length === 0) return { supported: possible, invalid: [] };
  const supported: RouteGroupKind[] = [];
  const invalid: RouteGroupKind[] = [];
  for (const k of listed) {
    if (possible.some((p) => sameKind(p, k))) {
      if (!supported.some((s) => sameKind(s, k))) supported.push({ group: k.group, kind: k.kind });
    } else invalid.push(k);
  }
  return { supported, invalid };
}

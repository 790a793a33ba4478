/**
 * Gateway API hostname semantics (not X.509's): a leading `*.` label matches one or more
 * labels, and an absent listener hostname matches every name.
 */

export function isWildcard(hostname: string): boolean {
  return hostname.startsWith('*.');
}

/** Does the Gateway API wildcard `*.s` match `host`? It needs at least one extra label. */
export function wildcardMatches(wildcard: string, host: string): boolean {
  return host.endsWith(wildcard.slice(1)) && host.length > wildcard.length - 1;
}

/** Does a listener hostname (undefined = any) accept the request name `host` (SNI or Host)? */
export function listenerMatches(listenerHostname: string | undefined, host: string): boolean {
  if (listenerHostname === undefined) return true;
  if (isWildcard(listenerHostname)) return wildcardMatches(listenerHostname, host);
  return listenerHostname === host;
}

/**
 * The hostname a route serves through a listener: the intersection of the listener hostname
 * (undefined = any) and one route hostname (undefined = any). Undefined means "any host".
 * `null` means they do not intersect.
 */
export function intersectHostnames(
  listener: string | undefined,
  route: string | undefined,
): string | undefined | null {
  if (listener === undefined) return route;
  if (route === undefined) return listener;
  const lw = isWildcard(listener);
  const rw = isWildcard(route);
  if (!lw && !rw) return listener === route ? listener : null;
  if (lw && !rw) return wildcardMatches(listener, route) ? route : null;
  if (!lw && rw) return wildcardMatches(route, listener) ? listener : null;
  const ls = listener.slice(2);
  const rs = route.slice(2);
  if (rs === ls || rs.endsWith(`.${ls}`)) return route;
  if (ls.endsWith(`.${rs}`)) return listener;
  return null;
}

/**
 * Specificity of a listener hostname for choosing among matches: exact names beat wildcards,
 * longer wildcard suffixes beat shorter ones, and no hostname comes last.
 */
export function hostnameSpecificity(hostname: string | undefined): number {
  if (hostname === undefined) return 0;
  const labels = hostname.split('.').length;
  return isWildcard(hostname) ? labels : 1000 + labels;
}

/** Normalises a request name: lowercase, no port, no trailing dot. */
export function normalizeHost(host: string): string {
  let h = host.trim().toLowerCase();
  if (h.startsWith('[')) return h; // IPv6 literal
  const colon = h.lastIndexOf(':');
  if (colon !== -1 && /^\d+$/.test(h.slice(colon + 1))) h = h.slice(0, colon);
  if (h.endsWith('.')) h = h.slice(0, -1);
  return h;
}

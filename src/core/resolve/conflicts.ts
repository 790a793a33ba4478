import { certificateCovers } from '../x509';
import { isWildcard, wildcardMatches } from '../serve/hostnames';
import type { ResolvedListener } from './resolved';
import { SUPPORTED_PROTOCOLS } from './route-kinds';

type ConflictReason = 'HostnameConflict' | 'ProtocolConflict';

function modeOf(l: ResolvedListener): string | undefined {
  return l.listener.protocol === 'TLS' ? (l.listener.tls?.mode ?? 'Terminate') : undefined;
}

/**
 * Whether two listeners on one port cannot both be served (10.1). Same protocol: distinct by
 * hostname (TCP/UDP have none), except TLS Passthrough next to TLS Terminate, which needs
 * `TLSRouteModeMixed` (not claimed). Different protocols: incompatible (the conservative choice),
 * except TCP next to UDP, which are separate transports.
 */
export function conflictBetween(
  a: ResolvedListener,
  b: ResolvedListener,
): ConflictReason | undefined {
  const la = a.listener;
  const lb = b.listener;
  if (la.port !== lb.port) return undefined;
  if (la.protocol === lb.protocol) {
    if (la.protocol === 'TCP' || la.protocol === 'UDP') return 'HostnameConflict';
    if (la.protocol === 'TLS' && modeOf(a) !== modeOf(b)) return 'ProtocolConflict';
    return la.hostname === lb.hostname ? 'HostnameConflict' : undefined;
  }
  const pair = [la.protocol, lb.protocol].sort().join('+');
  if (pair === 'TCP+UDP') return undefined;
  return 'ProtocolConflict';
}

/**
 * Applies conflicts to a Gateway's merged listener list (own listeners first, then ListenerSet
 * entries by precedence). Inside the Gateway there is no winner: every indistinct listener is
 * conflicted. A ListenerSet entry loses to any earlier listener it conflicts with (10.2), but
 * never to one that has itself lost: conformance ListenerSetProtocolConflict keeps an HTTP entry
 * accepted next to an earlier TCP entry of its own set that lost to the Gateway.
 */
export function applyConflicts(listeners: readonly ResolvedListener[]): void {
  const byPort = new Map<number, ResolvedListener[]>();
  for (const l of listeners) {
    if (!SUPPORTED_PROTOCOLS.has(l.listener.protocol)) continue;
    // Choice: a listener already rejected for its own reason (unsupported TLS mode, no valid
    // client CA) is never programmed, so it holds no port and conflicts with nothing; a TLS
    // Passthrough listener next to an unclaimed Terminate one stays accepted (10.1 leaves it open).
    if (!l.accepted.ok && !l.conflicted) continue;
    const list = byPort.get(l.listener.port) ?? [];
    list.push(l);
    byPort.set(l.listener.port, list);
  }
  for (const group of byPort.values()) {
    for (let i = 1; i < group.length; i++) {
      const later = group[i] as ResolvedListener;
      const inGateway = later.owner === later.gateway;
      for (let j = 0; j < i; j++) {
        const earlier = group[j] as ResolvedListener;
        if (!inGateway && (later.conflicted || earlier.conflicted)) continue;
        const reason = conflictBetween(earlier, later);
        if (!reason) continue;
        if (inGateway) {
          markConflict(earlier, 'ProtocolConflict', later);
          markConflict(later, 'ProtocolConflict', earlier);
        } else {
          markConflict(later, reason, earlier);
        }
      }
    }
  }
}

function markConflict(l: ResolvedListener, reason: ConflictReason, other: ResolvedListener): void {
  if (l.conflicted) return;
  const sameOwner = other.owner === l.owner;
  // Messages name the other listener only when it belongs to the same owner (no tenant leaks).
  const message =
    reason === 'HostnameConflict'
      ? `Another listener with higher precedence already serves port ${l.listener.port}, protocol ${l.listener.protocol} and ${l.listener.hostname ? `hostname ${l.listener.hostname}` : 'no hostname'}${sameOwner ? ` ("${other.listener.name}")` : ''}.`
      : `Port ${l.listener.port} is also used by ${sameOwner || other.owner === other.gateway ? `listener "${other.listener.name}" ` : 'another listener '}with ${other.listener.protocol}${other.listener.protocol === 'TLS' ? ` ${other.listener.tls?.mode ?? 'Terminate'}` : ''}, which cannot share the port with ${l.listener.protocol}${l.listener.protocol === 'TLS' ? ` ${l.listener.tls?.mode ?? 'Terminate'}` : ''}.`;
  const verdict = { ok: false, reason, message };
  l.conflicted = verdict;
  l.accepted = verdict;
  l.programmed = verdict;
}

function hostnamesOverlap(a: string | undefined, b: string | undefined): boolean {
  if (a === undefined || b === undefined) return true;
  if (a === b) return true;
  if (isWildcard(a) && wildcardMatches(a, isWildcard(b) ? b.slice(2) : b)) return true;
  if (isWildcard(b) && wildcardMatches(b, isWildcard(a) ? a.slice(2) : a)) return true;
  if (isWildcard(a) && isWildcard(b)) return a.endsWith(b.slice(1)) || b.endsWith(a.slice(1));
  return false;
}

// Spec (apis/v1 ListenerConditionOverlappingTLSConfig) defines the reason by SANs: "Overlapping
// Certificates: Listener A contains a certificate with a SAN for *.example.com, while Listener B
// contains a certificate with a SAN for foo.example.com." So a certificate counts by its SAN
// dNSNames only (`certificateCovers` ignores the subject CN): one without SANs overlaps nothing.
function certsCover(l: ResolvedListener, host: string | undefined): boolean {
  if (host === undefined) return false;
  return l.certificates.some((c) =>
    c.ok && c.chain?.certificates[0]
      ? certificateCovers(c.chain.certificates[0], host) !== 'uncovered'
      : false,
  );
}

/**
 * Sets `OverlappingTLSConfig` (10.3) on accepted listeners that terminate TLS on the same port
 * with overlapping hostnames, or whose certificate also covers the other's hostname (which wins).
 * Hostname-less listeners overlap everything.
 */
export function applyOverlaps(listeners: readonly ResolvedListener[]): void {
  const tls = listeners.filter(
    (l) =>
      l.accepted.ok &&
      (l.listener.protocol === 'HTTPS' ||
        (l.listener.protocol === 'TLS' && (l.listener.tls?.mode ?? 'Terminate') === 'Terminate')),
  );
  for (const a of tls) {
    let reason: 'OverlappingHostnames' | 'OverlappingCertificates' | undefined;
    let with_: ResolvedListener | undefined;
    for (const b of tls) {
      if (a === b || a.listener.port !== b.listener.port) continue;
      if (certsCover(a, b.listener.hostname) || certsCover(b, a.listener.hostname)) {
        reason = 'OverlappingCertificates';
        with_ = b;
        break;
      }
      if (!reason && hostnamesOverlap(a.listener.hostname, b.listener.hostname)) {
        reason = 'OverlappingHostnames';
        with_ = b;
      }
    }
    if (reason && with_) {
      a.overlapping = {
        ok: false,
        reason,
        message:
          reason === 'OverlappingCertificates'
            ? `A certificate of this listener or of listener "${with_.listener.name}" on port ${a.listener.port} also covers the other's hostname; HTTP/2 clients may reuse connections across them.`
            : `Hostname ${a.listener.hostname ?? '(any)'} overlaps ${with_.listener.hostname ?? '(any)'} of listener "${with_.listener.name}" on port ${a.listener.port}; HTTP/2 clients may reuse connections across them.`,
      };
    }
  }
}

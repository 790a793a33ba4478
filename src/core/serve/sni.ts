import type { NodeState } from '../graph/types';
import type { CertificateRefResult } from '../resolve/certificate-refs';
import type { ResolvedGateway, ResolvedListener } from '../resolve/resolved';
import { humanInstant } from '../time/human-instant';
import { certificateCoverage, expiryState } from '../x509';
import { isWildcard, listenerMatches, normalizeHost } from './hostnames';
import { bySpecificity, refOf } from './serving-map';
import type { SniAnswer, SniCertificate, SniTraceStep } from './types';

const hostnameProtocols: ReadonlySet<string> = new Set(['HTTPS', 'TLS', 'HTTP']);

function kindOfMatch(l: ResolvedListener): string {
  const h = l.listener.hostname;
  if (h === undefined) return 'matches any name (no hostname)';
  return isWildcard(h) ? `matches wildcard ${h}` : `matches exactly`;
}

/**
 * Which listener of a Gateway (with its ListenerSets) answers a TLS ClientHello for `host` on
 * `port`, and which certificates it presents (9.2): an exact hostname beats the longest
 * wildcard, which beats a listener without hostname. Listeners that are not accepted never
 * answer. An empty host stands for a client that sends no SNI: only a hostname-less listener
 * can answer it.
 */
export function lookupSni(g: ResolvedGateway, port: number, rawHost: string, now: Date): SniAnswer {
  const host = normalizeHost(rawHost);
  const onPort = g.listeners.filter((l) => l.listener.port === port).sort(bySpecificity);
  const trace: SniTraceStep[] = [];
  let chosen: ResolvedListener | undefined;
  for (const l of onPort) {
    const step = {
      listener: l.listener.name,
      owner: refOf(l.owner.object),
      hostname: l.listener.hostname ?? '*',
    };
    const usesNames = hostnameProtocols.has(l.listener.protocol);
    const matches = usesNames
      ? host === ''
        ? l.listener.hostname === undefined
        : listenerMatches(l.listener.hostname, host)
      : true;
    if (!matches) {
      trace.push({
        ...step,
        verdict: 'no-match',
        message: `${l.listener.hostname ?? '*'} does not match "${host || '(no SNI)'}".`,
      });
      continue;
    }
    if (!l.accepted.ok) {
      trace.push({
        ...step,
        verdict: 'not-ready',
        message: `Would match, but the listener is not accepted (${l.accepted.reason}): ${l.accepted.message}`,
      });
      continue;
    }
    if (chosen) {
      trace.push({
        ...step,
        verdict: 'matched',
        message: `Also ${kindOfMatch(l)}, but listener "${chosen.listener.name}" is more specific.`,
      });
      continue;
    }
    chosen = l;
    trace.push({
      ...step,
      verdict: 'chosen',
      message: `Chosen: ${kindOfMatch(l)}, the most specific accepted match on port ${port}.`,
    });
  }
  const gateway = { namespace: g.gateway.object.meta.namespace, name: g.gateway.object.meta.name };
  if (!chosen) {
    const summary = onPort.length
      ? `No accepted listener on port ${port} matches "${host || '(no SNI)'}": the connection is rejected.`
      : `Gateway ${gateway.namespace}/${gateway.name} has no listener on port ${port}.`;
    return {
      gateway,
      port,
      host,
      listener: null,
      certificates: [],
      trace,
      summary,
      state: { level: 'error', reason: 'Rejected', message: summary },
    };
  }
  const passthrough =
    chosen.listener.protocol === 'TLS' && chosen.listener.tls?.mode === 'Passthrough';
  const usable = chosen.certificates.filter((c) => c.ok);
  const certificates = usable.map((c): SniCertificate => {
    const leaf = c.chain?.certificates[0];
    const covers = leaf && host !== '' ? certificateCoverage(leaf, host) : undefined;
    return {
      namespace: c.namespace,
      name: c.name,
      coverage: covers?.coverage,
      coverageReason: covers?.reason,
    };
  });
  const terminates =
    !passthrough && (chosen.listener.protocol === 'HTTPS' || chosen.listener.protocol === 'TLS');
  const certText = passthrough
    ? 'TLS passes through; the backend presents its own certificate'
    : certificates.length
      ? `presents ${certificates.map((c) => `${c.namespace}/${c.name}`).join(', ')}${coverageText(certificates, host)}`
      : chosen.listener.protocol === 'HTTP' ||
          chosen.listener.protocol === 'TCP' ||
          chosen.listener.protocol === 'UDP'
        ? `does not use TLS (${chosen.listener.protocol})`
        : 'has no usable certificate, so the handshake fails';
  return {
    gateway,
    port,
    host,
    listener: chosen.listener.name,
    owner: refOf(chosen.owner.object),
    protocol: chosen.listener.protocol,
    certificates,
    trace,
    summary: `Listener "${chosen.listener.name}" of ${chosen.owner.object.kind} ${chosen.owner.object.meta.namespace}/${chosen.owner.object.meta.name} answers "${host || '(no SNI)'}" on port ${port} and ${certText}.`,
    state: terminates ? handshakeState(usable, certificates, host, now) : { level: 'ok' },
  };
}

/**
 * Whether a client completes the handshake: the listener presents a certificate, one covers
 * the host, and the one it would present (a covering one if any) is valid at `now`.
 */
function handshakeState(
  usable: readonly CertificateRefResult[],
  certificates: readonly SniCertificate[],
  host: string,
  now: Date,
): NodeState {
  if (usable.length === 0)
    return {
      level: 'error',
      reason: 'NoUsableCertificate',
      message: 'The listener has no usable certificate, so the handshake fails.',
    };
  const problems: NodeState[] = [];
  const covering = usable.filter((_, i) => certificates[i]?.coverage !== 'uncovered');
  if (host !== '' && covering.length === 0) {
    const noSan = certificates.every((c) => c.coverageReason === 'no-subject-alt-name');
    problems.push({
      level: 'warning',
      reason: noSan ? 'CERT_NO_SAN' : 'CERT_HOSTNAME_NOT_COVERED',
      message: `No certificate presented covers "${host}"${noSan ? ' (none has a subjectAltName)' : ''}: clients see a name mismatch.`,
    });
  }
  // The certificate presented: a covering one if any (a valid one when there is a choice).
  const judged = (covering.length ? covering : usable).map((c) => {
    const leaf = c.chain?.certificates[0];
    return { c, leaf, expiry: leaf ? expiryState(leaf, now) : 'valid' };
  });
  if (!judged.some((j) => j.expiry === 'valid' || j.expiry === 'expiring')) {
    const j = judged[0];
    if (j?.leaf)
      problems.push(
        j.expiry === 'expired'
          ? {
              level: 'error',
              reason: 'CERT_EXPIRED',
              message: `The certificate in Secret ${j.c.namespace}/${j.c.name} expired on ${humanInstant(j.leaf.notAfter)}.`,
            }
          : {
              level: 'error',
              reason: 'CERT_NOT_YET_VALID',
              message: `The certificate in Secret ${j.c.namespace}/${j.c.name} is not valid before ${humanInstant(j.leaf.notBefore)}.`,
            },
      );
  } else if (!judged.some((j) => j.expiry === 'valid')) {
    const j = judged[0];
    if (j?.leaf)
      problems.push({
        level: 'warning',
        reason: 'CERT_EXPIRING',
        message: `The certificate in Secret ${j.c.namespace}/${j.c.name} expires on ${humanInstant(j.leaf.notAfter)}, within 30 days.`,
      });
  }
  const worst = problems.find((p) => p.level === 'error') ?? problems[0];
  if (!worst) return { level: 'ok' };
  return { ...worst, message: problems.map((p) => p.message).join(' ') };
}

/** Why clients will reject the handshake when no presented certificate covers `host`. */
function coverageText(certificates: readonly SniCertificate[], host: string): string {
  if (host === '' || certificates.some((c) => c.coverage !== 'uncovered')) return '';
  const many = certificates.length > 1;
  const why = certificates.every((c) => c.coverageReason === 'no-subject-alt-name')
    ? `${many ? 'they have' : 'it has'} no subjectAltName (the subject CN is ignored)`
    : 'no subjectAltName matches';
  return `, which ${many ? 'do' : 'does'} not cover "${host}": ${why}, so clients reject it`;
}

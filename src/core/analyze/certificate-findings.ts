import type { ResolveContext } from '../resolve/context';
import type { Severity } from '../model/diagnostic';
import type { Finding } from '../model/finding';
import { objectKey } from '../model/object';
import type { Path } from '../model/path';
import { edgeId, hostnameNodeId, listenerNodeId } from '../graph/element-ids';
import { humanInstant } from '../time/human-instant';
import type { CertificateRefResult } from '../resolve/certificate-refs';
import type { ResolvedGateway, ResolvedListener } from '../resolve/resolved';
import { certificateCoverage, expiryState, hasNoSubjectAltName } from '../x509';
import type { CertificateFacts } from '../x509';

/**
 * What no controller reports: certificates that are expired or about to expire, certificates
 * without a SAN dNSName (which clients reject for every name), and served hostnames the presented
 * certificate does not cover under X.509 rules (9.5).
 *
 * These are properties of the serving (hostname → listener → certificate): each finding is at
 * the listener's certificate reference and also concerns the hostname node and its serves edge
 * (and, for coverage, every certificate the listener presents), so all of them show it. The
 * Secret shows only its own facts (expired, unreadable, key mismatch).
 */
export function reportCertificates(
  ctx: ResolveContext,
  gateways: readonly ResolvedGateway[],
  cache?: WeakMap<
    ResolvedGateway,
    { readonly inputs: readonly unknown[]; readonly findings: readonly Finding[] }
  >,
): void {
  const now = ctx.options.now;
  for (const g of gateways) {
    // A Gateway whose resolution, served names (the hostname lists of its attachments, kept
    // with the route results) and clock are unchanged finds the same.
    const inputs: unknown[] = [now.getTime()];
    for (const l of g.listeners) for (const a of l.attachments) inputs.push(a.hostnames);
    const hit = cache?.get(g);
    if (hit && hit.inputs.length === inputs.length && hit.inputs.every((x, i) => x === inputs[i])) {
      for (const f of hit.findings) ctx.emit(f);
      continue;
    }
    const { findings } = ctx.capture(() => {
      for (const l of g.listeners) {
        if (!l.accepted.ok) continue;
        // The names actually served: what attached routes narrow the listener to, else its hostname.
        const served = new Set<string>();
        for (const a of l.attachments)
          for (const h of a.hostnames) if (h !== undefined) served.add(h);
        if (l.attachments.length === 0 && l.listener.hostname !== undefined)
          served.add(l.listener.hostname);
        reportListener(ctx, l, served, now);
      }
    });
    cache?.set(g, { inputs, findings });
    for (const f of findings) ctx.emit(f);
  }
}

/** The graph elements of a listener's serving: its hostname node and serves edge. */
function servingElements(l: ResolvedListener): string[] {
  const gw = l.gateway.object.meta;
  const lid = listenerNodeId(l.owner.object.key, l.listener.name);
  const hid = hostnameNodeId(gw, l.listener.port, l.listener.hostname ?? '*');
  return [hid, edgeId('serves', hid, lid)];
}

function certificateEdge(l: ResolvedListener, c: CertificateRefResult): string {
  return edgeId(
    'certificate',
    listenerNodeId(l.owner.object.key, l.listener.name),
    objectKey('Secret', c.namespace, c.name),
  );
}

function reportListener(
  ctx: ResolveContext,
  l: ResolvedListener,
  served: ReadonlySet<string>,
  now: Date,
): void {
  const serving = servingElements(l);
  const report = (
    code: string,
    severity: Severity,
    message: string,
    path: Path,
    also: readonly string[],
  ) =>
    ctx.emit({
      code,
      severity,
      message,
      origin: l.owner.object.origin,
      path,
      object: l.owner.object.key,
      also,
    });
  const usable = l.certificates.filter((c) => c.ok && c.chain?.certificates[0]);
  for (const c of usable) {
    const leaf = c.chain?.certificates[0];
    if (!leaf) continue;
    const where = `${c.namespace}/${c.name}`;
    const state = expiryState(leaf, now);
    if (state === 'expired')
      report(
        'CERT_EXPIRED',
        'error',
        `The certificate in Secret ${where} expired on ${humanInstant(leaf.notAfter)}.`,
        c.ref.path,
        serving,
      );
    else if (state === 'expiring')
      report(
        'CERT_EXPIRING',
        'warning',
        `The certificate in Secret ${where} expires on ${humanInstant(leaf.notAfter)}, within 30 days.`,
        c.ref.path,
        serving,
      );
    else if (state === 'not-yet-valid')
      report(
        'CERT_NOT_YET_VALID',
        'error',
        `The certificate in Secret ${where} is not valid before ${humanInstant(leaf.notBefore)}.`,
        c.ref.path,
        serving,
      );
  }
  if (usable.length === 0) return;
  // A certificate without SAN dNSNames covers nothing (the subject CN is ignored): said once per
  // certificate, and its names are left out of CERT_HOSTNAME_NOT_COVERED when no other presented
  // certificate has SANs, so one cause gives one finding.
  for (const c of usable) {
    const leaf = c.chain?.certificates[0];
    if (!leaf || !hasNoSubjectAltName(leaf)) continue;
    const names = served.size ? ` serves ${[...served].join(', ')} with` : ' presents';
    report(
      'CERT_NO_SAN',
      'warning',
      `Listener "${l.listener.name}"${names} the certificate in Secret ${c.namespace}/${c.name}, which ${noSanText(leaf)}.`,
      c.ref.path,
      serving,
    );
  }
  const uncovered: string[] = [];
  const partial: string[] = [];
  for (const h of served) {
    let best = 'uncovered';
    let onlyNoSan = true;
    for (const c of usable) {
      const leaf = c.chain?.certificates[0];
      if (!leaf) continue;
      const { coverage, reason } = certificateCoverage(leaf, h);
      if (reason !== 'no-subject-alt-name') onlyNoSan = false;
      if (coverage === 'covered' || (coverage === 'partial' && best === 'uncovered'))
        best = coverage;
    }
    if (best === 'uncovered' && !onlyNoSan) uncovered.push(h);
    else if (best === 'partial') partial.push(h);
  }
  const ref = usable[0]?.ref.path ?? l.listener.path;
  // Coverage is of every certificate the listener presents.
  const presented = [...serving, ...usable.map((c) => certificateEdge(l, c))];
  if (uncovered.length)
    report(
      'CERT_HOSTNAME_NOT_COVERED',
      'warning',
      `Listener "${l.listener.name}" serves ${uncovered.join(', ')}, which its certificate does not cover (SANs: ${sans(usable)}); clients will see a name mismatch.`,
      ref,
      presented,
    );
  if (partial.length)
    report(
      'CERT_WILDCARD_PARTIAL',
      'warning',
      `Listener "${l.listener.name}" serves ${partial.join(', ')} (one or more labels), but a certificate wildcard covers exactly one label: deeper names will fail.`,
      ref,
      presented,
    );
}

function sans(
  certs: readonly { chain?: { certificates: readonly { dnsNames: readonly string[] }[] } }[],
): string {
  const names = new Set<string>();
  for (const c of certs) for (const n of c.chain?.certificates[0]?.dnsNames ?? []) names.add(n);
  return names.size ? [...names].join(', ') : 'none';
}

/** `has no subjectAltName: clients will reject it (the subject CN "…" is ignored)`. */
function noSanText(leaf: CertificateFacts): string {
  const others = [...leaf.ipAddresses, ...leaf.uris];
  const cn = leaf.commonName ? ` (the subject CN "${leaf.commonName}" is ignored)` : '';
  return others.length
    ? `has no DNS subjectAltName (only ${others.join(', ')}): clients will reject it for any hostname${cn}`
    : `has no subjectAltName: clients will reject it${cn}`;
}

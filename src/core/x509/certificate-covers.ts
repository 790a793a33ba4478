import type { CertificateFacts, Coverage, CoverageResult } from './types';

function normalize(name: string): string {
  const lower = name.toLowerCase();
  return lower.endsWith('.') ? lower.slice(0, -1) : lower;
}

/**
 * RFC 6125 §6.4.3 matching of one presented name against a precise hostname: `*` only as the
 * whole leftmost label, standing for exactly one non-empty label, never the apex; partial-label
 * wildcards (`f*.example.com`) match nothing. Public-suffix checks (`*.com`) are not made.
 */
function presentedNameMatches(pattern: string, host: string): boolean {
  if (pattern === host) return true;
  if (!pattern.startsWith('*.')) return false;
  const suffix = pattern.slice(2);
  if (suffix === '' || suffix.includes('*')) return false;
  const dot = host.indexOf('.');
  return dot > 0 && host.slice(dot + 1) === suffix;
}

/**
 * True when the certificate has no SAN dNSName: no subjectAltName extension at all, or only
 * iPAddress/URI entries. Such a certificate covers no hostname, whatever its subject CN says.
 */
export function hasNoSubjectAltName(cert: Pick<CertificateFacts, 'dnsNames'>): boolean {
  return cert.dnsNames.length === 0;
}

/**
 * Does the certificate cover a hostname the Gateway serves (§9.5)? Names are compared
 * case-insensitively, ignoring one trailing dot. The presented names are the SAN dNSNames only:
 * the subject CN is never used, as browsers (Chrome 58+) and Go (1.15+) ignore it (RFC 6125
 * §6.4.4 allowed it only for certificates without SANs; RFC 9525 drops it). A certificate without
 * SAN dNSNames is `uncovered` for every hostname, with `reason: 'no-subject-alt-name'`.
 *
 * - Precise hostname (`a.example.com`): `covered` when a presented name matches it by RFC 6125
 *   (exactly, or a `*.example.com` wildcard standing for one label), else `uncovered`.
 * - Gateway wildcard hostname (`*.example.com`), which serves one OR MORE labels: no certificate
 *   can cover it fully, because X.509 wildcards stand for exactly one label. It is `partial` when a
 *   presented name is `*.example.com` itself (all one-label names are covered, deeper names such
 *   as `a.b.example.com` will fail), and `uncovered` otherwise — specific names such as
 *   `a.example.com`, or deeper wildcards such as `*.b.example.com`, leave most names uncovered.
 * - The match-everything `*`, or an empty hostname: `uncovered`.
 */
export function certificateCoverage(
  cert: Pick<CertificateFacts, 'dnsNames'>,
  hostname: string,
): CoverageResult {
  if (hasNoSubjectAltName(cert)) return { coverage: 'uncovered', reason: 'no-subject-alt-name' };
  const host = normalize(hostname);
  const names = cert.dnsNames.map(normalize);
  if (host.startsWith('*.') && host.length > 2 && !host.slice(2).includes('*')) {
    return { coverage: names.includes(host) ? 'partial' : 'uncovered' };
  }
  if (host === '' || host.includes('*')) return { coverage: 'uncovered' };
  return {
    coverage: names.some((name) => presentedNameMatches(name, host)) ? 'covered' : 'uncovered',
  };
}

/** `certificateCoverage` without the reason. */
export function certificateCovers(
  cert: Pick<CertificateFacts, 'dnsNames'>,
  hostname: string,
): Coverage {
  return certificateCoverage(cert, hostname).coverage;
}

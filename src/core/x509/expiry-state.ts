import type { CertificateFacts, ExpiryState } from './types';

/** How long before `notAfter` a certificate counts as expiring. */
export const expiringWithinDays = 30;

const dayMs = 24 * 60 * 60 * 1000;

/**
 * Where `now` falls in the validity period (RFC 5280: both bounds inclusive): before it
 * `not-yet-valid`, after it `expired`, within 30 days of `notAfter` `expiring`, else `valid`.
 * Unparsable dates count as `expired`, so they are never shown as healthy.
 */
export function expiryState(
  cert: Pick<CertificateFacts, 'notBefore' | 'notAfter'>,
  now: Date,
): ExpiryState {
  const notBefore = Date.parse(cert.notBefore);
  const notAfter = Date.parse(cert.notAfter);
  const t = now.getTime();
  if (Number.isNaN(notBefore) || Number.isNaN(notAfter) || Number.isNaN(t)) return 'expired';
  if (t < notBefore) return 'not-yet-valid';
  if (t > notAfter) return 'expired';
  return notAfter - t <= expiringWithinDays * dayMs ? 'expiring' : 'valid';
}

/**
 * The instants around `now` between which none of `certs` changes its expiry state, `[from,
 * until)` in epoch milliseconds (±Infinity when unbounded): anything judged at `now` holds for
 * every instant in it. A state changes at `notBefore`, 30 days before `notAfter`, and just after
 * `notAfter`.
 */
export function expiryStateSpan(
  certs: readonly Pick<CertificateFacts, 'notBefore' | 'notAfter'>[],
  now: Date,
): { from: number; until: number } {
  const t = now.getTime();
  let from = -Infinity;
  let until = Infinity;
  for (const cert of certs) {
    const notBefore = Date.parse(cert.notBefore);
    const notAfter = Date.parse(cert.notAfter);
    if (Number.isNaN(notBefore) || Number.isNaN(notAfter)) continue; // always `expired`
    for (const change of [notBefore, notAfter - expiringWithinDays * dayMs, notAfter + 1]) {
      if (change <= t) from = Math.max(from, change);
      else until = Math.min(until, change);
    }
  }
  return { from, until };
}

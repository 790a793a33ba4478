import { describe, expect, it, test } from 'vitest';
import { expiryState, expiryStateSpan, readCertificateChain } from './index';
import { generateKey, issueCertificate } from './testdata/generate';

const validity = { notBefore: '2025-01-01T00:00:00.000Z', notAfter: '2026-01-01T00:00:00.000Z' };
const at = (iso: string) => expiryState(validity, new Date(iso));

describe('expiryState', () => {
  test('before, inside and after the validity period (bounds inclusive)', () => {
    expect(at('2024-12-31T23:59:59.999Z')).toBe('not-yet-valid');
    expect(at('2025-01-01T00:00:00.000Z')).toBe('valid');
    expect(at('2025-06-01T00:00:00.000Z')).toBe('valid');
    expect(at('2026-01-01T00:00:00.000Z')).toBe('expiring');
    expect(at('2026-01-01T00:00:00.001Z')).toBe('expired');
  });

  test('expiring means within 30 days of notAfter', () => {
    expect(at('2025-12-02T00:00:00.000Z')).toBe('expiring');
    expect(at('2025-12-01T23:59:59.999Z')).toBe('valid');
  });

  test('unreadable dates are never healthy', () => {
    expect(
      expiryState({ notBefore: 'x', notAfter: validity.notAfter }, new Date('2025-06-01')),
    ).toBe('expired');
  });

  test('a generated certificate whose notAfter is in the past', async () => {
    const pem = await issueCertificate({
      subject: 'CN=old',
      key: await generateKey('P-256'),
      notBefore: new Date('2020-01-01T00:00:00Z'),
      notAfter: new Date('2021-01-01T00:00:00Z'),
    });
    const cert = readCertificateChain(pem).certificates[0];
    expect(cert && expiryState(cert, new Date('2025-01-01'))).toBe('expired');
    expect(cert && expiryState(cert, new Date('2019-01-01'))).toBe('not-yet-valid');
  });
});

describe('expiryStateSpan', () => {
  const certs = [
    { notBefore: '2026-01-01T00:00:00Z', notAfter: '2030-01-31T00:00:00Z' },
    { notBefore: '2027-01-01T00:00:00Z', notAfter: '2126-01-01T00:00:00Z' },
  ];
  const span = (iso: string) => {
    const s = expiryStateSpan(certs, new Date(iso));
    return [s.from, s.until].map((t) => (Number.isFinite(t) ? new Date(t).toISOString() : t));
  };

  it('is bounded by the nearest changes of state on either side', () => {
    expect(span('2028-06-01T00:00:00Z')).toEqual([
      '2027-01-01T00:00:00.000Z',
      '2030-01-01T00:00:00.000Z',
    ]);
    expect(span('2030-01-15T00:00:00Z')).toEqual([
      '2030-01-01T00:00:00.000Z',
      '2030-01-31T00:00:00.001Z',
    ]);
    expect(span('2025-01-01T00:00:00Z')).toEqual([-Infinity, '2026-01-01T00:00:00.000Z']);
  });

  it('holds: every instant inside it gives every certificate the state it has at `now`', () => {
    const now = new Date('2028-06-01T00:00:00Z');
    const { from, until } = expiryStateSpan(certs, now);
    for (const t of [from, (from + until) / 2, until - 1])
      expect(certs.map((c) => expiryState(c, new Date(t)))).toEqual(
        certs.map((c) => expiryState(c, now)),
      );
    expect(certs.map((c) => expiryState(c, new Date(until)))).not.toEqual(
      certs.map((c) => expiryState(c, now)),
    );
  });
});

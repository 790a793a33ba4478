import { describe, expect, test } from 'vitest';
import { expiryState, readCertificateChain } from './index';
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

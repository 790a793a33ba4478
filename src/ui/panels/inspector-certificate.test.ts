import { describe, expect, it } from 'vitest';
import type { CertificateFacts } from '../../core';
import { toCertificateView } from './inspector-certificate';

const facts: CertificateFacts = {
  subject: 'CN=*.example.com',
  commonName: '*.example.com',
  issuer: 'CN=*.example.com',
  serialNumber: '01',
  notBefore: '2026-01-01T00:00:00.000Z',
  notAfter: '2126-01-01T00:00:00.000Z',
  dnsNames: [],
  ipAddresses: ['192.0.2.1'],
  uris: [],
  keyAlgorithm: 'ECDSA',
  curve: 'P-256',
  signatureAlgorithm: 'ecdsa-with-SHA256',
  fingerprintSha256: 'AA',
  selfSigned: true,
  isCA: false,
};

function fields(c: CertificateFacts) {
  const view = toCertificateView(
    {
      secret: 'Secret/a/b',
      type: 'kubernetes.io/tls',
      certificates: [c],
      chainInOrder: true,
      problems: [],
    },
    new Date('2030-01-01T00:00:00Z'),
  );
  return view.certificates[0]?.fields ?? [];
}

const sans = (c: CertificateFacts) => fields(c).find((f) => f.label === 'SANs');

describe('the certificate in the Inspector', () => {
  it('says that a certificate without DNS subjectAltName is rejected whatever its CN', () => {
    expect(sans(facts)).toMatchObject({
      value: '192.0.2.1',
      // A warning, as the CERT_NO_SAN finding about the listeners that serve it.
      badge: { level: 'warning', text: 'no DNS subjectAltName: clients will reject it' },
    });
    expect(sans({ ...facts, ipAddresses: [] })?.value).toBe('none');
    expect(sans({ ...facts, dnsNames: ['*.example.com'] })?.badge).toBeUndefined();
  });

  it('shows validity to the minute in UTC, without milliseconds', () => {
    const at = (label: string) => fields(facts).find((f) => f.label === label)?.value;
    expect(at('Not before')).toBe('2026-01-01 00:00 UTC');
    expect(at('Not after')).toBe('2126-01-01 00:00 UTC');
  });
});

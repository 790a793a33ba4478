import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import {
  certificateCoverage,
  certificateCovers,
  hasNoSubjectAltName,
  readCertificateChain,
} from './index';
import type { CertificateFacts, Coverage } from './index';
import { generateKey, issueCertificate } from './testdata/generate';

const san = (...dnsNames: string[]) => ({ dnsNames });

describe('certificateCovers (RFC 6125 against Gateway hostnames, §9.5)', () => {
  test.each<[string, string[], string, Coverage]>([
    // §9.5 table: precise names served under listener *.example.com, cert SAN *.example.com
    ['one label under a SAN wildcard', ['*.example.com'], 'a.example.com', 'covered'],
    ['two labels under a SAN wildcard', ['*.example.com'], 'a.b.example.com', 'uncovered'],
    ['the apex under a SAN wildcard', ['*.example.com'], 'example.com', 'uncovered'],
    // A Gateway wildcard serves one or more labels; no certificate covers that fully.
    ['listener wildcard vs the same SAN wildcard', ['*.example.com'], '*.example.com', 'partial'],
    [
      'listener wildcard vs specific SANs only',
      ['a.example.com', 'b.example.com'],
      '*.example.com',
      'uncovered',
    ],
    [
      'listener wildcard vs a deeper SAN wildcard',
      ['*.b.example.com'],
      '*.example.com',
      'uncovered',
    ],
    ['listener wildcard vs a shallower SAN wildcard', ['*.com'], '*.example.com', 'uncovered'],
    ['exact SAN', ['www.example.com'], 'www.example.com', 'covered'],
    ['exact SAN, other name', ['www.example.com'], 'api.example.com', 'uncovered'],
    ['second SAN', ['a.example.com', 'b.example.com'], 'b.example.com', 'covered'],
    ['partial-label wildcard never matches', ['f*.example.com'], 'foo.example.com', 'uncovered'],
    ['suffix wildcard never matches', ['*oo.example.com'], 'foo.example.com', 'uncovered'],
    ['wildcard not leftmost never matches', ['a.*.example.com'], 'a.b.example.com', 'uncovered'],
    ['case-insensitive hostname', ['www.example.com'], 'WWW.Example.COM', 'covered'],
    ['case-insensitive SAN', ['*.EXAMPLE.com'], 'a.example.com', 'covered'],
    ['trailing dot on the hostname', ['www.example.com'], 'www.example.com.', 'covered'],
    ['trailing dot on the SAN', ['*.example.com.'], 'a.example.com', 'covered'],
    ['no names at all', [], 'a.example.com', 'uncovered'],
    ['match-everything listener', ['*.example.com'], '*', 'uncovered'],
  ])('%s: %j vs %s is %s', (_, dnsNames, hostname, expected) => {
    expect(certificateCovers(san(...dnsNames), hostname)).toBe(expected);
  });

  // Regression: the subject CN used to stand in when there were no dNSName SANs. Browsers
  // (Chrome 58+) and Go (1.15+) ignore it, so a certificate without SANs covers nothing.
  test('the subject CN is never a presented name, even without dNSName SANs', () => {
    const cnOnly: Pick<CertificateFacts, 'dnsNames' | 'commonName'>[] = [
      { dnsNames: [], commonName: 'legacy.example.com' },
      { dnsNames: [], commonName: '*.example.com' },
    ];
    for (const cert of cnOnly)
      for (const host of ['legacy.example.com', 'a.example.com', '*.example.com', '*', ''])
        expect(certificateCoverage(cert, host), `${cert.commonName} vs ${host}`).toEqual({
          coverage: 'uncovered',
          reason: 'no-subject-alt-name',
        });
    const withSan: Pick<CertificateFacts, 'dnsNames' | 'commonName'> = {
      dnsNames: ['other.example.com'],
      commonName: 'legacy.example.com',
    };
    expect(certificateCoverage(withSan, 'legacy.example.com')).toEqual({ coverage: 'uncovered' });
    expect(certificateCoverage(withSan, 'other.example.com')).toEqual({ coverage: 'covered' });
  });

  test('a real certificate with a CN and no SAN extension covers nothing', () => {
    const pem = readFileSync(new URL('./testdata/cn-only.crt', import.meta.url), 'utf8');
    const cert = readCertificateChain(pem).certificates[0] as CertificateFacts;
    expect(cert.commonName).toBe('Legacy.Example.com');
    expect(hasNoSubjectAltName(cert)).toBe(true);
    expect(certificateCovers(cert, 'legacy.example.com')).toBe('uncovered');
  });

  test('IP or URI SANs alone name no host', async () => {
    const key = await generateKey('P-256');
    const pem = await issueCertificate({
      subject: 'CN=ip-only.example.com',
      key,
      ipAddresses: ['192.0.2.1'],
      uris: ['spiffe://acme/ns/web'],
    });
    const cert = readCertificateChain(pem).certificates[0] as CertificateFacts;
    expect(cert.ipAddresses).toEqual(['192.0.2.1']);
    expect(hasNoSubjectAltName(cert)).toBe(true);
    expect(certificateCoverage(cert, 'ip-only.example.com')).toEqual({
      coverage: 'uncovered',
      reason: 'no-subject-alt-name',
    });
  });
});

import 'reflect-metadata';
import { X509Certificate as PeculiarCertificate } from '@peculiar/x509';
import { X509Certificate } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { newCertificateKey } from '../../worker/issue-certificates';
import { issueCertificate } from './issue-certificate';
import type { CertificateKey } from './issue-certificate';
import { privateKeyMatches } from './private-key-matches';
import { readCertificateChain } from './read-certificate-chain';

// Keys as the worker makes them (WebCrypto); the core only sees their signing view.
async function newKey(): Promise<CertificateKey & { pem: string }> {
  const { key, pem } = await newCertificateKey(globalThis.crypto.subtle);
  return { ...key, pem };
}

const serial = Uint8Array.from({ length: 16 }, (_, i) => 0xf0 + i);

describe('issueCertificate', () => {
  it('makes a self-signed server certificate that OpenSSL and @peculiar/x509 verify', async () => {
    const key = await newKey();
    const pem = await issueCertificate(
      {
        commonName: 'shop.example.com',
        organization: 'Acme',
        dnsNames: ['shop.example.com', '*.shop.example.com'],
        notBefore: new Date('2027-01-02T03:04:05Z'),
        notAfter: new Date('2027-04-02T03:04:05Z'),
        serial,
      },
      key,
    );
    const openssl = new X509Certificate(pem);
    expect(openssl.verify(openssl.publicKey)).toBe(true);
    expect(openssl.subjectAltName).toBe('DNS:shop.example.com, DNS:*.shop.example.com');
    expect(openssl.validFrom).toBe('Jan  2 03:04:05 2027 GMT');
    expect(openssl.validTo).toBe('Apr  2 03:04:05 2027 GMT');
    expect(openssl.ca).toBe(false);
    // The serial's top bit is cleared, so the INTEGER stays positive without a padding byte.
    expect(openssl.serialNumber).toBe('70F1F2F3F4F5F6F7F8F9FAFBFCFDFEFF');
    expect(await new PeculiarCertificate(pem).verify({ signatureOnly: true })).toBe(true);

    const chain = readCertificateChain(pem);
    expect(chain.problems).toEqual([]);
    expect(chain.certificates[0]).toMatchObject({
      subject: 'CN=shop.example.com, O=Acme',
      issuer: 'CN=shop.example.com, O=Acme',
      dnsNames: ['shop.example.com', '*.shop.example.com'],
      notBefore: '2027-01-02T03:04:05.000Z',
      notAfter: '2027-04-02T03:04:05.000Z',
      keyAlgorithm: 'ECDSA',
      curve: 'P-256',
      signatureAlgorithm: 'ecdsa-with-SHA256',
      selfSigned: true,
      isCA: false,
    });
    expect(privateKeyMatches(pem, key.pem)).toBe('match');
  });

  it('signs with an issuer: a CA and a leaf that chains to it, dates past 2049 as GeneralizedTime', async () => {
    const caKey = await newKey();
    const caPem = await issueCertificate(
      {
        commonName: 'Example CA',
        dnsNames: [],
        notBefore: new Date('2026-01-01T00:00:00Z'),
        notAfter: new Date('2126-01-01T00:00:00Z'),
        serial,
        isCA: true,
      },
      caKey,
    );
    const leafKey = await newKey();
    const leafPem = await issueCertificate(
      {
        commonName: 'api.example.com',
        dnsNames: ['api.example.com'],
        notBefore: new Date('2026-01-01T00:00:00Z'),
        notAfter: new Date('2056-01-01T00:00:00Z'),
        serial,
      },
      leafKey,
      { commonName: 'Example CA', key: caKey },
    );
    const ca = new X509Certificate(caPem);
    const leaf = new X509Certificate(leafPem);
    expect(ca.ca).toBe(true);
    expect(leaf.checkIssued(ca)).toBe(true);
    expect(leaf.verify(ca.publicKey)).toBe(true);
    expect(leaf.validTo).toBe('Jan  1 00:00:00 2056 GMT');
    const chain = readCertificateChain(leafPem + caPem);
    expect(chain.chainInOrder).toBe(true);
    expect(chain.certificates.map((c) => c.selfSigned)).toEqual([false, true]);
  });

  it('makes a certificate without subjectAltName when no DNS names are given', async () => {
    const pem = await issueCertificate(
      {
        commonName: 'legacy.example.com',
        dnsNames: [],
        notBefore: new Date('2026-01-01T00:00:00Z'),
        notAfter: new Date('2046-01-01T00:00:00Z'),
        serial,
      },
      await newKey(),
    );
    expect(new X509Certificate(pem).subjectAltName).toBeUndefined();
    expect(readCertificateChain(pem).certificates[0]?.dnsNames).toEqual([]);
  });
});

import { readFileSync } from 'node:fs';
import { bytesToHex } from '@noble/hashes/utils.js';
import { describe, expect, test } from 'vitest';
import { readCertificateChain } from './index';
import type { CertificateFacts } from './index';
import { readPemBlocks } from './pem';
import { generateKey, issueCertificate, parseWithLibrary } from './testdata/generate';
import type { KeyKind } from './testdata/generate';

const fixture = (name: string): string =>
  readFileSync(new URL(`./testdata/${name}`, import.meta.url), 'utf8');

function only(pem: string): CertificateFacts {
  const chain = readCertificateChain(pem);
  expect(chain.problems).toEqual([]);
  expect(chain.certificates).toHaveLength(1);
  return chain.certificates[0] as CertificateFacts;
}

async function opensslStyleFingerprint(pem: string): Promise<string> {
  const der = readPemBlocks(pem)[0]?.der ?? new Uint8Array();
  const hex = bytesToHex(
    new Uint8Array(await crypto.subtle.digest('SHA-256', new Uint8Array(der))),
  );
  return (hex.toUpperCase().match(/../g) ?? []).join(':');
}

const keyFacts: Record<KeyKind, Partial<CertificateFacts>> = {
  RSA: { keyAlgorithm: 'RSA', keySize: 2048, signatureAlgorithm: 'sha256WithRSAEncryption' },
  'P-256': {
    keyAlgorithm: 'ECDSA',
    keySize: 256,
    curve: 'P-256',
    signatureAlgorithm: 'ecdsa-with-SHA256',
  },
  'P-384': {
    keyAlgorithm: 'ECDSA',
    keySize: 384,
    curve: 'P-384',
    signatureAlgorithm: 'ecdsa-with-SHA384',
  },
  'P-521': {
    keyAlgorithm: 'ECDSA',
    keySize: 521,
    curve: 'P-521',
    signatureAlgorithm: 'ecdsa-with-SHA512',
  },
  Ed25519: { keyAlgorithm: 'Ed25519', signatureAlgorithm: 'ED25519' },
};

describe('certificate facts from generated certificates', () => {
  test.each(Object.keys(keyFacts) as KeyKind[])('%s self-signed certificate', async (kind) => {
    const key = await generateKey(kind);
    const pem = await issueCertificate({
      subject: 'C=US, O=Acme, CN=Leaf.Example.com',
      key,
      dnsNames: ['Leaf.Example.com', '*.Example.com'],
      ipAddresses: ['192.0.2.7', '2001:db8:0:0:1:0:0:1'],
      uris: ['spiffe://acme/ns/web'],
      serialNumber: '00ab12',
      notBefore: new Date('2025-02-03T04:05:06Z'),
      notAfter: new Date('2027-02-03T04:05:06Z'),
      ca: false,
    });
    const facts = only(pem);
    const library = parseWithLibrary(pem);
    expect(facts).toEqual({
      subject: 'CN=Leaf.Example.com, O=Acme, C=US',
      commonName: 'Leaf.Example.com',
      issuer: 'CN=Leaf.Example.com, O=Acme, C=US',
      serialNumber: 'AB12',
      notBefore: '2025-02-03T04:05:06.000Z',
      notAfter: '2027-02-03T04:05:06.000Z',
      dnsNames: ['leaf.example.com', '*.example.com'],
      ipAddresses: ['192.0.2.7', '2001:db8::1:0:0:1'],
      uris: ['spiffe://acme/ns/web'],
      ...keyFacts[kind],
      fingerprintSha256: await opensslStyleFingerprint(pem),
      selfSigned: true,
      isCA: false,
    });
    // The same fields as @peculiar/x509 reads them (it prints names in DER order).
    expect(facts.subject).toBe(library.subject.split(', ').reverse().join(', '));
    expect(facts.notAfter).toBe(library.notAfter.toISOString());
  });

  test('a CA certificate and a leaf it issued', async () => {
    const caKey = await generateKey('P-256');
    const leafKey = await generateKey('P-256');
    const ca = only(
      await issueCertificate({ subject: 'O=Acme, CN=Acme Root', key: caKey, ca: true }),
    );
    const leafPem = await issueCertificate({
      subject: 'CN=www.example.com',
      key: leafKey,
      issuer: { name: 'O=Acme, CN=Acme Root', key: caKey },
    });
    const leaf = only(leafPem);
    expect(ca).toMatchObject({ isCA: true, selfSigned: true, subject: 'CN=Acme Root, O=Acme' });
    expect(leaf).toMatchObject({
      isCA: false,
      selfSigned: false,
      issuer: 'CN=Acme Root, O=Acme',
      dnsNames: [],
    });
  });

  test('same name as the issuer but another key (AKI differs from SKI) is not self-signed', async () => {
    const key = await generateKey('P-256');
    const other = await generateKey('P-256');
    const pem = await issueCertificate({
      subject: 'CN=twin',
      key,
      issuer: { name: 'CN=twin', key: other },
    });
    expect(only(pem)).toMatchObject({ subject: 'CN=twin', issuer: 'CN=twin', selfSigned: false });
  });

  test('SAN IP addresses: dotted IPv4, RFC 5952 IPv6', async () => {
    const written: [string, string][] = [
      ['192.0.2.1', '192.0.2.1'],
      ['2001:db8:0:0:0:0:0:1', '2001:db8::1'],
      ['0:0:0:0:0:0:0:0', '::'],
      ['0:0:0:0:0:0:0:1', '::1'],
      ['2001:db8:0:1:1:1:1:1', '2001:db8:0:1:1:1:1:1'],
      ['2001:0:0:1:0:0:0:1', '2001:0:0:1::1'],
      ['2001:db8:0:0:1:0:0:1', '2001:db8::1:0:0:1'],
      ['FE80:0:0:0:0:0:0:0', 'fe80::'],
    ];
    const pem = await issueCertificate({
      subject: 'CN=ips',
      key: await generateKey('P-256'),
      ipAddresses: written.map(([address]) => address),
    });
    expect(only(pem).ipAddresses).toEqual(written.map(([, shown]) => shown));
  });

  test('without key identifiers, equal names alone make it self-signed', async () => {
    const pem = await issueCertificate({
      subject: 'CN=plain',
      key: await generateKey('P-256'),
      keyIdentifiers: false,
    });
    expect(only(pem).selfSigned).toBe(true);
  });
});

describe('certificate facts from OpenSSL fixtures', () => {
  test('RSA certificate with every SAN type and an escaped comma in O', async () => {
    const pem = fixture('rsa.crt');
    expect(only(pem)).toMatchObject({
      subject: 'CN=rsa.example.com, O=Acme\\, Inc., C=US',
      commonName: 'rsa.example.com',
      serialNumber: 'C0FFEE',
      dnsNames: ['rsa.example.com', '*.example.com'],
      ipAddresses: ['192.0.2.1', '2001:db8::1'],
      uris: ['spiffe://acme/ns/web'],
      keyAlgorithm: 'RSA',
      keySize: 2048,
      signatureAlgorithm: 'sha256WithRSAEncryption',
      fingerprintSha256: await opensslStyleFingerprint(pem),
      selfSigned: true,
    });
  });

  test('notAfter after 2049 is a GeneralizedTime', () => {
    const facts = only(fixture('ec.crt'));
    expect(Number(facts.notAfter.slice(0, 4))).toBeGreaterThan(2100);
    expect(facts.notAfter).toBe(parseWithLibrary(fixture('ec.crt')).notAfter.toISOString());
  });

  test.each([
    [
      'ec384.crt',
      {
        keyAlgorithm: 'ECDSA',
        curve: 'P-384',
        keySize: 384,
        signatureAlgorithm: 'ecdsa-with-SHA384',
      },
    ],
    ['ed25519.crt', { keyAlgorithm: 'Ed25519', signatureAlgorithm: 'ED25519', selfSigned: true }],
    ['cn-only.crt', { commonName: 'Legacy.Example.com', dnsNames: [] }],
    ['ca.crt', { isCA: true, selfSigned: true, subject: 'CN=Acme Test Root, O=Acme' }],
    [
      'leaf.crt',
      { isCA: false, selfSigned: false, serialNumber: '02', issuer: 'CN=Acme Test Root, O=Acme' },
    ],
  ] as const)('%s', (name, expected) => {
    expect(only(fixture(name))).toMatchObject(expected);
  });
});

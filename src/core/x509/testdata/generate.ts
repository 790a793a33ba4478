/**
 * Test-only: real certificates and keys made with WebCrypto and @peculiar/x509, so the tests
 * check the core against independent implementations. Not imported by the module itself.
 */
import 'reflect-metadata';
import * as x509 from '@peculiar/x509';

// The default provider is `globalThis.crypto` (Node 20 and browsers). Reached through
// @peculiar/x509 so this file needs no DOM or Node types (it sits under the core tsconfig).
const webCrypto = x509.cryptoProvider.get();
type KeyPair = Parameters<typeof x509.X509CertificateGenerator.createSelfSigned>[0]['keys'];
type SigningAlgorithm = Parameters<
  typeof x509.X509CertificateGenerator.createSelfSigned
>[0]['signingAlgorithm'];

export type KeyKind = 'RSA' | 'P-256' | 'P-384' | 'P-521' | 'Ed25519';

// Generation parameters double as signing parameters (the extra fields are ignored when signing).
const algorithms: Record<KeyKind, NonNullable<SigningAlgorithm> & Record<string, unknown>> = {
  RSA: {
    name: 'RSASSA-PKCS1-v1_5',
    modulusLength: 2048,
    publicExponent: new Uint8Array([1, 0, 1]),
    hash: 'SHA-256',
  },
  'P-256': { name: 'ECDSA', namedCurve: 'P-256', hash: 'SHA-256' },
  'P-384': { name: 'ECDSA', namedCurve: 'P-384', hash: 'SHA-384' },
  'P-521': { name: 'ECDSA', namedCurve: 'P-521', hash: 'SHA-512' },
  Ed25519: { name: 'Ed25519' },
};

/** A generated key pair and its PKCS#8 PEM. */
export interface TestKey {
  readonly kind: KeyKind;
  readonly pair: KeyPair;
  readonly pkcs8Pem: string;
}

function pem(label: string, der: ArrayBuffer): string {
  return x509.PemConverter.encode(der, label);
}

/** A fresh key pair. */
export async function generateKey(kind: KeyKind): Promise<TestKey> {
  const pair = (await webCrypto.subtle.generateKey(algorithms[kind], true, [
    'sign',
    'verify',
  ])) as KeyPair;
  const pkcs8 = await webCrypto.subtle.exportKey('pkcs8', pair.privateKey);
  return { kind, pair, pkcs8Pem: pem('PRIVATE KEY', pkcs8) };
}

/** What to put in a test certificate. */
export interface CertificateSpec {
  readonly subject: string;
  readonly key: TestKey;
  /** Issuer name and key; self-signed when absent. */
  readonly issuer?: { readonly name: string; readonly key: TestKey };
  readonly dnsNames?: readonly string[];
  readonly ipAddresses?: readonly string[];
  readonly uris?: readonly string[];
  readonly notBefore?: Date;
  readonly notAfter?: Date;
  readonly ca?: boolean;
  readonly serialNumber?: string;
  /** Add subject and authority key identifiers (default true). */
  readonly keyIdentifiers?: boolean;
}

/** Issues a certificate and returns its PEM. */
export async function issueCertificate(spec: CertificateSpec): Promise<string> {
  const issuerKey = spec.issuer?.key ?? spec.key;
  const extensions: x509.Extension[] = [];
  if (spec.ca !== undefined)
    extensions.push(new x509.BasicConstraintsExtension(spec.ca, undefined, true));
  const names = [
    ...(spec.dnsNames ?? []).map((value) => ({ type: 'dns' as const, value })),
    ...(spec.ipAddresses ?? []).map((value) => ({ type: 'ip' as const, value })),
    ...(spec.uris ?? []).map((value) => ({ type: 'url' as const, value })),
  ];
  if (names.length > 0) extensions.push(new x509.SubjectAlternativeNameExtension(names));
  if (spec.keyIdentifiers ?? true) {
    extensions.push(await x509.SubjectKeyIdentifierExtension.create(spec.key.pair.publicKey));
    extensions.push(await x509.AuthorityKeyIdentifierExtension.create(issuerKey.pair.publicKey));
  }
  const cert = await x509.X509CertificateGenerator.create({
    serialNumber: spec.serialNumber ?? '0a1b2c3d',
    subject: spec.subject,
    issuer: spec.issuer?.name ?? spec.subject,
    notBefore: spec.notBefore ?? new Date('2024-01-01T00:00:00Z'),
    notAfter: spec.notAfter ?? new Date('2034-01-01T00:00:00Z'),
    publicKey: spec.key.pair.publicKey,
    signingKey: issuerKey.pair.privateKey,
    signingAlgorithm: algorithms[issuerKey.kind],
    extensions,
  });
  return cert.toString('pem');
}

/** The library's own reading of a certificate, to compare the core's facts with. */
export function parseWithLibrary(certPem: string): x509.X509Certificate {
  return new x509.X509Certificate(certPem);
}

import { readFileSync } from 'node:fs';
import * as asn1js from 'asn1js';
import { describe, expect, test } from 'vitest';
import { privateKeyMatches } from './index';
import { generateKey, issueCertificate } from './testdata/generate';
import type { KeyKind } from './testdata/generate';

const fixture = (name: string): string =>
  readFileSync(new URL(`./testdata/${name}`, import.meta.url), 'utf8');

function pem(label: string, der: ArrayBuffer): string {
  const base64 = btoa(String.fromCharCode(...new Uint8Array(der)));
  return `-----BEGIN ${label}-----\n${base64.replace(/.{64}/g, '$&\n')}\n-----END ${label}-----\n`;
}

function base64url(text: string): Uint8Array {
  return Uint8Array.from(atob(text.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0));
}

describe('privateKeyMatches with OpenSSL fixtures', () => {
  test.each([
    ['rsa.crt', 'rsa-pkcs1.key', 'match'],
    ['rsa.crt', 'rsa-pkcs8.key', 'match'],
    ['ec.crt', 'ec-sec1.key', 'match'],
    ['ec.crt', 'ec-sec1-no-public.key', 'match'],
    ['ec.crt', 'ec-pkcs8-no-public.key', 'match'],
    ['cn-only.crt', 'ec-sec1.key', 'match'],
    ['ec384.crt', 'ec384-with-params.key', 'match'],
    ['ec384.crt', 'ec384-pkcs8.key', 'match'],
    ['ed25519.crt', 'ed25519.key', 'match'],
    ['leaf.crt', 'leaf.key', 'match'],
    ['chain-in-order.pem', 'leaf.key', 'match'],
    // The first certificate is the one that must match: here it is the CA.
    ['chain-wrong-order.pem', 'leaf.key', 'mismatch'],
    ['rsa.crt', 'ec-sec1.key', 'mismatch'],
    ['ec.crt', 'leaf.key', 'mismatch'],
    ['leaf.crt', 'ec-sec1-no-public.key', 'mismatch'],
    ['ec.crt', 'ec384-pkcs8.key', 'mismatch'],
    ['ed25519.crt', 'rsa-pkcs1.key', 'mismatch'],
    ['rsa.crt', 'rsa-encrypted-pkcs8.key', 'unknown'],
    ['rsa.crt', 'rsa-encrypted-legacy.key', 'unknown'],
  ])('%s with %s: %s', (cert, key, expected) => {
    expect(privateKeyMatches(fixture(cert), fixture(key))).toBe(expected);
  });

  test('unreadable sides are unknown', () => {
    expect(privateKeyMatches('garbage', fixture('rsa-pkcs1.key'))).toBe('unknown');
    expect(privateKeyMatches(fixture('rsa.crt'), 'garbage')).toBe('unknown');
  });
});

describe('privateKeyMatches with WebCrypto keys', () => {
  test.each(['RSA', 'P-256', 'P-384', 'P-521', 'Ed25519'] as KeyKind[])(
    '%s: own key matches, another key does not',
    async (kind) => {
      const [key, other] = await Promise.all([generateKey(kind), generateKey(kind)]);
      const cert = await issueCertificate({ subject: 'CN=k', key });
      expect(privateKeyMatches(cert, key.pkcs8Pem)).toBe('match');
      expect(privateKeyMatches(cert, other.pkcs8Pem)).toBe('mismatch');
    },
  );

  test.each(['P-256', 'P-384', 'P-521'] as const)(
    '%s bare SEC1 key (no curve, no public key) is derived on the certificate curve',
    async (kind) => {
      const [key, other] = await Promise.all([generateKey(kind), generateKey(kind)]);
      const cert = await issueCertificate({ subject: 'CN=k', key });
      const bare = async (k: typeof key): Promise<string> => {
        const jwk = await crypto.subtle.exportKey('jwk', k.pair.privateKey);
        const d = base64url(jwk.d ?? '');
        const sec1 = new asn1js.Sequence({
          value: [new asn1js.Integer({ value: 1 }), new asn1js.OctetString({ valueHex: d })],
        });
        return pem('EC PRIVATE KEY', sec1.toBER());
      };
      expect(privateKeyMatches(cert, await bare(key))).toBe('match');
      expect(privateKeyMatches(cert, await bare(other))).toBe('mismatch');
    },
  );

  test('Ed25519 PKCS#8 v2 (RFC 5958) compares the embedded public key', async () => {
    const [key, other] = await Promise.all([generateKey('Ed25519'), generateKey('Ed25519')]);
    const cert = await issueCertificate({ subject: 'CN=ed', key });
    const seed = base64url((await crypto.subtle.exportKey('jwk', key.pair.privateKey)).d ?? '');
    const v2 = async (publicKeyOf: typeof key): Promise<string> => {
      const publicKey = new Uint8Array(
        await crypto.subtle.exportKey('raw', publicKeyOf.pair.publicKey),
      );
      const info = new asn1js.Sequence({
        value: [
          new asn1js.Integer({ value: 1 }),
          new asn1js.Sequence({ value: [new asn1js.ObjectIdentifier({ value: '1.3.101.112' })] }),
          new asn1js.OctetString({ valueHex: new asn1js.OctetString({ valueHex: seed }).toBER() }),
          new asn1js.Primitive({
            idBlock: { tagClass: 3, tagNumber: 1 },
            valueHex: Uint8Array.of(0, ...publicKey),
          }),
        ],
      });
      return pem('PRIVATE KEY', info.toBER());
    };
    expect(privateKeyMatches(cert, await v2(key))).toBe('match');
    // The embedded key wins over the seed: a wrong one is reported as a mismatch.
    expect(privateKeyMatches(cert, await v2(other))).toBe('mismatch');
  });
});

describe('privateKeyMatches: which certificate is the leaf', () => {
  test('an unreadable first certificate makes the match unknown, even if a later one would match', () => {
    const broken = '-----BEGIN CERTIFICATE-----\nMAA=\n-----END CERTIFICATE-----\n';
    expect(privateKeyMatches(broken + fixture('leaf.crt'), fixture('leaf.key'))).toBe('unknown');
  });
});

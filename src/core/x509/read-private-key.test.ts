import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { readPrivateKey } from './index';
import { generateKey } from './testdata/generate';

const fixture = (name: string): string =>
  readFileSync(new URL(`./testdata/${name}`, import.meta.url), 'utf8');

describe('readPrivateKey: formats', () => {
  test.each([
    ['rsa-pkcs1.key', 'RSA'],
    ['rsa-pkcs8.key', 'RSA'],
    ['ec-sec1.key', 'ECDSA'],
    ['ec-sec1-no-public.key', 'ECDSA'],
    ['ec-pkcs8-no-public.key', 'ECDSA'],
    ['ec384-with-params.key', 'ECDSA'],
    ['ec384-pkcs8.key', 'ECDSA'],
    ['ed25519.key', 'Ed25519'],
  ])('%s is %s', (name, algorithm) => {
    expect(readPrivateKey(fixture(name))).toEqual({ algorithm, problems: [] });
  });

  test.each(['RSA', 'P-256', 'P-384', 'P-521', 'Ed25519'] as const)(
    'WebCrypto PKCS#8 %s',
    async (kind) => {
      const key = await generateKey(kind);
      expect(readPrivateKey(key.pkcs8Pem).problems).toEqual([]);
    },
  );

  test('CRLF and surrounding text', () => {
    const text = `Bag Attributes\r\n${fixture('rsa-pkcs1.key').replace(/\n/g, '\r\n')}\r\n\r\n`;
    expect(readPrivateKey(text)).toEqual({ algorithm: 'RSA', problems: [] });
  });

  test('the first key block counts when a certificate comes first', () => {
    expect(readPrivateKey(fixture('leaf.crt') + fixture('leaf.key')).problems).toEqual([]);
  });
});

describe('readPrivateKey: problems', () => {
  test('encrypted keys are KEY_ENCRYPTED, PKCS#8 and legacy Proc-Type alike', () => {
    expect(readPrivateKey(fixture('rsa-encrypted-pkcs8.key')).problems.map((p) => p.code)).toEqual([
      'KEY_ENCRYPTED',
    ]);
    expect(readPrivateKey(fixture('rsa-encrypted-legacy.key'))).toEqual({
      algorithm: 'RSA',
      problems: [{ code: 'KEY_ENCRYPTED', message: expect.any(String) }],
    });
  });

  test.each([
    ['', 'KEY_NOT_PEM'],
    ['garbage', 'KEY_NOT_PEM'],
    ['-----BEGIN PUBLIC KEY-----\nMAA=\n-----END PUBLIC KEY-----', 'KEY_NOT_PEM'],
    ['-----BEGIN PRIVATE KEY-----\n%%%\n-----END PRIVATE KEY-----', 'KEY_MALFORMED'],
    ['-----BEGIN PRIVATE KEY-----\nMAA=\n-----END PRIVATE KEY-----', 'KEY_MALFORMED'],
    ['-----BEGIN RSA PRIVATE KEY-----\nMAMCAQA=\n-----END RSA PRIVATE KEY-----', 'KEY_MALFORMED'],
    [
      '-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n-----END OPENSSH PRIVATE KEY-----',
      'KEY_MALFORMED',
    ],
  ])('%j is %s', (text, code) => {
    const facts = readPrivateKey(text);
    expect(facts.problems.map((p) => p.code)).toEqual([code]);
  });

  test('a certificate given as the key', () => {
    expect(readPrivateKey(fixture('leaf.crt')).problems).toEqual([
      { code: 'KEY_NOT_PEM', message: expect.stringContaining('found CERTIFICATE') },
    ]);
  });

  test('a damaged key body is KEY_MALFORMED', () => {
    const damaged = fixture('ec-sec1.key').replace(/\n(.)(.)/, '\n$2$1');
    expect(readPrivateKey(damaged).problems.map((p) => p.code)).toEqual(['KEY_MALFORMED']);
  });

  test('random PEM-wrapped bytes never throw', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 300 }),
        fc.constantFrom('PRIVATE KEY', 'RSA PRIVATE KEY', 'EC PRIVATE KEY'),
        (bytes, label) => {
          const text = `-----BEGIN ${label}-----\n${btoa(String.fromCharCode(...bytes))}\n-----END ${label}-----\n`;
          expect(readPrivateKey(text).problems.length).toBeLessThanOrEqual(1);
        },
      ),
    );
  });
});

import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  CertificateCache,
  certificateCovers,
  privateKeyMatches,
  readCertificateChain,
  readPrivateKey,
} from './index';
import { readPemBlocks } from './pem';

const fixture = (name: string): string =>
  readFileSync(new URL(`./testdata/${name}`, import.meta.url), 'utf8');

function armour(label: string, bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return `-----BEGIN ${label}-----\n${btoa(binary).replace(/.{64}/g, '$&\n')}\n-----END ${label}-----\n`;
}

/** Every entry point on one text; the point is that none of them throws. */
function readEverything(text: string): void {
  const chain = readCertificateChain(text);
  expect(Array.isArray(chain.problems)).toBe(true);
  expect(Array.isArray(readPrivateKey(text).problems)).toBe(true);
  expect(['match', 'mismatch', 'unknown']).toContain(privateKeyMatches(text, text));
  for (const cert of chain.certificates) certificateCovers(cert, 'a.example.com');
}

const leafDer = readPemBlocks(fixture('leaf.crt'))[0]?.der ?? new Uint8Array();
const keyDer = readPemBlocks(fixture('ec-sec1.key'))[0]?.der ?? new Uint8Array();

describe('untrusted input never throws', () => {
  test('random strings', () => {
    fc.assert(fc.property(fc.string({ maxLength: 2000 }), readEverything), { numRuns: 300 });
  });

  test('random bytes, raw and inside PEM armour', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 1500 }), (bytes) => {
        readEverything(String.fromCharCode(...bytes));
        readEverything(
          armour('CERTIFICATE', bytes) +
            armour('PRIVATE KEY', bytes) +
            armour('EC PRIVATE KEY', bytes),
        );
      }),
      { numRuns: 300 },
    );
  });

  test('a real certificate and key with bytes changed or cut off', () => {
    const mutate = (der: Uint8Array) =>
      fc
        .tuple(fc.nat(der.length - 1), fc.integer({ min: 1, max: 255 }), fc.nat(der.length))
        .map(([at, xor, cut]) => {
          const copy = der.slice(0, Math.max(cut, at + 1));
          copy[at] = (copy[at] ?? 0) ^ xor;
          return copy;
        });
    fc.assert(
      fc.property(mutate(leafDer), mutate(keyDer), (cert, key) => {
        const text = armour('CERTIFICATE', cert) + armour('EC PRIVATE KEY', key);
        readEverything(text);
        const problems = readCertificateChain(text).problems.map((p) => p.code);
        expect(problems.every((code) => code === 'CERT_MALFORMED')).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  test('hostile sizes and shapes return', () => {
    const cases = {
      'megabytes of base64': 'QUJD'.repeat(1_000_000),
      'megabytes of base64 inside armour': `-----BEGIN CERTIFICATE-----\n${'QUJD'.repeat(1_000_000)}\n-----END CERTIFICATE-----`,
      'many BEGIN lines without END': '-----BEGIN CERTIFICATE-----\n'.repeat(100_000),
      'many distinct labels without END': Array.from(
        { length: 50_000 },
        (_, i) => `-----BEGIN X${i}-----\n`,
      ).join(''),
      'deep indefinite-length nesting': armour(
        'CERTIFICATE',
        Uint8Array.from({ length: 200_000 }, (_, i) => (i % 2 ? 0x80 : 0x30)),
      ),
      'a huge declared length': armour(
        'CERTIFICATE',
        Uint8Array.of(0x30, 0x84, 0x7f, 0xff, 0xff, 0xff, 0x02, 0x01, 0x01),
      ),
      'a megabyte of NUL and binary': String.fromCharCode(...new Uint8Array(100_000)).repeat(10),
    };
    const cache = new CertificateCache();
    for (const [name, text] of Object.entries(cases)) {
      const start = performance.now();
      readEverything(text);
      const problems = cache.chain(text).problems;
      expect(problems.length).toBeLessThanOrEqual(12);
      expect(problems.every((p) => p.message.length < 300)).toBe(true);
      console.log(`${name}: ${(performance.now() - start).toFixed(0)} ms`);
    }
  });
});

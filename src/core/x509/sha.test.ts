import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { toHex } from './bytes';
import { sha256 } from './sha256';
import { sha512 } from './sha512';

const hashes = { 'SHA-256': sha256, 'SHA-512': sha512 } as const;
type HashName = keyof typeof hashes;
const names = Object.keys(hashes) as HashName[];

async function webCryptoHex(hash: HashName, data: Uint8Array<ArrayBuffer>): Promise<string> {
  return toHex(new Uint8Array(await crypto.subtle.digest(hash, data)));
}

describe('synchronous SHA-256 and SHA-512', () => {
  test('known answers for "abc" (FIPS 180-4 examples)', () => {
    const abc = new TextEncoder().encode('abc');
    expect(toHex(sha256(abc))).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
    expect(toHex(sha512(abc))).toBe(
      'ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f',
    );
  });

  test('agree with WebCrypto around every padding boundary', async () => {
    for (const length of [0, 1, 55, 56, 63, 64, 65, 111, 112, 119, 127, 128, 129, 1000]) {
      const data = Uint8Array.from({ length }, (_, i) => (i * 31 + length) & 0xff);
      for (const hash of names)
        expect(toHex(hashes[hash](data)), `${hash} of ${length} bytes`).toBe(
          await webCryptoHex(hash, data),
        );
    }
  });

  test('agree with WebCrypto on random input', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 600 }),
        fc.constantFrom(...names),
        async (data, hash) => {
          expect(toHex(hashes[hash](data))).toBe(await webCryptoHex(hash, data));
        },
      ),
      { numRuns: 200 },
    );
  });
});

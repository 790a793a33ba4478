import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { toHex } from './bytes';
import { digest } from './digest';

const hashes = ['SHA-1', 'SHA-256', 'SHA-384', 'SHA-512'] as const;

async function webCryptoHex(hash: (typeof hashes)[number], data: Uint8Array): Promise<string> {
  return toHex(new Uint8Array(await crypto.subtle.digest(hash, data)));
}

describe('synchronous SHA digests', () => {
  test('known answers for "abc" (FIPS 180-4 examples)', () => {
    const abc = new TextEncoder().encode('abc');
    expect(toHex(digest('SHA-1', abc))).toBe('a9993e364706816aba3e25717850c26c9cd0d89d');
    expect(toHex(digest('SHA-256', abc))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(toHex(digest('SHA-384', abc))).toBe(
      'cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed8086072ba1e7cc2358baeca134c825a7',
    );
    expect(toHex(digest('SHA-512', abc))).toBe(
      'ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f',
    );
  });

  test('agree with WebCrypto around every padding boundary', async () => {
    for (const length of [0, 1, 55, 56, 63, 64, 65, 111, 112, 119, 127, 128, 129, 1000]) {
      const data = Uint8Array.from({ length }, (_, i) => (i * 31 + length) & 0xff);
      for (const hash of hashes) expect(toHex(digest(hash, data)), `${hash} of ${length} bytes`).toBe(await webCryptoHex(hash, data));
    }
  });

  test('agree with WebCrypto on random input', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 600 }), fc.constantFrom(...hashes), async (data, hash) => {
        expect(toHex(digest(hash, data))).toBe(await webCryptoHex(hash, data));
      }),
      { numRuns: 200 },
    );
  });
});

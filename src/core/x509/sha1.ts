import { padMessage, readWord, wordsToBytes } from './hash-support';

// FIPS 180-4 §5.3.1 and §4.2.1 (the constants are 2^30 times the square roots of 2, 3, 5, 10).
const IV = [0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0];
const K = [0x5a827999, 0x6ed9eba1, 0x8f1bbcdc, 0xca62c1d6];

function rotl(x: number, n: number): number {
  return (x << n) | (x >>> (32 - n));
}

/** SHA-1, only to check legacy `sha1WithRSAEncryption` / `ecdsa-with-SHA1` self-signatures. */
export function sha1(message: Uint8Array): Uint8Array {
  const data = padMessage(message, 64, 8);
  const h = Uint32Array.from(IV);
  const w = new Uint32Array(80);
  for (let offset = 0; offset < data.length; offset += 64) {
    for (let t = 0; t < 16; t++) w[t] = readWord(data, offset + t * 4);
    for (let t = 16; t < 80; t++) w[t] = rotl((w[t - 3] ?? 0) ^ (w[t - 8] ?? 0) ^ (w[t - 14] ?? 0) ^ (w[t - 16] ?? 0), 1);
    let [a, b, c, d, e] = [h[0] ?? 0, h[1] ?? 0, h[2] ?? 0, h[3] ?? 0, h[4] ?? 0];
    for (let t = 0; t < 80; t++) {
      const f = t < 20 ? (b & c) | (~b & d) : t < 40 ? b ^ c ^ d : t < 60 ? (b & c) | (b & d) | (c & d) : b ^ c ^ d;
      const temp = (rotl(a, 5) + f + e + (K[Math.floor(t / 20)] ?? 0) + (w[t] ?? 0)) | 0;
      e = d;
      d = c;
      c = rotl(b, 30);
      b = a;
      a = temp;
    }
    const next = [a, b, c, d, e];
    for (let i = 0; i < 5; i++) h[i] = (h[i] ?? 0) + (next[i] ?? 0);
  }
  return wordsToBytes(h, 5);
}

import {
  firstPrimes,
  fractionalRootBits,
  padMessage,
  readWord,
  wordsToBytes,
} from './hash-support';

// 64-bit words are kept as pairs of 32-bit halves [high, low] in flat Uint32Arrays.
const primes = firstPrimes(80);
const K = Uint32Array.from(primes.flatMap((p) => fractionalRootBits(p, 3)));
const IV = Uint32Array.from(primes.slice(0, 8).flatMap((p) => fractionalRootBits(p, 2)));

const two32 = 0x100000000;

// Rotations by n in (0, 64), n !== 32, of the 64-bit word (h, l): high and low halves.
function rotrHigh(h: number, l: number, n: number): number {
  return n < 32 ? (h >>> n) | (l << (32 - n)) : (l >>> (n - 32)) | (h << (64 - n));
}
function rotrLow(h: number, l: number, n: number): number {
  return n < 32 ? (l >>> n) | (h << (32 - n)) : (h >>> (n - 32)) | (l << (64 - n));
}

function compress(state: Uint32Array, data: Uint8Array, offset: number, w: Uint32Array): void {
  for (let i = 0; i < 32; i++) w[i] = readWord(data, offset + i * 4);
  for (let t = 16; t < 80; t++) {
    const xh = w[(t - 15) * 2] ?? 0;
    const xl = w[(t - 15) * 2 + 1] ?? 0;
    const yh = w[(t - 2) * 2] ?? 0;
    const yl = w[(t - 2) * 2 + 1] ?? 0;
    const s0h = rotrHigh(xh, xl, 1) ^ rotrHigh(xh, xl, 8) ^ (xh >>> 7);
    const s0l = rotrLow(xh, xl, 1) ^ rotrLow(xh, xl, 8) ^ ((xl >>> 7) | (xh << 25));
    const s1h = rotrHigh(yh, yl, 19) ^ rotrHigh(yh, yl, 61) ^ (yh >>> 6);
    const s1l = rotrLow(yh, yl, 19) ^ rotrLow(yh, yl, 61) ^ ((yl >>> 6) | (yh << 26));
    const low = (s0l >>> 0) + (s1l >>> 0) + (w[(t - 16) * 2 + 1] ?? 0) + (w[(t - 7) * 2 + 1] ?? 0);
    w[t * 2] = s0h + s1h + (w[(t - 16) * 2] ?? 0) + (w[(t - 7) * 2] ?? 0) + Math.floor(low / two32);
    w[t * 2 + 1] = low;
  }
  const s = (i: number): number => state[i] ?? 0;
  let [ah, al, bh, bl, ch, cl, dh, dl] = [s(0), s(1), s(2), s(3), s(4), s(5), s(6), s(7)];
  let [eh, el, fh, fl, gh, gl, hh, hl] = [s(8), s(9), s(10), s(11), s(12), s(13), s(14), s(15)];
  for (let t = 0; t < 80; t++) {
    const sigma1h = rotrHigh(eh, el, 14) ^ rotrHigh(eh, el, 18) ^ rotrHigh(eh, el, 41);
    const sigma1l = rotrLow(eh, el, 14) ^ rotrLow(eh, el, 18) ^ rotrLow(eh, el, 41);
    const chooseH = (eh & fh) ^ (~eh & gh);
    const chooseL = (el & fl) ^ (~el & gl);
    // Low halves are summed unsigned so the carry into the high half is exact.
    const t1l = hl + (sigma1l >>> 0) + (chooseL >>> 0) + (K[t * 2 + 1] ?? 0) + (w[t * 2 + 1] ?? 0);
    const t1h =
      hh + sigma1h + chooseH + (K[t * 2] ?? 0) + (w[t * 2] ?? 0) + Math.floor(t1l / two32);
    const sigma0h = rotrHigh(ah, al, 28) ^ rotrHigh(ah, al, 34) ^ rotrHigh(ah, al, 39);
    const sigma0l = rotrLow(ah, al, 28) ^ rotrLow(ah, al, 34) ^ rotrLow(ah, al, 39);
    const t2l = (sigma0l >>> 0) + (((al & bl) ^ (al & cl) ^ (bl & cl)) >>> 0);
    const t2h = sigma0h + ((ah & bh) ^ (ah & ch) ^ (bh & ch)) + Math.floor(t2l / two32);
    const t1low = t1l % two32;
    [hh, hl, gh, gl, fh, fl] = [gh, gl, fh, fl, eh, el];
    const newEl = dl + t1low;
    [eh, el] = [(dh + t1h + Math.floor(newEl / two32)) >>> 0, newEl >>> 0];
    [dh, dl, ch, cl, bh, bl] = [ch, cl, bh, bl, ah, al];
    const newAl = t1low + (t2l % two32);
    [ah, al] = [(t1h + t2h + Math.floor(newAl / two32)) >>> 0, newAl >>> 0];
  }
  const next = [ah, al, bh, bl, ch, cl, dh, dl, eh, el, fh, fl, gh, gl, hh, hl];
  for (let i = 0; i < 16; i += 2) {
    const low = s(i + 1) + (next[i + 1] ?? 0);
    state[i] = s(i) + (next[i] ?? 0) + Math.floor(low / two32);
    state[i + 1] = low;
  }
}

/** SHA-512 (FIPS 180-4 §6.4), synchronous (WebCrypto's digest is async); Ed25519 needs it. */
export function sha512(message: Uint8Array): Uint8Array {
  const data = padMessage(message, 128, 16);
  const state = Uint32Array.from(IV);
  const w = new Uint32Array(160);
  for (let offset = 0; offset < data.length; offset += 128) compress(state, data, offset, w);
  return wordsToBytes(state, 16);
}

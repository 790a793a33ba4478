import { invert, mod, powMod } from './modular';
import { sha512 } from './sha512';

// Edwards25519 (RFC 8032 §5.1): -x² + y² = 1 + d·x²·y² over GF(2^255 - 19).
const p = 2n ** 255n - 19n;
const d = mod(-121665n * invert(121666n, p), p);
const sqrtMinusOne = powMod(2n, (p - 1n) / 4n, p);

/** Extended coordinates: x = X/Z, y = Y/Z, x·y = T/Z. */
interface Point {
  readonly x: bigint;
  readonly y: bigint;
  readonly z: bigint;
  readonly t: bigint;
}

const identity: Point = { x: 0n, y: 1n, z: 1n, t: 0n };

// RFC 8032 §5.1.4 addition; the formula is complete.
function add(a: Point, b: Point): Point {
  const pa = mod((a.y - a.x) * (b.y - b.x), p);
  const pb = ((a.y + a.x) * (b.y + b.x)) % p;
  const pc = (((a.t * 2n * d) % p) * b.t) % p;
  const pd = (a.z * 2n * b.z) % p;
  const [e, f, g, h] = [pb - pa, pd - pc, pd + pc, pb + pa];
  return { x: mod(e * f, p), y: mod(g * h, p), t: mod(e * h, p), z: mod(f * g, p) };
}

// RFC 8032 §5.1.4 doubling.
function double(a: Point): Point {
  const xx = (a.x * a.x) % p;
  const yy = (a.y * a.y) % p;
  const c = (2n * a.z * a.z) % p;
  const h = xx + yy;
  const e = h - (((a.x + a.y) * (a.x + a.y)) % p);
  const g = xx - yy;
  const f = c + g;
  return { x: mod(e * f, p), y: mod(g * h, p), t: mod(e * h, p), z: mod(f * g, p) };
}

function multiply(k: bigint, pt: Point): Point {
  let acc = identity;
  for (let i = k.toString(2).length - 1; i >= 0; i--) {
    acc = double(acc);
    if ((k >> BigInt(i)) & 1n) acc = add(acc, pt);
  }
  return acc;
}

function littleEndian(bytes: Uint8Array): bigint {
  let n = 0n;
  for (let i = bytes.length - 1; i >= 0; i--) n = (n << 8n) | BigInt(bytes[i] ?? 0);
  return n;
}

function encode(pt: Point): Uint8Array {
  const zi = invert(pt.z, p);
  const x = mod(pt.x * zi, p);
  let y = mod(pt.y * zi, p) | ((x & 1n) << 255n);
  const out = new Uint8Array(32);
  for (let i = 0; i < 32; i++, y >>= 8n) out[i] = Number(y & 0xffn);
  return out;
}

/** RFC 8032 §5.1.3 point decoding; undefined when the bytes are not a point. */
function decode(bytes: Uint8Array): Point | undefined {
  if (bytes.length !== 32) return undefined;
  const packed = littleEndian(bytes);
  const y = packed & ((1n << 255n) - 1n);
  const sign = packed >> 255n;
  if (y >= p) return undefined;
  const u = mod(y * y - 1n, p);
  const v = mod(d * y * y + 1n, p);
  let x = mod(u * powMod(v, 3n, p) * powMod(u * powMod(v, 7n, p), (p - 5n) / 8n, p), p);
  const vxx = mod(v * x * x, p);
  if (vxx !== u) {
    if (vxx !== mod(-u, p)) return undefined;
    x = mod(x * sqrtMinusOne, p);
  }
  if (x === 0n && sign === 1n) return undefined;
  if ((x & 1n) !== sign) x = p - x;
  return { x, y, z: 1n, t: mod(x * y, p) };
}

// The base point B has y = 4/5 and an even x; this is its standard encoding (58 66 66 … 66).
const base = decode(Uint8Array.from({ length: 32 }, (_, i) => (i === 0 ? 0x58 : 0x66))) ?? identity;

/** The public key of a 32-byte Ed25519 private key (RFC 8032 §5.1.5). */
export function ed25519PublicKey(seed: Uint8Array): Uint8Array | undefined {
  if (seed.length !== 32) return undefined;
  const h = sha512(seed).slice(0, 32);
  h[0] = (h[0] ?? 0) & 248;
  h[31] = ((h[31] ?? 0) & 127) | 64;
  return encode(multiply(littleEndian(h), base));
}

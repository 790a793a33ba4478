import { toBigInt } from './bytes';
import type { Curve } from './ec-curves';

/** A point in affine coordinates; the point at infinity is represented by `undefined`. */
export interface AffinePoint {
  readonly x: bigint;
  readonly y: bigint;
}

// Jacobian coordinates (X/Z², Y/Z³) avoid an inversion per step; z === 0n is infinity.
interface JacobianPoint {
  readonly x: bigint;
  readonly y: bigint;
  readonly z: bigint;
}

const infinity: JacobianPoint = { x: 1n, y: 1n, z: 0n };

function mod(a: bigint, m: bigint): bigint {
  const r = a % m;
  return r < 0n ? r + m : r;
}

/** a⁻¹ mod m (m prime, a ≠ 0 mod m), by the extended Euclidean algorithm. */
export function invert(a: bigint, m: bigint): bigint {
  let [r0, r1] = [mod(a, m), m];
  let [s0, s1] = [1n, 0n];
  while (r1 !== 0n) {
    const q = r0 / r1;
    [r0, r1] = [r1, r0 - q * r1];
    [s0, s1] = [s1, s0 - q * s1];
  }
  return mod(s0, m);
}

function double(pt: JacobianPoint, c: Curve): JacobianPoint {
  if (pt.z === 0n || pt.y === 0n) return infinity;
  const { p } = c;
  const yy = (pt.y * pt.y) % p;
  const zz = (pt.z * pt.z) % p;
  const s = (4n * pt.x * yy) % p;
  const m = mod(3n * pt.x * pt.x + c.a * ((zz * zz) % p), p);
  const x = mod(m * m - 2n * s, p);
  const y = mod(m * (s - x) - 8n * ((yy * yy) % p), p);
  return { x, y, z: (2n * pt.y * pt.z) % p };
}

function add(a: JacobianPoint, b: JacobianPoint, c: Curve): JacobianPoint {
  if (a.z === 0n) return b;
  if (b.z === 0n) return a;
  const { p } = c;
  const za2 = (a.z * a.z) % p;
  const zb2 = (b.z * b.z) % p;
  const u1 = (a.x * zb2) % p;
  const u2 = (b.x * za2) % p;
  const s1 = (a.y * ((zb2 * b.z) % p)) % p;
  const s2 = (b.y * ((za2 * a.z) % p)) % p;
  if (u1 === u2) return s1 === s2 ? double(a, c) : infinity;
  const h = mod(u2 - u1, p);
  const r = mod(s2 - s1, p);
  const hh = (h * h) % p;
  const hhh = (hh * h) % p;
  const v = (u1 * hh) % p;
  const x = mod(r * r - hhh - 2n * v, p);
  const y = mod(r * (v - x) - s1 * hhh, p);
  return { x, y, z: (((a.z * b.z) % p) * h) % p };
}

function toAffine(pt: JacobianPoint, c: Curve): AffinePoint | undefined {
  if (pt.z === 0n) return undefined;
  const zi = invert(pt.z, c.p);
  const zi2 = (zi * zi) % c.p;
  return { x: (pt.x * zi2) % c.p, y: (pt.y * ((zi2 * zi) % c.p)) % c.p };
}

const jacobian = (pt: AffinePoint): JacobianPoint => ({ x: pt.x, y: pt.y, z: 1n });

/** u1·G + u2·Q by interleaved double-and-add (Shamir's trick); u2/Q may be omitted. */
export function multiplyAdd(c: Curve, u1: bigint, u2 = 0n, q?: AffinePoint): AffinePoint | undefined {
  const g = jacobian({ x: c.gx, y: c.gy });
  const qj = q ? jacobian(q) : infinity;
  const gq = add(g, qj, c);
  let acc = infinity;
  const bits = Math.max(u1.toString(2).length, u2.toString(2).length);
  for (let i = bits - 1; i >= 0; i--) {
    acc = double(acc, c);
    const b1 = (u1 >> BigInt(i)) & 1n;
    const b2 = (u2 >> BigInt(i)) & 1n;
    if (b1 && b2) acc = add(acc, gq, c);
    else if (b1) acc = add(acc, g, c);
    else if (b2) acc = add(acc, qj, c);
  }
  return toAffine(acc, c);
}

/** True when (x, y) is a point of the curve with coordinates in range. */
export function isOnCurve(pt: AffinePoint, c: Curve): boolean {
  if (pt.x < 0n || pt.x >= c.p || pt.y < 0n || pt.y >= c.p) return false;
  return mod(pt.y * pt.y - (pt.x * pt.x * pt.x + c.a * pt.x + c.b), c.p) === 0n;
}

function powMod(base: bigint, exponent: bigint, m: bigint): bigint {
  let result = 1n;
  let b = mod(base, m);
  for (let e = exponent; e > 0n; e >>= 1n) {
    if (e & 1n) result = (result * b) % m;
    b = (b * b) % m;
  }
  return result;
}

/** Decodes a SEC1 point (uncompressed 04‖X‖Y or compressed 02/03‖X); undefined when invalid. */
export function decodePoint(bytes: Uint8Array, c: Curve): AffinePoint | undefined {
  const size = c.size;
  const x = toBigInt(bytes.subarray(1, 1 + size));
  let point: AffinePoint;
  if (bytes[0] === 4 && bytes.length === 1 + 2 * size) {
    point = { x, y: toBigInt(bytes.subarray(1 + size)) };
  } else if ((bytes[0] === 2 || bytes[0] === 3) && bytes.length === 1 + size) {
    // The NIST primes are 3 mod 4, so a square root is a single exponentiation.
    let y = powMod(x * x * x + c.a * x + c.b, (c.p + 1n) / 4n, c.p);
    if ((y & 1n) !== BigInt(bytes[0] & 1)) y = mod(-y, c.p);
    point = { x, y };
  } else {
    return undefined;
  }
  return isOnCurve(point, c) ? point : undefined;
}

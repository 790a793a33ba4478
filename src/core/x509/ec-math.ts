import { toBigInt } from './bytes';
import type { Curve } from './ec-curves';
import { invert, mod, powMod } from './modular';

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

// Doubling for a = −3, which holds for every curve in ec-curves.ts (P-256, P-384, P-521):
// 3·(X − Z²)·(X + Z²) replaces 3·X² + a·Z⁴ and saves two multiplications.
function double(pt: JacobianPoint, c: Curve): JacobianPoint {
  if (pt.z === 0n || pt.y === 0n) return infinity;
  const { p } = c;
  const delta = (pt.z * pt.z) % p;
  const gamma = (pt.y * pt.y) % p;
  const beta = (pt.x * gamma) % p;
  const alpha = (3n * (((pt.x + p - delta) * (pt.x + delta)) % p)) % p;
  const x = mod(alpha * alpha - 8n * beta, p);
  const z = mod((pt.y + pt.z) * (pt.y + pt.z) - gamma - delta, p);
  const y = mod(alpha * (4n * beta - x) - 8n * ((gamma * gamma) % p), p);
  return { x, y, z };
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

/** k·G by double-and-add (public keys of private scalars; no secret is at stake here). */
export function multiplyBase(c: Curve, k: bigint): AffinePoint | undefined {
  const g = jacobian({ x: c.gx, y: c.gy });
  let acc = infinity;
  for (let i = k.toString(2).length - 1; i >= 0; i--) {
    acc = double(acc, c);
    if ((k >> BigInt(i)) & 1n) acc = add(acc, g, c);
  }
  return toAffine(acc, c);
}

/** True when (x, y) is a point of the curve with coordinates in range. */
export function isOnCurve(pt: AffinePoint, c: Curve): boolean {
  if (pt.x < 0n || pt.x >= c.p || pt.y < 0n || pt.y >= c.p) return false;
  return mod(pt.y * pt.y - (pt.x * pt.x * pt.x + c.a * pt.x + c.b), c.p) === 0n;
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

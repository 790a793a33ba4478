import { describe, expect, test } from 'vitest';
import { toBigInt } from './bytes';
import { curveByOid } from './ec-curves';
import type { Curve } from './ec-curves';
import { decodePoint, isOnCurve, multiplyBase } from './ec-math';
import { generateKey } from './testdata/generate';

const curves: [string, string][] = [
  ['P-256', '1.2.840.10045.3.1.7'],
  ['P-384', '1.3.132.0.34'],
  ['P-521', '1.3.132.0.35'],
];

describe.each(curves)('%s arithmetic', (name, oid) => {
  const curve = curveByOid(oid) as Curve;

  test('domain parameters: G on the curve, a = p − 3, n·G = infinity', () => {
    expect(curve.name).toBe(name);
    expect(curve.a).toBe(curve.p - 3n);
    expect(isOnCurve({ x: curve.gx, y: curve.gy }, curve)).toBe(true);
    expect(multiplyBase(curve, curve.n)).toBeUndefined();
    expect(multiplyBase(curve, 1n)).toEqual({ x: curve.gx, y: curve.gy });
  });

  test('d·G equals the public key WebCrypto made; compressed points decode to it', async () => {
    const key = await generateKey(name as 'P-256' | 'P-384' | 'P-521');
    const jwk = await crypto.subtle.exportKey('jwk', key.pair.privateKey);
    const big = (b64url: string | undefined) =>
      toBigInt(
        Uint8Array.from(atob((b64url ?? '').replace(/-/g, '+').replace(/_/g, '/')), (c) =>
          c.charCodeAt(0),
        ),
      );
    const expected = { x: big(jwk.x), y: big(jwk.y) };
    expect(multiplyBase(curve, big(jwk.d))).toEqual(expected);
    const raw = new Uint8Array(await crypto.subtle.exportKey('raw', key.pair.publicKey));
    expect(decodePoint(raw, curve)).toEqual(expected);
    const compressed = Uint8Array.of(
      2 + Number(expected.y & 1n),
      ...raw.subarray(1, 1 + curve.size),
    );
    expect(decodePoint(compressed, curve)).toEqual(expected);
    const offCurve = raw.slice();
    offCurve[offCurve.length - 1] = (offCurve[offCurve.length - 1] ?? 0) ^ 1;
    expect(decodePoint(offCurve, curve)).toBeUndefined();
    expect(decodePoint(raw.subarray(0, 10), curve)).toBeUndefined();
  });
});

import { ed25519 } from '@noble/curves/ed25519.js';
import { p256, p384, p521 } from '@noble/curves/nist.js';
import { equalBytes, numberToBytesBE } from '@noble/curves/utils.js';
import { keyAlgorithmOids } from './algorithms';
import type { PrivateKeyMaterial } from './private-key-formats';
import type { PublicKeyMaterial } from './public-key';
import type { KeyMatch } from './types';

type EcPrivateKey = Extract<PrivateKeyMaterial, { type: 'ec' }>;
type EcPublicKey = Extract<PublicKeyMaterial, { type: 'ec' }>;
type RawPrivateKey = Extract<PrivateKeyMaterial, { type: 'raw' }>;
type RawPublicKey = Extract<PublicKeyMaterial, { type: 'raw' }>;
type Curve = typeof p256;
type Point = ReturnType<Curve['Point']['fromBytes']>;

/** The curves whose public keys the core can derive, by named-curve OID. */
const curves: Readonly<Record<string, Curve>> = {
  '1.2.840.10045.3.1.7': p256,
  '1.3.132.0.34': p384,
  '1.3.132.0.35': p521,
};

/** A SEC1 point (uncompressed or compressed) on `curve`; undefined when it is not one. */
function decodePoint(curve: Curve, bytes: Uint8Array): Point | undefined {
  try {
    return curve.Point.fromBytes(bytes);
  } catch {
    return undefined;
  }
}

/** d·G, when d is a valid private scalar of `curve`. */
function derivePoint(curve: Curve, d: bigint): Point | undefined {
  if (d <= 0n || d >= curve.Point.Fn.ORDER) return undefined;
  const secretKey = numberToBytesBE(d, curve.Point.Fn.BYTES);
  return decodePoint(curve, curve.getPublicKey(secretKey, false));
}

/** The public key of a 32-byte Ed25519 private key (RFC 8032 §5.1.5). */
function ed25519PublicKey(seed: Uint8Array): Uint8Array | undefined {
  return seed.length === 32 ? ed25519.getPublicKey(seed) : undefined;
}

function matchEc(cert: EcPublicKey, key: EcPrivateKey): KeyMatch {
  if (key.curveOid !== undefined && key.curveOid !== cert.curveOid) return 'mismatch';
  const curve = curves[cert.curveOid];
  if (!curve) {
    if (!key.publicPoint) return 'unknown';
    return equalBytes(key.publicPoint, cert.point) ? 'match' : 'unknown';
  }
  const certPoint = decodePoint(curve, cert.point);
  if (!certPoint) return 'unknown';
  // Prefer the public key the file embeds; derive d·G only when it is absent or invalid.
  const keyPoint =
    (key.publicPoint && decodePoint(curve, key.publicPoint)) ?? derivePoint(curve, key.d);
  if (!keyPoint) return 'unknown';
  return keyPoint.equals(certPoint) ? 'match' : 'mismatch';
}

function matchRaw(cert: RawPublicKey, key: RawPrivateKey): KeyMatch {
  if (cert.algorithmOid !== key.algorithmOid) return 'mismatch';
  const canDerive = key.algorithmOid === keyAlgorithmOids.ed25519 && key.privateKey;
  const publicKey = key.publicKey ?? (canDerive ? ed25519PublicKey(key.privateKey) : undefined);
  if (!publicKey) return 'unknown';
  return equalBytes(publicKey, cert.key) ? 'match' : 'mismatch';
}

/**
 * Whether `key` is the private half of `cert`: RSA compares modulus and exponent; EC compares the
 * public point (embedded, or derived from the private scalar with @noble/curves on P-256, P-384
 * and P-521); Ed25519 compares the public key (embedded in a PKCS#8 v2 key, or derived from the
 * seed); Ed448 only when the key embeds it.
 */
export function matchKey(cert: PublicKeyMaterial, key: PrivateKeyMaterial): KeyMatch {
  if (cert.type === 'rsa' && key.type === 'rsa')
    return cert.n === key.n && cert.e === key.e ? 'match' : 'mismatch';
  if (cert.type === 'ec' && key.type === 'ec') return matchEc(cert, key);
  if (cert.type === 'raw' && key.type === 'raw') return matchRaw(cert, key);
  return 'mismatch';
}

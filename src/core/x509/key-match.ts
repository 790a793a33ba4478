import { keyAlgorithmOids } from './algorithms';
import { bytesEqual } from './bytes';
import { curveByOid } from './ec-curves';
import { decodePoint, multiplyBase } from './ec-math';
import type { AffinePoint } from './ec-math';
import { ed25519PublicKey } from './ed25519';
import type { PrivateKeyMaterial } from './private-key-formats';
import type { PublicKeyMaterial } from './public-key';
import type { KeyMatch } from './types';

type EcPrivateKey = Extract<PrivateKeyMaterial, { type: 'ec' }>;
type EcPublicKey = Extract<PublicKeyMaterial, { type: 'ec' }>;
type RawPrivateKey = Extract<PrivateKeyMaterial, { type: 'raw' }>;
type RawPublicKey = Extract<PublicKeyMaterial, { type: 'raw' }>;

function matchEc(cert: EcPublicKey, key: EcPrivateKey): KeyMatch {
  if (key.curveOid !== undefined && key.curveOid !== cert.curveOid) return 'mismatch';
  const curve = curveByOid(cert.curveOid);
  if (!curve) {
    if (!key.publicPoint) return 'unknown';
    return bytesEqual(key.publicPoint, cert.point) ? 'match' : 'unknown';
  }
  const certPoint = decodePoint(cert.point, curve);
  if (!certPoint) return 'unknown';
  // Prefer the public key the file embeds; derive d·G only when it is absent or invalid.
  let keyPoint: AffinePoint | undefined = key.publicPoint
    ? decodePoint(key.publicPoint, curve)
    : undefined;
  if (!keyPoint && key.d > 0n && key.d < curve.n) keyPoint = multiplyBase(curve, key.d);
  if (!keyPoint) return 'unknown';
  return keyPoint.x === certPoint.x && keyPoint.y === certPoint.y ? 'match' : 'mismatch';
}

function matchRaw(cert: RawPublicKey, key: RawPrivateKey): KeyMatch {
  if (cert.algorithmOid !== key.algorithmOid) return 'mismatch';
  const derived =
    key.algorithmOid === keyAlgorithmOids.ed25519 && key.privateKey
      ? ed25519PublicKey(key.privateKey)
      : undefined;
  const publicKey = key.publicKey ?? derived;
  if (!publicKey) return 'unknown';
  return bytesEqual(publicKey, cert.key) ? 'match' : 'mismatch';
}

/**
 * Whether `key` is the private half of `cert`: RSA compares modulus and exponent; EC compares the
 * public point (embedded, or derived by scalar multiplication); Ed25519 compares the public key
 * (embedded in a PKCS#8 v2 key, or derived from the seed); Ed448 only when the key embeds it.
 */
export function matchKey(cert: PublicKeyMaterial, key: PrivateKeyMaterial): KeyMatch {
  if (cert.type === 'rsa' && key.type === 'rsa')
    return cert.n === key.n && cert.e === key.e ? 'match' : 'mismatch';
  if (cert.type === 'ec' && key.type === 'ec') return matchEc(cert, key);
  if (cert.type === 'raw' && key.type === 'raw') return matchRaw(cert, key);
  return 'mismatch';
}

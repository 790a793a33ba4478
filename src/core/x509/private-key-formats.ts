import { keyAlgorithmName, keyAlgorithmOids } from './algorithms';
import { toBigInt } from './bytes';
import {
  DerError,
  bitString,
  children,
  content,
  decodeDer,
  isContext,
  octetString,
  oid,
  sequence,
} from './der';
import type { DerNode } from './der';
import { namedCurveOid, readRsaModulusAndExponent } from './public-key';

/** What key matching needs from a private key. */
export type PrivateKeyMaterial =
  | { readonly type: 'rsa'; readonly n: bigint; readonly e: bigint }
  /** `curveOid` is absent only for a bare SEC1 key without parameters. */
  | {
      readonly type: 'ec';
      readonly curveOid?: string;
      readonly d: bigint;
      readonly publicPoint?: Uint8Array;
    }
  /** EdDSA and anything else: the private bytes and, when the encoding carries it, the public key. */
  | {
      readonly type: 'raw';
      readonly algorithmOid: string;
      readonly privateKey?: Uint8Array;
      readonly publicKey?: Uint8Array;
    };

/** A decoded key and its display name. */
export interface DecodedPrivateKey {
  readonly algorithm: string;
  readonly material: PrivateKeyMaterial;
}

/** PKCS#1 RSAPrivateKey (`RSA PRIVATE KEY`): version, n, e, d, p, q, … */
export function readRsaPrivateKey(der: Uint8Array): DecodedPrivateKey {
  const fields = sequence(decodeDer(der));
  if (fields.length < 9) throw new DerError('RSAPrivateKey has too few fields');
  const { n, e } = readRsaModulusAndExponent(fields.slice(1));
  return { algorithm: 'RSA', material: { type: 'rsa', n: toBigInt(n), e: toBigInt(e) } };
}

/** SEC1 ECPrivateKey (`EC PRIVATE KEY`); `outerCurveOid` comes from PKCS#8 or an `EC PARAMETERS` block. */
export function readEcPrivateKey(der: Uint8Array, outerCurveOid?: string): DecodedPrivateKey {
  const [version, privateKey, ...optional] = sequence(decodeDer(der));
  if (!version || !privateKey) throw new DerError('ECPrivateKey has too few fields');
  const d = toBigInt(octetString(privateKey));
  const parameters = optional.find((f) => isContext(f, 0));
  const publicKey = optional.find((f) => isContext(f, 1));
  const curveOid = parameters ? namedCurveOid(children(parameters)[0]) : outerCurveOid;
  if (curveOid && outerCurveOid && curveOid !== outerCurveOid)
    throw new DerError('EC key names two different curves');
  const publicPoint = publicKey ? bitString(children(publicKey)[0]) : undefined;
  return {
    algorithm: 'ECDSA',
    material: {
      type: 'ec',
      d,
      ...(curveOid ? { curveOid } : {}),
      ...(publicPoint ? { publicPoint } : {}),
    },
  };
}

// [1] IMPLICIT BIT STRING: the content starts with the unused-bits count.
function implicitBitString(node: DerNode): Uint8Array {
  const bytes = content(node);
  if (bytes[0] !== 0) throw new DerError('expected a whole-byte BIT STRING');
  return bytes.subarray(1);
}

/** PKCS#8 PrivateKeyInfo / RFC 5958 OneAsymmetricKey (`PRIVATE KEY`). */
export function readPkcs8PrivateKey(der: Uint8Array): DecodedPrivateKey {
  const [, algorithmIdentifier, privateKey, ...optional] = sequence(decodeDer(der));
  const [algorithmNode, parameters] = sequence(algorithmIdentifier);
  const algorithmOid = oid(algorithmNode);
  const inner = octetString(privateKey);
  if (algorithmOid === keyAlgorithmOids.rsa || algorithmOid === keyAlgorithmOids.rsaPss) {
    return { ...readRsaPrivateKey(inner), algorithm: keyAlgorithmName(algorithmOid) };
  }
  if (algorithmOid === keyAlgorithmOids.ec)
    return readEcPrivateKey(inner, namedCurveOid(parameters));
  const publicNode = optional.find((f) => isContext(f, 1));
  const publicKey = publicNode ? implicitBitString(publicNode) : undefined;
  // EdDSA (RFC 8410): the private key is a CurvePrivateKey OCTET STRING inside the OCTET STRING.
  const isEdDsa =
    algorithmOid === keyAlgorithmOids.ed25519 || algorithmOid === keyAlgorithmOids.ed448;
  const raw = isEdDsa ? octetString(decodeDer(inner)) : inner;
  return {
    algorithm: keyAlgorithmName(algorithmOid),
    material: { type: 'raw', algorithmOid, privateKey: raw, ...(publicKey ? { publicKey } : {}) },
  };
}

import { keyAlgorithmName, keyAlgorithmOids, namedCurves } from './algorithms';
import { bitLength, toBigInt } from './bytes';
import { DerError, bitString, decodeDer, oid, sequence, unsignedInteger } from './der';
import type { DerNode } from './der';

/** The key itself, in the form key matching compares. */
export type PublicKeyMaterial =
  | { readonly type: 'rsa'; readonly n: bigint; readonly e: bigint }
  /** `point` is the SEC1 encoding as found (uncompressed or compressed). */
  | { readonly type: 'ec'; readonly curveOid: string; readonly point: Uint8Array }
  /** Ed25519, Ed448 and anything else: the raw subjectPublicKey bits. */
  | { readonly type: 'raw'; readonly algorithmOid: string; readonly key: Uint8Array };

/** A decoded SubjectPublicKeyInfo. */
export interface SubjectPublicKey {
  readonly algorithm: string;
  readonly keySize?: number;
  readonly curve?: string;
  readonly material: PublicKeyMaterial;
}

/** Reads an RSAPublicKey (PKCS#1) or the n/e pair at the start of an RSAPrivateKey. */
export function readRsaModulusAndExponent(fields: readonly DerNode[]): {
  n: Uint8Array;
  e: Uint8Array;
} {
  return { n: unsignedInteger(fields[0]), e: unsignedInteger(fields[1]) };
}

/** The curve OID from EC domain parameters; explicit (unnamed) parameters are not supported. */
export function namedCurveOid(parameters: DerNode | undefined): string {
  try {
    return oid(parameters);
  } catch {
    throw new DerError('EC key without a named curve');
  }
}

/** Reads a SubjectPublicKeyInfo. */
export function readSubjectPublicKeyInfo(node: DerNode): SubjectPublicKey {
  const [algorithmIdentifier, keyBits] = sequence(node);
  const [algorithmNode, parameters] = sequence(algorithmIdentifier);
  const algorithmOid = oid(algorithmNode);
  const key = bitString(keyBits);
  const algorithm = keyAlgorithmName(algorithmOid);
  if (algorithmOid === keyAlgorithmOids.rsa || algorithmOid === keyAlgorithmOids.rsaPss) {
    const { n, e } = readRsaModulusAndExponent(sequence(decodeDer(key)));
    return {
      algorithm,
      keySize: bitLength(n),
      material: { type: 'rsa', n: toBigInt(n), e: toBigInt(e) },
    };
  }
  if (algorithmOid === keyAlgorithmOids.ec) {
    const curveOid = namedCurveOid(parameters);
    const curve = namedCurves[curveOid];
    const material = { type: 'ec', curveOid, point: key } as const;
    return curve
      ? { algorithm, keySize: curve.bits, curve: curve.name, material }
      : { algorithm, curve: curveOid, material };
  }
  return { algorithm, material: { type: 'raw', algorithmOid, key } };
}

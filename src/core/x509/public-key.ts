import { bitLen, bytesToNumberBE } from '@noble/curves/utils.js';
import { ECParameters } from '@peculiar/asn1-ecc';
import { RSAPublicKey } from '@peculiar/asn1-rsa';
import type { SubjectPublicKeyInfo } from '@peculiar/asn1-x509';
import { keyAlgorithmName, keyAlgorithmOids, namedCurves } from './algorithms';
import { DecodeError, decodeAsn } from './decode-asn';

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

/** The named curve's OID; explicit (unnamed) domain parameters are not supported. */
export function namedCurveOid(parameters: ECParameters | undefined): string {
  if (!parameters?.namedCurve) throw new DecodeError('EC key without a named curve');
  return parameters.namedCurve;
}

/** The same for parameters still encoded: an AlgorithmIdentifier's, or an `EC PARAMETERS` block. */
export function decodeNamedCurveOid(encoded: Uint8Array | ArrayBuffer | null | undefined): string {
  return namedCurveOid(encoded ? decodeAsn(encoded, ECParameters, 'EC parameters') : undefined);
}

/** Reads a SubjectPublicKeyInfo as @peculiar/asn1-x509 parsed it. */
export function readSubjectPublicKeyInfo(spki: SubjectPublicKeyInfo): SubjectPublicKey {
  const algorithmOid = spki.algorithm.algorithm;
  const key = new Uint8Array(spki.subjectPublicKey);
  const algorithm = keyAlgorithmName(algorithmOid);
  if (algorithmOid === keyAlgorithmOids.rsa || algorithmOid === keyAlgorithmOids.rsaPss) {
    const rsa = decodeAsn(key, RSAPublicKey, 'an RSA public key');
    const n = bytesToNumberBE(new Uint8Array(rsa.modulus));
    const e = bytesToNumberBE(new Uint8Array(rsa.publicExponent));
    return { algorithm, keySize: bitLen(n), material: { type: 'rsa', n, e } };
  }
  if (algorithmOid === keyAlgorithmOids.ec) {
    const curveOid = decodeNamedCurveOid(spki.algorithm.parameters);
    const curve = namedCurves[curveOid];
    const material = { type: 'ec', curveOid, point: key } as const;
    return curve
      ? { algorithm, keySize: curve.bits, curve: curve.name, material }
      : { algorithm, curve: curveOid, material };
  }
  return { algorithm, material: { type: 'raw', algorithmOid, key } };
}

import { bytesToNumberBE } from '@noble/curves/utils.js';
import { OneAsymmetricKey } from '@peculiar/asn1-asym-key';
import { ECPrivateKey } from '@peculiar/asn1-ecc';
import { RSAPrivateKey } from '@peculiar/asn1-rsa';
import { OctetString } from '@peculiar/asn1-schema';
import { keyAlgorithmName, keyAlgorithmOids } from './algorithms';
import { DecodeError, decodeAsn } from './decode-asn';
import { decodeNamedCurveOid, namedCurveOid } from './public-key';

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

const toBigInt = (integer: ArrayBuffer): bigint => bytesToNumberBE(new Uint8Array(integer));

/** PKCS#1 RSAPrivateKey (`RSA PRIVATE KEY`): version, n, e, d, p, q, … */
export function readRsaPrivateKey(der: Uint8Array): DecodedPrivateKey {
  const key = decodeAsn(der, RSAPrivateKey, 'an RSA private key');
  return {
    algorithm: 'RSA',
    material: { type: 'rsa', n: toBigInt(key.modulus), e: toBigInt(key.publicExponent) },
  };
}

/** SEC1 ECPrivateKey (`EC PRIVATE KEY`); `outerCurveOid` comes from PKCS#8 or an `EC PARAMETERS` block. */
export function readEcPrivateKey(der: Uint8Array, outerCurveOid?: string): DecodedPrivateKey {
  const key = decodeAsn(der, ECPrivateKey, 'an EC private key');
  const d = toBigInt(key.privateKey.buffer);
  const curveOid = key.parameters ? namedCurveOid(key.parameters) : outerCurveOid;
  if (curveOid && outerCurveOid && curveOid !== outerCurveOid)
    throw new DecodeError('EC key names two different curves');
  const publicPoint = key.publicKey ? new Uint8Array(key.publicKey) : undefined;
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

/** PKCS#8 PrivateKeyInfo / RFC 5958 OneAsymmetricKey (`PRIVATE KEY`). */
export function readPkcs8PrivateKey(der: Uint8Array): DecodedPrivateKey {
  const info = decodeAsn(der, OneAsymmetricKey, 'a PKCS#8 private key');
  const { algorithm: algorithmOid, parameters } = info.privateKeyAlgorithm;
  const inner = new Uint8Array(info.privateKey);
  if (algorithmOid === keyAlgorithmOids.rsa || algorithmOid === keyAlgorithmOids.rsaPss) {
    return { ...readRsaPrivateKey(inner), algorithm: keyAlgorithmName(algorithmOid) };
  }
  if (algorithmOid === keyAlgorithmOids.ec)
    return readEcPrivateKey(inner, decodeNamedCurveOid(parameters));
  const publicKey = info.publicKey ? new Uint8Array(info.publicKey) : undefined;
  // EdDSA (RFC 8410): the private key is a CurvePrivateKey OCTET STRING inside the OCTET STRING.
  const isEdDsa =
    algorithmOid === keyAlgorithmOids.ed25519 || algorithmOid === keyAlgorithmOids.ed448;
  const raw = isEdDsa
    ? new Uint8Array(decodeAsn(inner, OctetString, 'an EdDSA private key').buffer)
    : inner;
  return {
    algorithm: keyAlgorithmName(algorithmOid),
    material: { type: 'raw', algorithmOid, privateKey: raw, ...(publicKey ? { publicKey } : {}) },
  };
}

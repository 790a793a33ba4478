/** SubjectPublicKeyInfo / PKCS#8 algorithm OIDs. */
export const keyAlgorithmOids = {
  rsa: '1.2.840.113549.1.1.1',
  rsaPss: '1.2.840.113549.1.1.10',
  ec: '1.2.840.10045.2.1',
  ed25519: '1.3.101.112',
  ed448: '1.3.101.113',
} as const;

const keyAlgorithmNames: Readonly<Record<string, string>> = {
  [keyAlgorithmOids.rsa]: 'RSA',
  [keyAlgorithmOids.rsaPss]: 'RSA-PSS',
  [keyAlgorithmOids.ec]: 'ECDSA',
  [keyAlgorithmOids.ed25519]: 'Ed25519',
  [keyAlgorithmOids.ed448]: 'Ed448',
  '1.3.101.110': 'X25519',
  '1.3.101.111': 'X448',
  '1.2.840.10040.4.1': 'DSA',
};

/** `RSA`, `ECDSA`, `Ed25519`, … or the OID itself. */
export function keyAlgorithmName(algorithmOid: string): string {
  return keyAlgorithmNames[algorithmOid] ?? algorithmOid;
}

/** Named curves: name and key size in bits. */
export const namedCurves: Readonly<
  Record<string, { readonly name: string; readonly bits: number }>
> = {
  '1.2.840.10045.3.1.7': { name: 'P-256', bits: 256 },
  '1.3.132.0.34': { name: 'P-384', bits: 384 },
  '1.3.132.0.35': { name: 'P-521', bits: 521 },
  '1.3.132.0.10': { name: 'secp256k1', bits: 256 },
};

const signatureNames: Readonly<Record<string, string>> = {
  '1.2.840.113549.1.1.4': 'md5WithRSAEncryption',
  '1.2.840.113549.1.1.5': 'sha1WithRSAEncryption',
  '1.2.840.113549.1.1.10': 'rsassaPss',
  '1.2.840.113549.1.1.11': 'sha256WithRSAEncryption',
  '1.2.840.113549.1.1.12': 'sha384WithRSAEncryption',
  '1.2.840.113549.1.1.13': 'sha512WithRSAEncryption',
  '1.2.840.113549.1.1.14': 'sha224WithRSAEncryption',
  '1.2.840.10045.4.1': 'ecdsa-with-SHA1',
  '1.2.840.10045.4.3.1': 'ecdsa-with-SHA224',
  '1.2.840.10045.4.3.2': 'ecdsa-with-SHA256',
  '1.2.840.10045.4.3.3': 'ecdsa-with-SHA384',
  '1.2.840.10045.4.3.4': 'ecdsa-with-SHA512',
  '1.3.101.112': 'ED25519',
  '1.3.101.113': 'ED448',
  '1.2.840.10040.4.3': 'dsa_with_SHA1',
  '2.16.840.1.101.3.4.3.2': 'dsa_with_SHA256',
};

/** OpenSSL's name for a signature algorithm OID, or the OID itself. */
export function signatureAlgorithmName(algorithmOid: string): string {
  return signatureNames[algorithmOid] ?? algorithmOid;
}

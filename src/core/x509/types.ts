/** What one X.509 certificate says, as plain JSON (crosses the worker boundary unchanged). */
export interface CertificateFacts {
  /** RFC 4514 order (most specific RDN first), `, `-separated: `CN=foo.example.com, O=Acme, C=US`. */
  subject: string;
  /** The subject's most specific CN, when it has one. */
  commonName?: string;
  /** Same format as `subject`. */
  issuer: string;
  /** Upper-case hex of the serial number's DER bytes without the sign byte, as `openssl x509 -serial`. */
  serialNumber: string;
  /** ISO 8601 (`Date.prototype.toISOString`). */
  notBefore: string;
  /** ISO 8601 (`Date.prototype.toISOString`). */
  notAfter: string;
  /** SAN dNSName entries, lower-cased, in certificate order. */
  dnsNames: string[];
  /** SAN iPAddress entries: dotted IPv4, RFC 5952 IPv6. */
  ipAddresses: string[];
  /** SAN uniformResourceIdentifier entries, as written. */
  uris: string[];
  /** `RSA`, `ECDSA`, `Ed25519`, `Ed448`, `RSA-PSS`, or the key algorithm OID when unknown. */
  keyAlgorithm: string;
  /** RSA modulus bits, or the EC curve's bits (256/384/521). */
  keySize?: number;
  /** `P-256`, `P-384`, `P-521`, `secp256k1`, or the curve OID when unknown. */
  curve?: string;
  /** OpenSSL's name (`sha256WithRSAEncryption`, `ecdsa-with-SHA256`, `ED25519`, …) or the OID. */
  signatureAlgorithm: string;
  /** SHA-256 of the DER, upper-case hex pairs joined by `:` (`openssl x509 -fingerprint -sha256`). */
  fingerprintSha256: string;
  /**
   * The certificate is its own issuer: subject equals issuer (compared as in `ChainFacts`) and,
   * when both are present, the authority key identifier equals the subject key identifier. The
   * signature is not verified: WebCrypto cannot do it synchronously, and a BigInt implementation
   * (tried) cost 5-18 ms per ECDSA certificate where a whole parse costs about 1 ms.
   */
  selfSigned: boolean;
  /** basicConstraints cA. */
  isCA: boolean;
}

/** A stable problem code and a human message; tests and the UI key off `code`. */
export interface CertProblem {
  code: string;
  message: string;
}

/** Stable problem codes. */
export const CertProblemCode = {
  /** No `CERTIFICATE` PEM block at all (garbage, bare base64 DER, only a key, …). */
  notPem: 'CERT_NOT_PEM',
  /** A `CERTIFICATE` block whose base64 or DER does not decode to a certificate. */
  malformed: 'CERT_MALFORMED',
  /** Empty or whitespace-only input. */
  empty: 'CERT_EMPTY',
  /** No private-key PEM block. */
  keyNotPem: 'KEY_NOT_PEM',
  /** A private-key block that does not decode, or an unsupported key inside one. */
  keyMalformed: 'KEY_MALFORMED',
  /** `ENCRYPTED PRIVATE KEY`, or a legacy block with `Proc-Type: 4,ENCRYPTED`. */
  keyEncrypted: 'KEY_ENCRYPTED',
  /** Some certificate is not issued by the one after it. */
  chainOutOfOrder: 'CHAIN_OUT_OF_ORDER',
} as const;

/** The certificates of a PEM bundle (`tls.crt`, `ca.crt`). */
export interface ChainFacts {
  /** Every certificate that parsed, in PEM order; malformed blocks are left out (and reported). */
  certificates: CertificateFacts[];
  /**
   * True when each certificate is issued by the next one: issuer DN equals the next subject DN
   * (compared case- and space-insensitively), and the authority key identifier equals the next
   * subject key identifier when both are present. Vacuously true for zero or one certificate.
   */
  chainInOrder: boolean;
  problems: CertProblem[];
}

/** `unknown` when either side cannot be read or the comparison cannot be made synchronously. */
export type KeyMatch = 'match' | 'mismatch' | 'unknown';

/** What a private key PEM says. */
export interface PrivateKeyFacts {
  /** `RSA`, `ECDSA`, `Ed25519`, `Ed448`, an OID, or `unknown` when the key cannot be read. */
  algorithm: string;
  problems: CertProblem[];
}

/** See `certificateCovers`. */
export type Coverage = 'covered' | 'partial' | 'uncovered';

/**
 * Why a certificate covers no hostname at all: `no-subject-alt-name` when it has no SAN dNSName
 * (clients ignore the subject CN). See `certificateCoverage`.
 */
export type CoverageReason = 'no-subject-alt-name';

/** A coverage and, when the certificate itself is the cause, why it is `uncovered`. */
export interface CoverageResult {
  readonly coverage: Coverage;
  readonly reason?: CoverageReason;
}

/** See `expiryState`. */
export type ExpiryState = 'valid' | 'expiring' | 'expired' | 'not-yet-valid';

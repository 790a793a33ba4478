/**
 * Certificate facts from Kubernetes Secret and ConfigMap data: PEM chains, private keys, key
 * match, RFC 6125 name coverage and expiry. Pure and synchronous, so it runs unchanged in the
 * Web Worker, the CLI and tests: certificates and keys are read with the
 * @peculiar/asn1-* schemas; SHA-256 fingerprints and public keys derived from private ones come
 * from @noble/hashes and @noble/curves (WebCrypto is async). No function here throws on any input.
 */
export type {
  CertProblem,
  CertificateFacts,
  ChainFacts,
  Coverage,
  CoverageReason,
  CoverageResult,
  ExpiryState,
  KeyMatch,
  PrivateKeyFacts,
} from './types';
export { CertProblemCode } from './types';
export { readCertificateChain } from './read-certificate-chain';
export { readPrivateKey } from './read-private-key';
export { privateKeyMatches } from './private-key-matches';
export { certificateCoverage, certificateCovers, hasNoSubjectAltName } from './certificate-covers';
export { expiryState, expiryStateSpan, expiringWithinDays } from './expiry-state';
export { issueCertificate, toPem } from './issue-certificate';
export type { CertificateIssuer, CertificateKey, CertificateTemplate } from './issue-certificate';
export { CertificateCache } from './certificate-cache';

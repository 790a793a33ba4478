import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { Certificate } from '@peculiar/asn1-x509';
import { signatureAlgorithmName } from './algorithms';
import { DecodeError, decodeAsn } from './decode-asn';
import { readName } from './distinguished-name';
import { readExtensions } from './extensions';
import { readSubjectPublicKeyInfo } from './public-key';
import type { PublicKeyMaterial } from './public-key';
import type { CertificateFacts } from './types';

/** A certificate as the module keeps it: the facts, plus what chain and key checks compare. */
export interface ParsedCertificate {
  readonly facts: CertificateFacts;
  readonly publicKey: PublicKeyMaterial;
  /** Canonical subject and issuer names (see `DistinguishedName.canonical`). */
  readonly subjectName: string;
  readonly issuerName: string;
  readonly subjectKeyId?: string;
  readonly authorityKeyId?: string;
}

function fingerprint(der: Uint8Array): string {
  return (bytesToHex(sha256(der)).toUpperCase().match(/../g) ?? []).join(':');
}

/**
 * The serial number in hex, as a positive integer's octets: DER adds a 00 byte in front of a
 * serial whose first bit is set, and that byte is not part of the number.
 */
function serialHex(raw: ArrayBuffer): string {
  let bytes = new Uint8Array(raw);
  if (bytes.length > 1 && bytes[0] === 0 && (bytes[1] ?? 0) > 0x7f) bytes = bytes.subarray(1);
  return bytesToHex(bytes).toUpperCase();
}

function isoTime(date: Date): string {
  if (Number.isNaN(date.getTime())) throw new DecodeError('invalid time');
  return date.toISOString();
}

/**
 * Reads one DER certificate (RFC 5280 §4.1) with @peculiar/asn1-x509. Throws (`DecodeError` with a
 * reason, or whatever the library throws) when it is not one.
 */
export function readCertificate(der: Uint8Array): ParsedCertificate {
  // Strict DER: no trailing bytes, nothing read as PEM, hex or base64 text.
  const asn = decodeAsn(der, Certificate, 'an X.509 certificate');
  const tbs = asn.tbsCertificate;
  const subject = readName(tbs.subject);
  const issuer = readName(tbs.issuer);
  const key = readSubjectPublicKeyInfo(tbs.subjectPublicKeyInfo);
  const ext = readExtensions(tbs.extensions);

  // Names and key identifiers only: the signature is not verified (see `CertificateFacts`).
  const selfSigned =
    subject.canonical === issuer.canonical &&
    (ext.authorityKeyId === undefined ||
      ext.subjectKeyId === undefined ||
      ext.authorityKeyId === ext.subjectKeyId);

  const facts: CertificateFacts = {
    subject: subject.text,
    ...(subject.commonName === undefined ? {} : { commonName: subject.commonName }),
    issuer: issuer.text,
    serialNumber: serialHex(tbs.serialNumber),
    notBefore: isoTime(tbs.validity.notBefore.getTime()),
    notAfter: isoTime(tbs.validity.notAfter.getTime()),
    dnsNames: ext.altNames.dnsNames,
    ipAddresses: ext.altNames.ipAddresses,
    uris: ext.altNames.uris,
    keyAlgorithm: key.algorithm,
    ...(key.keySize === undefined ? {} : { keySize: key.keySize }),
    ...(key.curve === undefined ? {} : { curve: key.curve }),
    signatureAlgorithm: signatureAlgorithmName(asn.signatureAlgorithm.algorithm),
    fingerprintSha256: fingerprint(der),
    selfSigned,
    isCA: ext.isCA,
  };
  return {
    facts,
    publicKey: key.material,
    subjectName: subject.canonical,
    issuerName: issuer.canonical,
    ...(ext.subjectKeyId === undefined ? {} : { subjectKeyId: ext.subjectKeyId }),
    ...(ext.authorityKeyId === undefined ? {} : { authorityKeyId: ext.authorityKeyId }),
  };
}

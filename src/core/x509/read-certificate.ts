import { signatureAlgorithmName } from './algorithms';
import { toHex } from './bytes';
import { DerError, decodeDer, isContext, oid, sequence, time, unsignedInteger } from './der';
import { readName } from './distinguished-name';
import { readExtensions } from './extensions';
import { readSubjectPublicKeyInfo } from './public-key';
import type { PublicKeyMaterial } from './public-key';
import { sha256 } from './sha256';
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
  return (toHex(sha256(der)).toUpperCase().match(/../g) ?? []).join(':');
}

/** Decodes one DER certificate (RFC 5280 §4.1). Throws `DerError` when it is not one. */
export function readCertificate(der: Uint8Array): ParsedCertificate {
  const [tbs, signatureAlgorithm] = sequence(decodeDer(der));
  const fields = sequence(tbs);
  // version [0] EXPLICIT is absent in v1 certificates; everything after it is positional.
  const at = isContext(fields[0], 0) ? 1 : 0;
  const [serial, , issuerNode, validity, subjectNode, spki] = fields.slice(at);
  const extensionsNode = fields.slice(at + 6).find((f) => isContext(f, 3));
  const signatureOid = oid(sequence(signatureAlgorithm)[0]);
  const [notBefore, notAfter] = sequence(validity).map(time);
  if (!tbs || !issuerNode || !subjectNode || !spki || !notBefore || !notAfter)
    throw new DerError('incomplete TBSCertificate');
  const issuer = readName(issuerNode);
  const subject = readName(subjectNode);
  const key = readSubjectPublicKeyInfo(spki);
  const ext = readExtensions(extensionsNode);

  // Names and key identifiers only: checking the signature synchronously costs 5-18 ms per EC
  // certificate with BigInt arithmetic, against about 1 ms for the whole parse.
  const selfSigned =
    subject.canonical === issuer.canonical &&
    (ext.authorityKeyId === undefined ||
      ext.subjectKeyId === undefined ||
      ext.authorityKeyId === ext.subjectKeyId);

  const facts: CertificateFacts = {
    subject: subject.text,
    ...(subject.commonName === undefined ? {} : { commonName: subject.commonName }),
    issuer: issuer.text,
    serialNumber: toHex(unsignedInteger(serial)).toUpperCase(),
    notBefore: notBefore.toISOString(),
    notAfter: notAfter.toISOString(),
    dnsNames: ext.altNames.dnsNames,
    ipAddresses: ext.altNames.ipAddresses,
    uris: ext.altNames.uris,
    keyAlgorithm: key.algorithm,
    ...(key.keySize === undefined ? {} : { keySize: key.keySize }),
    ...(key.curve === undefined ? {} : { curve: key.curve }),
    signatureAlgorithm: signatureAlgorithmName(signatureOid),
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

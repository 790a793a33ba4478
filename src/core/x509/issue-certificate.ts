import { sha1 } from '@noble/hashes/legacy.js';
import { ECDSASigValue } from '@peculiar/asn1-ecc';
import { AsnConvert, OctetString } from '@peculiar/asn1-schema';
import {
  AlgorithmIdentifier,
  AttributeTypeAndValue,
  AttributeValue,
  AuthorityKeyIdentifier,
  BasicConstraints,
  Certificate,
  ExtendedKeyUsage,
  Extension,
  Extensions,
  GeneralName,
  KeyIdentifier,
  KeyUsage,
  KeyUsageFlags,
  Name,
  RelativeDistinguishedName,
  SubjectAlternativeName,
  SubjectKeyIdentifier,
  SubjectPublicKeyInfo,
  TBSCertificate,
  Validity,
  Version,
  id_ce_authorityKeyIdentifier,
  id_ce_basicConstraints,
  id_ce_extKeyUsage,
  id_ce_keyUsage,
  id_ce_subjectAltName,
  id_ce_subjectKeyIdentifier,
  id_kp_clientAuth,
  id_kp_serverAuth,
} from '@peculiar/asn1-x509';
import { encodeBase64 } from './base64';

/** ecdsa-with-SHA256 (RFC 5758 §3.2): the only signature this module makes. */
const ECDSA_WITH_SHA256 = '1.2.840.10045.4.3.2';
const COMMON_NAME = '2.5.4.3';
const ORGANIZATION = '2.5.4.10';

/**
 * A key pair held by the host (WebCrypto in the worker): the core builds the certificate and
 * never sees the private key, only a function that signs with it.
 */
export interface CertificateKey {
  /** SubjectPublicKeyInfo, DER (WebCrypto's `exportKey('spki', …)`), of an ECDSA P-256 key. */
  readonly publicKey: Uint8Array;
  /** ECDSA P-256 with SHA-256 over `data`; the signature as WebCrypto gives it (r ‖ s, 64 bytes). */
  sign(data: Uint8Array): Promise<Uint8Array>;
}

/** What goes into a certificate. */
export interface CertificateTemplate {
  readonly commonName: string;
  readonly organization?: string;
  /** subjectAltName dNSNames (what TLS clients check); none makes a certificate without SANs. */
  readonly dnsNames: readonly string[];
  readonly notBefore: Date;
  readonly notAfter: Date;
  /** Random bytes from the host (the core has no randomness); made positive and at most 20 bytes. */
  readonly serial: Uint8Array;
  /** A CA certificate (basicConstraints cA, keyCertSign) rather than a server certificate. */
  readonly isCA?: boolean;
}

/** The issuing side: its name and key. Absent for a self-signed certificate. */
export interface CertificateIssuer {
  readonly commonName: string;
  readonly organization?: string;
  readonly key: CertificateKey;
}

function name(commonName: string, organization?: string): Name {
  const rdn = (type: string, value: string) =>
    new RelativeDistinguishedName([
      new AttributeTypeAndValue({ type, value: new AttributeValue({ utf8String: value }) }),
    ]);
  // Most general first in DER, so the CN reads first in RFC 4514 order (`CN=…, O=…`).
  return new Name([
    ...(organization ? [rdn(ORGANIZATION, organization)] : []),
    rdn(COMMON_NAME, commonName),
  ]);
}

/** A DER INTEGER's content for an unsigned big-endian number: no leading zeros, positive. */
function unsignedInteger(bytes: Uint8Array): ArrayBuffer {
  let i = 0;
  while (i < bytes.length - 1 && bytes[i] === 0) i++;
  const trimmed = bytes.slice(i);
  const out = (trimmed[0] ?? 0) & 0x80 ? new Uint8Array([0, ...trimmed]) : trimmed;
  return out.buffer.slice(out.byteOffset, out.byteOffset + out.byteLength) as ArrayBuffer;
}

function buffer(bytes: Uint8Array): ArrayBuffer {
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

/** RFC 5280 §4.2.1.2 method (1): SHA-1 of the subjectPublicKey BIT STRING's bytes. */
function keyIdentifier(spki: Uint8Array): Uint8Array {
  const info = AsnConvert.parse(spki, SubjectPublicKeyInfo);
  return sha1(new Uint8Array(info.subjectPublicKey));
}

function extension(extnID: string, value: unknown, critical = false): Extension {
  return new Extension({
    extnID,
    critical,
    extnValue: new OctetString(AsnConvert.serialize(value)),
  });
}

function extensionsOf(
  template: CertificateTemplate,
  subjectKeyId: Uint8Array,
  authorityKeyId: Uint8Array,
): Extensions {
  const list: Extension[] = [
    extension(id_ce_basicConstraints, new BasicConstraints({ cA: !!template.isCA }), true),
    extension(
      id_ce_keyUsage,
      new KeyUsage(
        template.isCA
          ? KeyUsageFlags.keyCertSign | KeyUsageFlags.cRLSign | KeyUsageFlags.digitalSignature
          : KeyUsageFlags.digitalSignature,
      ),
      true,
    ),
    extension(id_ce_subjectKeyIdentifier, new SubjectKeyIdentifier(buffer(subjectKeyId))),
    extension(
      id_ce_authorityKeyIdentifier,
      new AuthorityKeyIdentifier({ keyIdentifier: new KeyIdentifier(buffer(authorityKeyId)) }),
    ),
  ];
  if (!template.isCA)
    list.push(
      extension(id_ce_extKeyUsage, new ExtendedKeyUsage([id_kp_serverAuth, id_kp_clientAuth])),
    );
  if (template.dnsNames.length > 0)
    list.push(
      extension(
        id_ce_subjectAltName,
        new SubjectAlternativeName(
          template.dnsNames.map((dNSName) => new GeneralName({ dNSName })),
        ),
      ),
    );
  return new Extensions(list);
}

/** WebCrypto's r ‖ s as the DER `ECDSA-Sig-Value` X.509 carries (RFC 3279 §2.2.3). */
function derSignature(raw: Uint8Array): ArrayBuffer {
  const half = raw.length / 2;
  return AsnConvert.serialize(
    new ECDSASigValue({
      r: unsignedInteger(raw.slice(0, half)),
      s: unsignedInteger(raw.slice(half)),
    }),
  );
}

/** PEM armour: base64 in 64-character lines (RFC 7468). */
export function toPem(label: string, der: Uint8Array): string {
  const b64 = encodeBase64(der);
  const lines: string[] = [];
  for (let i = 0; i < b64.length; i += 64) lines.push(b64.slice(i, i + 64));
  return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----\n`;
}

/**
 * An X.509 v3 certificate for `key`, signed by `issuer` (self-signed when absent), as PEM. Built
 * from the @peculiar/asn1-x509 structures and signed with ECDSA P-256/SHA-256. Server
 * certificates carry serverAuth and clientAuth, CA certificates keyCertSign; both carry key
 * identifiers, so chains can be followed.
 */
export async function issueCertificate(
  template: CertificateTemplate,
  key: CertificateKey,
  issuer?: CertificateIssuer,
): Promise<string> {
  const signer = issuer?.key ?? key;
  const subjectKeyId = keyIdentifier(key.publicKey);
  const signature = new AlgorithmIdentifier({ algorithm: ECDSA_WITH_SHA256 });
  const tbs = new TBSCertificate({
    version: Version.v3,
    serialNumber: unsignedInteger(
      Uint8Array.of(...template.serial.slice(0, 20)).map((b, i) => (i === 0 ? b & 0x7f : b)),
    ),
    signature,
    issuer: issuer
      ? name(issuer.commonName, issuer.organization)
      : name(template.commonName, template.organization),
    // UTCTime through 2049, GeneralizedTime after (RFC 5280 §4.1.2.5), as asn1-x509's Time does.
    validity: new Validity({ notBefore: template.notBefore, notAfter: template.notAfter }),
    subject: name(template.commonName, template.organization),
    subjectPublicKeyInfo: AsnConvert.parse(key.publicKey, SubjectPublicKeyInfo),
    extensions: extensionsOf(
      template,
      subjectKeyId,
      issuer ? keyIdentifier(issuer.key.publicKey) : subjectKeyId,
    ),
  });
  const tbsDer = new Uint8Array(AsnConvert.serialize(tbs));
  const raw = await signer.sign(tbsDer);
  const certificate = new Certificate({
    tbsCertificate: tbs,
    signatureAlgorithm: signature,
    signatureValue: derSignature(raw),
  });
  return toPem('CERTIFICATE', new Uint8Array(AsnConvert.serialize(certificate)));
}

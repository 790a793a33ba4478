import { bytesToHex } from '@noble/hashes/utils.js';
import {
  AuthorityKeyIdentifier,
  BasicConstraints,
  SubjectAlternativeName,
  SubjectKeyIdentifier,
  id_ce_authorityKeyIdentifier,
  id_ce_basicConstraints,
  id_ce_subjectAltName,
  id_ce_subjectKeyIdentifier,
} from '@peculiar/asn1-x509';
import type { Extensions } from '@peculiar/asn1-x509';
import { decodeAsn } from './decode-asn';

/** The SAN entries the tool reports. */
export interface SubjectAltNames {
  /** dNSName entries, lower-cased. */
  readonly dnsNames: string[];
  /** iPAddress entries: dotted IPv4, RFC 5952 IPv6 (as @peculiar/asn1-x509 prints them). */
  readonly ipAddresses: string[];
  /** uniformResourceIdentifier entries, as written. */
  readonly uris: string[];
}

/** The extensions the tool reads. */
export interface CertificateExtensions {
  readonly altNames: SubjectAltNames;
  readonly isCA: boolean;
  /** Lower-case hex, when the extension is present. */
  readonly subjectKeyId?: string;
  /** Lower-case hex of the AKI keyIdentifier, when present. */
  readonly authorityKeyId?: string;
}

const hex = (octets: { readonly buffer: ArrayBuffer }): string =>
  bytesToHex(new Uint8Array(octets.buffer));

function readAltNames(value: ArrayBuffer): SubjectAltNames {
  const names: SubjectAltNames = { dnsNames: [], ipAddresses: [], uris: [] };
  for (const name of decodeAsn(value, SubjectAlternativeName, 'a subjectAltName')) {
    if (name.dNSName !== undefined) names.dnsNames.push(name.dNSName.toLowerCase());
    else if (name.iPAddress !== undefined) names.ipAddresses.push(name.iPAddress);
    else if (name.uniformResourceIdentifier !== undefined)
      names.uris.push(name.uniformResourceIdentifier);
  }
  return names;
}

/**
 * Reads the four extensions the tool needs from the certificate's extension list, with the
 * @peculiar/asn1-x509 schemas that @peculiar/x509's extension classes use inside. The classes
 * themselves are not used: each one re-encodes and re-parses its extension (about five times the
 * cost of this whole function), and `X509Certificate.extensions` builds every extension it
 * knows, so one odd policy or CRL extension would make the certificate unreadable. Other
 * extensions are ignored; a malformed wanted one throws.
 */
export function readExtensions(extensions: Extensions | undefined): CertificateExtensions {
  let altNames: SubjectAltNames = { dnsNames: [], ipAddresses: [], uris: [] };
  let isCA = false;
  let subjectKeyId: string | undefined;
  let authorityKeyId: string | undefined;
  for (const { extnID, extnValue } of extensions ?? []) {
    const value = extnValue.buffer;
    if (extnID === id_ce_subjectAltName) altNames = readAltNames(value);
    else if (extnID === id_ce_basicConstraints)
      isCA = decodeAsn(value, BasicConstraints, 'basicConstraints').cA;
    else if (extnID === id_ce_subjectKeyIdentifier)
      subjectKeyId = hex(decodeAsn(value, SubjectKeyIdentifier, 'a subjectKeyIdentifier'));
    else if (extnID === id_ce_authorityKeyIdentifier) {
      const aki = decodeAsn(value, AuthorityKeyIdentifier, 'an authorityKeyIdentifier');
      if (aki.keyIdentifier) authorityKeyId = hex(aki.keyIdentifier);
    }
  }
  return {
    altNames,
    isCA,
    ...(subjectKeyId === undefined ? {} : { subjectKeyId }),
    ...(authorityKeyId === undefined ? {} : { authorityKeyId }),
  };
}

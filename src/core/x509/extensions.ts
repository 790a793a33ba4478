import 'reflect-metadata';
import { AsnConvert } from '@peculiar/asn1-schema';
import {
  id_ce_authorityKeyIdentifier,
  id_ce_basicConstraints,
  id_ce_subjectAltName,
  id_ce_subjectKeyIdentifier,
} from '@peculiar/asn1-x509';
import type { Extensions } from '@peculiar/asn1-x509';
import {
  AuthorityKeyIdentifierExtension,
  BasicConstraintsExtension,
  SubjectAlternativeNameExtension,
  SubjectKeyIdentifierExtension,
} from '@peculiar/x509';
import { parseOptions } from './decode-asn';

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

function readAltNames(extension: SubjectAlternativeNameExtension): SubjectAltNames {
  const names: SubjectAltNames = { dnsNames: [], ipAddresses: [], uris: [] };
  // The library leaves out name forms it cannot read; the tool needs none of those.
  for (const { type, value } of extension.names.items) {
    if (type === 'dns') names.dnsNames.push(value.toLowerCase());
    else if (type === 'ip') names.ipAddresses.push(value);
    else if (type === 'url') names.uris.push(value);
  }
  return names;
}

/**
 * Reads the four extensions the tool needs with @peculiar/x509's classes. Only those are built:
 * `X509Certificate.extensions` builds every extension it knows, so one odd policy or CRL
 * extension would make the whole certificate unreadable. A malformed wanted extension throws.
 */
export function readExtensions(extensions: Extensions | undefined): CertificateExtensions {
  let altNames: SubjectAltNames = { dnsNames: [], ipAddresses: [], uris: [] };
  let isCA = false;
  let subjectKeyId: string | undefined;
  let authorityKeyId: string | undefined;
  for (const extension of extensions ?? []) {
    const id = extension.extnID;
    const der = () => AsnConvert.serialize(extension);
    if (id === id_ce_subjectAltName)
      altNames = readAltNames(new SubjectAlternativeNameExtension(der(), parseOptions));
    else if (id === id_ce_basicConstraints)
      isCA = new BasicConstraintsExtension(der(), parseOptions).ca;
    else if (id === id_ce_subjectKeyIdentifier)
      subjectKeyId = new SubjectKeyIdentifierExtension(der(), parseOptions).keyId;
    else if (id === id_ce_authorityKeyIdentifier)
      authorityKeyId = new AuthorityKeyIdentifierExtension(der(), parseOptions).keyId;
  }
  return {
    altNames,
    isCA,
    ...(subjectKeyId === undefined ? {} : { subjectKeyId }),
    ...(authorityKeyId === undefined ? {} : { authorityKeyId }),
  };
}

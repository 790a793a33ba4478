import { toHex } from './bytes';
import {
  boolean,
  children,
  content,
  decodeDer,
  isContext,
  octetString,
  oid,
  sequence,
} from './der';
import type { DerNode } from './der';
import { readSubjectAltNames } from './general-names';
import type { SubjectAltNames } from './general-names';

/** The extensions the tool reads. */
export interface CertificateExtensions {
  readonly altNames: SubjectAltNames;
  readonly isCA: boolean;
  /** Hex, when the extension is present. */
  readonly subjectKeyId?: string;
  /** Hex of the AKI keyIdentifier, when present. */
  readonly authorityKeyId?: string;
}

const ids = {
  subjectAltName: '2.5.29.17',
  basicConstraints: '2.5.29.19',
  subjectKeyId: '2.5.29.14',
  authorityKeyId: '2.5.29.35',
} as const;

/** Reads `[3] EXPLICIT Extensions` (or nothing, for v1/v2 certificates). */
export function readExtensions(explicit: DerNode | undefined): CertificateExtensions {
  let altNames: SubjectAltNames = { dnsNames: [], ipAddresses: [], uris: [] };
  let isCA = false;
  let subjectKeyId: string | undefined;
  let authorityKeyId: string | undefined;
  const list = explicit ? sequence(children(explicit)[0]) : [];
  for (const extension of list) {
    const fields = sequence(extension);
    const id = oid(fields[0]);
    // critical BOOLEAN DEFAULT FALSE may be absent, so the value is always the last field.
    const value = octetString(fields[fields.length - 1]);
    if (id === ids.subjectAltName) altNames = readSubjectAltNames(decodeDer(value));
    else if (id === ids.basicConstraints) {
      const first = sequence(decodeDer(value))[0];
      isCA =
        first?.idBlock.tagNumber === 1 && first.idBlock.tagClass === 1 ? boolean(first) : false;
    } else if (id === ids.subjectKeyId) subjectKeyId = toHex(octetString(decodeDer(value)));
    else if (id === ids.authorityKeyId) {
      const keyId = sequence(decodeDer(value)).find((f) => isContext(f, 0));
      if (keyId) authorityKeyId = toHex(content(keyId));
    }
  }
  return {
    altNames,
    isCA,
    ...(subjectKeyId === undefined ? {} : { subjectKeyId }),
    ...(authorityKeyId === undefined ? {} : { authorityKeyId }),
  };
}

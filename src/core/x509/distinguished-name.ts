import { bytesToHex } from '@noble/hashes/utils.js';
import type { AttributeValue, Name } from '@peculiar/asn1-x509';
import * as asn1js from 'asn1js';
import { parseOptions } from './decode-asn';

/** A Name as the tool shows and compares it. */
export interface DistinguishedName {
  /** RFC 4514 string: most specific RDN first, `, ` between RDNs, `+` inside one. */
  readonly text: string;
  /** The most specific CN value (RFC 6125 §6.4.4), when there is one. */
  readonly commonName?: string;
  /** For comparing names: types by OID, values trimmed, case-folded, inner spaces collapsed. */
  readonly canonical: string;
}

const commonNameOid = '2.5.4.3';

// RFC 4514 §3 names, plus the ones OpenSSL prints for common certificate attributes.
const shortNames: Readonly<Record<string, string>> = {
  '2.5.4.3': 'CN',
  '2.5.4.4': 'SN',
  '2.5.4.5': 'serialNumber',
  '2.5.4.6': 'C',
  '2.5.4.7': 'L',
  '2.5.4.8': 'ST',
  '2.5.4.9': 'STREET',
  '2.5.4.10': 'O',
  '2.5.4.11': 'OU',
  '2.5.4.12': 'title',
  '2.5.4.17': 'postalCode',
  '2.5.4.42': 'GN',
  '2.5.4.97': 'organizationIdentifier',
  '0.9.2342.19200300.100.1.1': 'UID',
  '0.9.2342.19200300.100.1.25': 'DC',
  '1.2.840.113549.1.9.1': 'emailAddress',
};

/** RFC 4514 §2.4 escaping: specials anywhere, `#` and space first, space last, NUL as `\00`. */
function escapeValue(value: string): string {
  const chars = Array.from(value);
  return chars
    .map((c, i) => {
      if (c === '\0') return '\\00';
      const edge = (i === 0 && (c === ' ' || c === '#')) || (i === chars.length - 1 && c === ' ');
      return edge || '\\"+,;<>'.includes(c) ? '\\' + c : c;
    })
    .join('');
}

/**
 * A value's text, when it is a string, and how it is shown. The schema names the DirectoryString
 * types and IA5String; any other type arrives as its encoding, which is still text when it is
 * another ASN.1 string type (VisibleString, NumericString, …) and is otherwise shown as `#hex`.
 */
function readValue(value: AttributeValue): { text?: string; shown: string } {
  const { anyValue } = value;
  if (anyValue === undefined) {
    const text = value.toString();
    return { text, shown: escapeValue(text) };
  }
  const decoded = asn1js.fromBER(anyValue, parseOptions.berOptions).result;
  if (!(decoded instanceof asn1js.BaseStringBlock))
    return { shown: '#' + bytesToHex(new Uint8Array(anyValue)) };
  const text = decoded.getValue();
  return { text, shown: escapeValue(text) };
}

/** Formats and canonicalises a Name as @peculiar/asn1-x509 parsed it (RDNs in DER order). */
export function readName(name: Name): DistinguishedName {
  const rdns: string[] = [];
  const canonical: string[][] = [];
  let commonName: string | undefined;
  for (const rdn of name) {
    const parts: string[] = [];
    const canonicalParts: string[] = [];
    for (const { type, value } of rdn) {
      const { text, shown } = readValue(value);
      parts.push(`${shortNames[type] ?? type}=${shown}`);
      const folded = text === undefined ? shown : text.trim().replace(/\s+/g, ' ').toLowerCase();
      canonicalParts.push(`${type}=${folded}`);
      if (type === commonNameOid && text !== undefined) commonName = text;
    }
    rdns.push(parts.join('+'));
    canonical.push(canonicalParts.sort());
  }
  const result = { text: rdns.reverse().join(', '), canonical: JSON.stringify(canonical) };
  return commonName === undefined ? result : { ...result, commonName };
}

import { children, encoded, oid, sequence, set, text } from './der';
import type { DerNode } from './der';
import { toHex } from './bytes';

/** A decoded X.501 Name. */
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

/** Reads a Name (SEQUENCE OF SET OF AttributeTypeAndValue). */
export function readName(node: DerNode): DistinguishedName {
  const rdns: string[] = [];
  const canonical: string[][] = [];
  let commonName: string | undefined;
  for (const rdn of sequence(node)) {
    const parts: string[] = [];
    const canonicalParts: string[] = [];
    for (const ava of set(rdn)) {
      const [typeNode, valueNode] = children(ava);
      const type = oid(typeNode);
      if (!valueNode) continue;
      const value = text(valueNode);
      const shown = value === undefined ? '#' + toHex(encoded(valueNode)) : escapeValue(value);
      parts.push(`${shortNames[type] ?? type}=${shown}`);
      const folded = value === undefined ? shown : value.trim().replace(/\s+/g, ' ').toLowerCase();
      canonicalParts.push(`${type}=${folded}`);
      if (type === commonNameOid && value !== undefined) commonName = value;
    }
    rdns.push(parts.join('+'));
    canonical.push(canonicalParts.sort());
  }
  const result = { text: rdns.reverse().join(', '), canonical: JSON.stringify(canonical) };
  return commonName === undefined ? result : { ...result, commonName };
}

import { content, isContext, sequence } from './der';
import type { DerNode } from './der';

/** The SAN entries the tool reports. */
export interface SubjectAltNames {
  readonly dnsNames: string[];
  readonly ipAddresses: string[];
  readonly uris: string[];
}

function ascii(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += String.fromCharCode(b);
  return out;
}

/** Dotted IPv4, or RFC 5952 IPv6 (lower case, longest run of zero groups as `::`). */
export function formatIpAddress(bytes: Uint8Array): string {
  if (bytes.length === 4) return [...bytes].join('.');
  if (bytes.length !== 16)
    return '#' + [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  const groups: number[] = [];
  for (let i = 0; i < 16; i += 2) groups.push(((bytes[i] ?? 0) << 8) | (bytes[i + 1] ?? 0));
  let best = -1;
  let bestLength = 1;
  for (let i = 0; i < 8;) {
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLength) [best, bestLength] = [i, j - i];
    i = j === i ? i + 1 : j;
  }
  const hex = groups.map((g) => g.toString(16));
  if (best < 0) return hex.join(':');
  return hex.slice(0, best).join(':') + '::' + hex.slice(best + bestLength).join(':');
}

/** Reads the SubjectAltName extension value (GeneralNames); other name forms are skipped. */
export function readSubjectAltNames(generalNames: DerNode): SubjectAltNames {
  const names: SubjectAltNames = { dnsNames: [], ipAddresses: [], uris: [] };
  for (const name of sequence(generalNames)) {
    if (isContext(name, 2)) names.dnsNames.push(ascii(content(name)).toLowerCase());
    else if (isContext(name, 6)) names.uris.push(ascii(content(name)));
    else if (isContext(name, 7)) names.ipAddresses.push(formatIpAddress(content(name)));
  }
  return names;
}

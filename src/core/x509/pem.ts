import { decodeBase64 } from './base64';

/** One `-----BEGIN label-----` … `-----END label-----` block. */
export interface PemBlock {
  readonly label: string;
  /** RFC 1421 headers (`Proc-Type`, `DEK-Info`), as legacy OpenSSL encrypted keys carry them. */
  readonly headers: ReadonlyMap<string, string>;
  /** The body text without line breaks (identifies the block, e.g. for caching). */
  readonly base64: string;
  /** The decoded body; undefined when the block has no END line or the base64 is invalid. */
  readonly der: Uint8Array | undefined;
}

// Labels are bounded so the scan stays linear on hostile input; real labels are short.
const marker = /-----(BEGIN|END) ([^\r\n-]{1,64})-----/g;
const noHeaders: ReadonlyMap<string, string> = new Map();

/**
 * Finds the PEM blocks in `text` (RFC 7468, leniently): CRLF or LF, indentation, explanatory text
 * before, between and after blocks. A BEGIN without its END yields a block with no `der`.
 */
export function readPemBlocks(text: string): PemBlock[] {
  const markers = [...text.matchAll(marker)];
  const blocks: PemBlock[] = [];
  for (let i = 0; i < markers.length; i++) {
    const begin = markers[i];
    if (!begin || begin[1] !== 'BEGIN') continue;
    const label = begin[2] ?? '';
    const end = markers[i + 1];
    if (!end || end[1] !== 'END' || end[2] !== label) {
      blocks.push({ label, headers: noHeaders, base64: '', der: undefined });
      continue;
    }
    const bodyStart = begin.index + begin[0].length;
    blocks.push(readBody(label, text.slice(bodyStart, end.index)));
    i++;
  }
  return blocks;
}

function readBody(label: string, body: string): PemBlock {
  const headers = new Map<string, string>();
  const lines = body.split(/\r?\n|\r/);
  let first = 0;
  while (first < lines.length && lines[first]?.trim() === '') first++;
  // Headers, when present, come first and end at a blank line.
  if (lines[first]?.includes(':')) {
    let i = first;
    for (; i < lines.length; i++) {
      const line = lines[i] ?? '';
      if (line.trim() === '') break;
      const colon = line.indexOf(':');
      if (colon > 0) headers.set(line.slice(0, colon).trim(), line.slice(colon + 1).trim());
    }
    first = i;
  }
  const base64 = lines.slice(first).join('');
  return { label, headers, base64, der: decodeBase64(base64) };
}

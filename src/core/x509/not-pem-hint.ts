import { decodeBase64 } from './base64';
import type { PemBlock } from './pem';

function startsWithAscii(bytes: Uint8Array, prefix: string): boolean {
  for (let i = 0; i < prefix.length; i++) if (bytes[i] !== prefix.charCodeAt(i)) return false;
  return true;
}

/** Why `text` holds no block of the wanted kind, in words a person can act on. */
export function notPemHint(text: string, blocks: readonly PemBlock[], wanted: string): string {
  if (blocks.length > 0) {
    const labels = [...new Set(blocks.map((b) => b.label))];
    const shown = labels.slice(0, 5).join(', ') + (labels.length > 5 ? ', …' : '');
    return `no ${wanted} PEM block (found ${shown})`;
  }
  // The first few hundred characters are enough to recognise base64 (and stay cheap on megabytes).
  const head = text.slice(0, 512).replace(/\s/g, '');
  const bytes = decodeBase64(head.slice(0, head.length - (head.length % 4)));
  if (bytes && bytes.length > 0) {
    const withoutSpace = bytes.subarray(bytes.findIndex((b) => b > 0x20));
    if (startsWithAscii(withoutSpace, '-----BEGIN'))
      return 'the PEM text is base64-encoded once more (encoded twice?)';
    if (bytes[0] === 0x30) return `base64 DER without "-----BEGIN ${wanted}-----" armour`;
  }
  return `no "-----BEGIN ${wanted}-----" line`;
}

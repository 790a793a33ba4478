const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const table = new Int16Array(128).fill(-1);
for (let i = 0; i < alphabet.length; i++) table[alphabet.charCodeAt(i)] = i;

/**
 * Decodes base64 (as Kubernetes stores Secret `data`) into a binary string, one char per byte.
 * Whitespace is ignored. Returns undefined when the text is not base64.
 */
export function decodeBase64(text: string): string | undefined {
  let bits = 0;
  let acc = 0;
  let pad = 0;
  const out: string[] = [];
  let chunk: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 10 || c === 13 || c === 9) continue;
    if (c === 61) {
      pad++;
      continue;
    }
    if (pad > 0) return undefined;
    const v = c < 128 ? (table[c] as number) : -1;
    if (v < 0) return undefined;
    acc = (acc << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      chunk.push((acc >> bits) & 0xff);
      if (chunk.length >= 8192) {
        out.push(String.fromCharCode(...chunk));
        chunk = [];
      }
    }
  }
  if (pad > 2 || bits >= 6) return undefined;
  out.push(String.fromCharCode(...chunk));
  return out.join('');
}

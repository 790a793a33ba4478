const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const values = new Int16Array(128).fill(-1);
for (let i = 0; i < alphabet.length; i++) values[alphabet.charCodeAt(i)] = i;

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x0b || c === 0x0c;
}

/**
 * Decodes standard base64, skipping whitespace; `=` padding is optional but may only end the text.
 * Returns undefined for anything else (the core has no `atob` in every host, and must not throw).
 */
export function decodeBase64(text: string): Uint8Array | undefined {
  const sextets = new Uint8Array(text.length);
  let n = 0;
  let padding = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) continue;
    if (c === 0x3d) {
      padding++;
      continue;
    }
    const v = c < 128 ? (values[c] ?? -1) : -1;
    if (v < 0 || padding > 0) return undefined;
    sextets[n++] = v;
  }
  if (n % 4 === 1 || padding > 2 || (padding > 0 && (n + padding) % 4 !== 0)) return undefined;
  const out = new Uint8Array(Math.floor((n * 6) / 8));
  let o = 0;
  for (let i = 0; i < n; i += 4) {
    const a = sextets[i] ?? 0;
    const b = sextets[i + 1] ?? 0;
    const c = sextets[i + 2] ?? 0;
    const d = sextets[i + 3] ?? 0;
    const triple = (a << 18) | (b << 12) | (c << 6) | d;
    if (o < out.length) out[o++] = (triple >> 16) & 0xff;
    if (o < out.length) out[o++] = (triple >> 8) & 0xff;
    if (o < out.length) out[o++] = triple & 0xff;
  }
  return out;
}

/** Standard base64 with `=` padding, in one line. */
export function encodeBase64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i] ?? 0;
    const b = bytes[i + 1] ?? 0;
    const c = bytes[i + 2] ?? 0;
    const triple = (a << 16) | (b << 8) | c;
    out += alphabet[(triple >> 18) & 63];
    out += alphabet[(triple >> 12) & 63];
    out += i + 1 < bytes.length ? alphabet[(triple >> 6) & 63] : '=';
    out += i + 2 < bytes.length ? alphabet[triple & 63] : '=';
  }
  return out;
}

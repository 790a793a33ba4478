import type { SourceFile } from '../../core';

/** Original bytes of imported files, so an unedited export writes them back exactly. */
const originals = new Map<string, { text: string; bytes: Uint8Array }>();

const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const lenient = new TextDecoder('utf-8', { ignoreBOM: true });

export function rememberOriginal(path: string, text: string, bytes: Uint8Array): void {
  originals.set(path, { text, bytes });
}

export function originalBytes(path: string, text: string): Uint8Array | undefined {
  const o = originals.get(path);
  return o && o.text === text ? o.bytes : undefined;
}

/** Reads dropped or picked files as the workspace keeps them (BOM kept, bad UTF-8 flagged). */
export async function readFiles(list: Iterable<File>): Promise<SourceFile[]> {
  const out: SourceFile[] = [];
  for (const file of list) {
    const bytes = new Uint8Array(await file.arrayBuffer());
    let text: string;
    let invalidUtf8 = false;
    try {
      text = strict.decode(bytes);
    } catch {
      text = lenient.decode(bytes);
      invalidUtf8 = true;
    }
    rememberOriginal(file.name, text, bytes);
    out.push(invalidUtf8 ? { path: file.name, text, invalidUtf8 } : { path: file.name, text });
  }
  return out;
}

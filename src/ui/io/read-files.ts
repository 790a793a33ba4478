import type { SourceFile } from '../../core';

/** A file read from disk (picked or dropped): as the workspace keeps it, and its bytes. */
export interface ReadFile {
  readonly file: SourceFile;
  readonly bytes: Uint8Array;
}

/** Original bytes of imported files, so an unedited export writes them back exactly. */
const originals = new Map<string, { text: string; bytes: Uint8Array }>();

const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const lenient = new TextDecoder('utf-8', { ignoreBOM: true });

/** Remembers the bytes a workspace file (by its name in the workspace) was read from. */
export function rememberOriginal(path: string, text: string, bytes: Uint8Array): void {
  originals.set(path, { text, bytes });
}

/** A renamed file keeps the bytes it was read from. */
export function renameOriginal(from: string, to: string): void {
  const o = originals.get(from);
  if (o) originals.set(to, o);
}

export function originalBytes(path: string, text: string): Uint8Array | undefined {
  const o = originals.get(path);
  return o && o.text === text ? o.bytes : undefined;
}

/**
 * Reads dropped or picked files as the workspace keeps them (BOM kept, bad UTF-8 flagged). The
 * bytes are remembered once a file has its name in the workspace (`rememberOriginal`).
 */
export async function readFiles(list: Iterable<File>): Promise<ReadFile[]> {
  const out: ReadFile[] = [];
  for (const f of list) {
    const bytes = new Uint8Array(await f.arrayBuffer());
    let text: string;
    let invalidUtf8 = false;
    try {
      text = strict.decode(bytes);
    } catch {
      text = lenient.decode(bytes);
      invalidUtf8 = true;
    }
    const file = invalidUtf8 ? { path: f.name, text, invalidUtf8 } : { path: f.name, text };
    out.push({ file, bytes });
  }
  return out;
}

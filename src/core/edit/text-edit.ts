import type { SourceFile } from '../model/source';

/** Replace `[start, end)` of a text with `text` (offsets in UTF-16 code units, as Monaco's). */
export interface TextEdit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** The text after `edits`, which must not overlap (any order). */
export function applyTextEdits(text: string, edits: readonly TextEdit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start))
    out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

/** `files` with the edits of each applied (files without edits are the same objects). */
export function applyFileEdits(
  files: readonly SourceFile[],
  edits: readonly { readonly path: string; readonly edits: readonly TextEdit[] }[],
): SourceFile[] {
  return files.map((f) => {
    const e = edits.find((x) => x.path === f.path);
    return e ? { path: f.path, text: applyTextEdits(f.text, e.edits) } : f;
  });
}

import type { SourceFile } from '../model/source';

const startsWithMarker = /^(\uFEFF)?---(?=[ \t\r\n]|$)/;

/**
 * The workspace as one YAML stream, exactly as Export writes it: one file is returned
 * byte-for-byte; several are joined with `---` lines (none is added before a file that already
 * starts with one), each file's own text untouched.
 */
export function exportWorkspace(files: readonly SourceFile[]): string {
  if (files.length === 1) return (files[0] as SourceFile).text;
  let out = '';
  for (const f of files) {
    if (out !== '') {
      if (!out.endsWith('\n')) out += out.endsWith('\r') ? '\n' : '\n';
      if (!startsWithMarker.test(f.text)) out += '---\n';
    }
    out += f.text;
  }
  return out;
}

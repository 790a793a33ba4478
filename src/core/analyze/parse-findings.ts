import type { Finding } from '../model/finding';
import type { FileDocument, ParsedFile } from '../parse/parse-file';

/** Parse problems as findings: they carry document offsets rather than field paths. */
export function parseProblemFindings(file: ParsedFile, doc: FileDocument): Finding[] {
  return doc.parsed.problems.map((p) => ({
    code: p.code,
    severity: p.severity,
    message: p.message,
    origin: { file: file.source.path, doc: doc.index, base: [] },
    path: [],
    offsets: { start: p.start, end: p.end },
  }));
}

const templateMarker = /\{\{-?\s*[.$\w/"(]/;

/** Whole-file findings: bytes that are not UTF-8, and Go/Helm template markers. */
export function fileFindings(file: ParsedFile): Finding[] {
  const out: Finding[] = [];
  const text = file.source.text;
  const locate = (offset: number) => {
    const doc = file.documents.find((d) => offset >= d.start && offset < d.end) ?? file.documents[0];
    return doc ? { doc, start: offset - doc.start } : undefined;
  };
  if (file.source.invalidUtf8) {
    const at = locate(Math.max(0, text.indexOf('\uFFFD')));
    if (at)
      out.push({
        code: 'INVALID_UTF8',
        severity: 'error',
        message: 'The file is not valid UTF-8; Kubernetes manifests must be UTF-8. Bad bytes are shown as \uFFFD.',
        origin: { file: file.source.path, doc: at.doc.index, base: [] },
        path: [],
        offsets: { start: at.start, end: at.start + 1 },
      });
  }
  const m = templateMarker.exec(text);
  if (m) {
    const at = locate(m.index);
    if (at)
      out.push({
        code: 'TEMPLATE_SYNTAX',
        severity: 'warning',
        message: 'This file contains Go/Helm template markers ({{ … }}); render it first (e.g. helm template) so the values are real.',
        origin: { file: file.source.path, doc: at.doc.index, base: [] },
        path: [],
        offsets: { start: at.start, end: at.start + 2 },
      });
  }
  return out;
}

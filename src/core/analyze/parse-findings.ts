import type { Finding } from '../model/finding';
import type { ParsedDocument } from '../parse/parse-document';
import type { ParsedFile } from '../parse/parse-file';

/** Syntax errors reported per document; past this many the rest are summed up in one line. */
const MAX_PROBLEMS = 20;

const templateMarker = /\{\{-?\s*[.$\w/"(]/;

/**
 * Findings about a document's text: YAML problems (they carry offsets rather than field
 * paths), and Go/Helm template markers.
 */
export function documentTextFindings(
  parsed: ParsedDocument,
  where: { file: string; doc: number },
): Finding[] {
  const origin = { file: where.file, doc: where.doc, base: [] };
  const out: Finding[] = parsed.problems.slice(0, MAX_PROBLEMS).map((p) => ({
    code: p.code,
    severity: p.severity,
    message: p.message,
    origin,
    path: [],
    offsets: { start: p.start, end: p.end },
  }));
  const more = parsed.problems.length - MAX_PROBLEMS;
  const last = parsed.problems[MAX_PROBLEMS];
  if (more > 0 && last)
    out.push({
      code: 'YAML_SYNTAX',
      severity: 'error',
      message: `${more} more YAML problems in this document are not listed; fix the ones above first.`,
      origin,
      path: [],
      offsets: { start: last.start, end: last.end },
    });
  const m = templateMarker.exec(parsed.text);
  if (m)
    out.push({
      code: 'TEMPLATE_SYNTAX',
      severity: 'warning',
      message:
        'This document contains Go/Helm template markers ({{ … }}); render it first (e.g. helm template) so the values are real.',
      origin,
      path: [],
      offsets: { start: m.index, end: m.index + 2 },
    });
  return out;
}

/** A file whose bytes are not UTF-8: one finding at the first bad character. */
export function encodingFindings(file: ParsedFile): Finding[] {
  if (!file.source.invalidUtf8) return [];
  const text = file.source.text;
  const offset = Math.max(0, text.indexOf('\uFFFD'));
  const doc = file.documents.find((d) => offset >= d.start && offset < d.end) ?? file.documents[0];
  if (!doc) return [];
  return [
    {
      code: 'INVALID_UTF8',
      severity: 'error',
      message:
        'The file is not valid UTF-8; Kubernetes manifests must be UTF-8. Bad bytes are shown as \uFFFD.',
      origin: { file: file.source.path, doc: doc.index, base: [] },
      path: [],
      offsets: { start: offset - doc.start, end: offset - doc.start + 1 },
    },
  ];
}

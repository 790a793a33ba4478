import { LineIndex } from '../model/source';
import type { SourceFile, SourceRange } from '../model/source';
import type { Path, PathPart } from '../model/path';
import { parseYamlDocument } from './parse-document';
import type { ParsedDocument } from './parse-document';
import { changedRegion } from './changed-region';
import { splitDocuments } from './split-documents';

/** A document in its file: where it sits, and its parse (shared with every identical text). */
export interface FileDocument {
  readonly file: string;
  /** 0-based position of the document in its file. */
  readonly index: number;
  readonly start: number;
  readonly end: number;
  /** 0-based line of the file on which the document starts. */
  readonly firstLine: number;
  readonly parsed: ParsedDocument;
}

export interface ParsedFile {
  readonly source: SourceFile;
  readonly documents: readonly FileDocument[];
}

/**
 * Remembers parsed documents by their text, so re-parsing a workspace after an edit only
 * parses the documents whose text changed. Documents no longer in the workspace are dropped
 * once they outnumber the live ones (`retain`), so an edit does not pay for bookkeeping.
 */
export class DocumentCache {
  private docs = new Map<string, ParsedDocument>();

  get(text: string): ParsedDocument {
    let doc = this.docs.get(text);
    if (!doc) {
      doc = parseYamlDocument(text);
      this.docs.set(text, doc);
    }
    return doc;
  }

  /** Keeps only `live` when the cache holds many more documents than that. */
  retain(live: () => Iterable<ParsedDocument>, liveCount: number): void {
    if (this.docs.size <= 2 * liveCount + 256) return;
    const next = new Map<string, ParsedDocument>();
    for (const d of live()) next.set(d.text, d);
    this.docs = next;
  }
}

const startsWithMarker = /^---(?=[ \t\r\n]|$)/;

const lineIndexes = new WeakMap<ParsedDocument, LineIndex>();
const newlineCounts = new WeakMap<ParsedDocument, number>();

function linesOf(doc: ParsedDocument): LineIndex {
  let li = lineIndexes.get(doc);
  if (!li) {
    li = new LineIndex(doc.text);
    lineIndexes.set(doc, li);
  }
  return li;
}

function newlines(doc: ParsedDocument): number {
  let n = newlineCounts.get(doc);
  if (n === undefined) {
    n = 0;
    for (let i = doc.text.indexOf('\n'); i !== -1; i = doc.text.indexOf('\n', i + 1)) n++;
    newlineCounts.set(doc, n);
  }
  return n;
}

function parseSpan(
  text: string,
  start: number,
  end: number,
  cache?: DocumentCache,
): ParsedDocument {
  const docText = text.slice(start, end);
  return cache ? cache.get(docText) : parseYamlDocument(docText);
}

/**
 * Splits a file into documents and parses them. Given the previous parse of the same file,
 * only the documents around the changed region are split and parsed again; the others are
 * reused (and shifted).
 */
/** Where a file's text changed since its previous parse: offsets in the previous text. */
export interface TextChange {
  readonly start: number;
  /** End of the replaced part, in the previous text. */
  readonly end: number;
}

export function parseFile(
  source: SourceFile,
  cache?: DocumentCache,
  previous?: ParsedFile,
  change?: TextChange,
): ParsedFile {
  const text = source.text;
  const path = source.path;
  const prevDocs = previous?.documents;
  if (previous && prevDocs && prevDocs.length > 0 && previous.source.path === path) {
    const prevText = previous.source.text;
    // The editor knows where it changed the text; otherwise compare the two texts once.
    const { prefix, suffix } = change
      ? { prefix: change.start, suffix: prevText.length - change.end }
      : changedRegion(prevText, text);
    // Same text (compared once, here): the previous parse stands.
    if (
      prefix === text.length &&
      prefix === prevText.length &&
      !!previous.source.invalidUtf8 === !!source.invalidUtf8
    )
      return previous.source === source ? previous : { source, documents: previous.documents };
    const delta = text.length - prevText.length;
    // Re-split from the document holding the first change (4 characters early: a `---` line
    // that lost a dash changes the boundary before it) to the one holding the last change.
    const from = Math.max(0, prefix - 4);
    const oldTo = prevText.length - suffix;
    let i0 = 0;
    while (i0 + 1 < prevDocs.length && (prevDocs[i0 + 1] as FileDocument).start <= from) i0++;
    let i1 = i0;
    while (i1 + 1 < prevDocs.length && (prevDocs[i1 + 1] as FileDocument).start <= oldTo) i1++;
    // A document that does not open with `---` began after a `...` line of the one before,
    // so an edit there may move its start too.
    while (
      i1 + 1 < prevDocs.length &&
      !startsWithMarker.test((prevDocs[i1 + 1] as FileDocument).parsed.text)
    )
      i1++;
    const regionStart = (prevDocs[i0] as FileDocument).start;
    const regionEnd = (prevDocs[i1] as FileDocument).end + delta;
    const middle =
      regionEnd === regionStart ? [] : splitDocuments(text.slice(regionStart, regionEnd));
    // Documents before the change stay as they are; those after it move by `delta` characters
    // and by however many lines the change added or removed.
    const documents: FileDocument[] = prevDocs.slice(0, i0);
    let line = (prevDocs[i0] as FileDocument).firstLine;
    for (const m of middle) {
      const parsed = parseSpan(text, m.start + regionStart, m.end + regionStart, cache);
      const index = documents.length;
      const startAt = m.start + regionStart;
      const prev = prevDocs[index];
      documents.push(
        prev && prev.parsed === parsed && prev.start === startAt && prev.firstLine === line
          ? prev
          : {
              file: path,
              index,
              start: startAt,
              end: m.end + regionStart,
              firstLine: line,
              parsed,
            },
      );
      line += newlines(parsed);
    }
    const after = prevDocs[i1 + 1];
    const lineDelta = after ? line - after.firstLine : 0;
    const indexDelta = documents.length - (i1 + 1);
    for (let i = i1 + 1; i < prevDocs.length; i++) {
      const d = prevDocs[i] as FileDocument;
      documents.push(
        delta === 0 && lineDelta === 0 && indexDelta === 0
          ? d
          : {
              file: path,
              index: d.index + indexDelta,
              start: d.start + delta,
              end: d.end + delta,
              firstLine: d.firstLine + lineDelta,
              parsed: d.parsed,
            },
      );
    }
    if (documents.length === 0)
      documents.push({
        file: path,
        index: 0,
        start: 0,
        end: 0,
        firstLine: 0,
        parsed: parseSpan(text, 0, 0, cache),
      });
    return { source, documents };
  }
  const spans = splitDocuments(text);
  const documents: FileDocument[] = [];
  let line = 0;
  for (let index = 0; index < spans.length; index++) {
    const s = spans[index] as (typeof spans)[number];
    const parsed = parseSpan(text, s.start, s.end, cache);
    const prev = prevDocs?.[index];
    documents.push(
      prev && prev.parsed === parsed && prev.start === s.start && prev.firstLine === line
        ? prev
        : { file: path, index, start: s.start, end: s.end, firstLine: line, parsed },
    );
    line += newlines(parsed);
  }
  return { source, documents };
}

/** The document that holds an offset (the last one starting at or before it). */
function documentAt(file: ParsedFile, offset: number): FileDocument | undefined {
  const docs = file.documents;
  let lo = 0;
  let hi = docs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((docs[mid] as FileDocument).start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return docs[lo];
}

function positionIn(file: ParsedFile, offset: number): { line: number; column: number } {
  const doc = documentAt(file, offset);
  if (!doc) return { line: 1, column: offset + 1 };
  const p = linesOf(doc.parsed).position(offset - doc.start);
  return { line: doc.firstLine + p.line, column: p.column };
}

/** A source range from file offsets. */
export function fileRange(file: ParsedFile, start: number, end: number): SourceRange {
  const a = positionIn(file, start);
  const b = end > start ? positionIn(file, end) : a;
  return {
    file: file.source.path,
    start,
    end: Math.max(start, end),
    line: a.line,
    column: a.column,
    endLine: b.line,
    endColumn: b.column,
  };
}

const located = new WeakMap<ParsedDocument, Map<string, { start: number; end: number }>>();

/** The source range of `path` inside a document (falls back to the nearest existing ancestor). */
export function locateInFile(
  file: ParsedFile,
  doc: FileDocument,
  path: Path,
  part?: PathPart,
): SourceRange {
  let byPath = located.get(doc.parsed);
  if (!byPath) {
    byPath = new Map();
    located.set(doc.parsed, byPath);
  }
  const key = `${part ?? 'value'}\u0000${path.join('\u0000')}`;
  let r = byPath.get(key);
  if (!r) {
    const found = doc.parsed.locate(path, part);
    r = { start: found.start, end: found.end };
    byPath.set(key, r);
  }
  const local = linesOf(doc.parsed);
  const a = local.position(r.start);
  const b = local.position(r.end);
  return {
    file: file.source.path,
    start: doc.start + r.start,
    end: doc.start + r.end,
    line: doc.firstLine + a.line,
    column: a.column,
    endLine: doc.firstLine + b.line,
    endColumn: b.column,
  };
}

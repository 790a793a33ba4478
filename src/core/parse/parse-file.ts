import { LineIndex } from '../model/source';
import type { SourceFile, SourceRange } from '../model/source';
import type { Path, PathPart } from '../model/path';
import { parseYamlDocument } from './parse-document';
import type { ParsedDocument } from './parse-document';
import { splitDocuments } from './split-documents';

/** A document in its file: where it sits, and its parse (shared with every identical text). */
export interface FileDocument {
  readonly file: string;
  /** 0-based position of the document in its file. */
  readonly index: number;
  readonly start: number;
  readonly end: number;
  readonly parsed: ParsedDocument;
}

export interface ParsedFile {
  readonly source: SourceFile;
  readonly lines: LineIndex;
  readonly documents: readonly FileDocument[];
}

/**
 * Remembers parsed documents by their text, so re-parsing a workspace after an edit only
 * parses the documents whose text changed. Entries not used by the latest parse are dropped.
 */
export class DocumentCache {
  private current = new Map<string, ParsedDocument>();
  private next = new Map<string, ParsedDocument>();

  get(text: string): ParsedDocument {
    let doc = this.next.get(text) ?? this.current.get(text);
    if (!doc) doc = parseYamlDocument(text);
    this.next.set(text, doc);
    return doc;
  }

  /** Ends a parse generation: forget documents that were not asked for since the last one. */
  sweep(): void {
    this.current = this.next;
    this.next = new Map();
  }
}

export function parseFile(source: SourceFile, cache?: DocumentCache): ParsedFile {
  const text = source.text;
  const documents: FileDocument[] = splitDocuments(text).map((span, index) => {
    const docText = text.slice(span.start, span.end);
    const parsed = cache ? cache.get(docText) : parseYamlDocument(docText);
    return { file: source.path, index, start: span.start, end: span.end, parsed };
  });
  return { source, lines: new LineIndex(text), documents };
}

/** The source range of `path` inside a document (falls back to the nearest existing ancestor). */
export function locateInFile(
  file: ParsedFile,
  doc: FileDocument,
  path: Path,
  part?: PathPart,
): SourceRange {
  const r = doc.parsed.locate(path, part);
  return file.lines.range(file.source.path, doc.start + r.start, doc.start + r.end);
}

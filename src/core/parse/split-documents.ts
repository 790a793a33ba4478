/** A document's slice of a file: `[start, end)` offsets. */
export interface DocumentSpan {
  readonly start: number;
  readonly end: number;
}

const marker = /^(?:---|\.\.\.)(?=[ \t\r\n]|$)/;

/**
 * Splits a YAML stream at document markers without parsing it. A `---` or `...` at column 0
 * always ends the current document (YAML 1.2 §9.1: marker lines cannot appear inside
 * content), so each span can be parsed on its own and re-parsed alone after an edit.
 * A span starts at its `---` line; text after `...` up to the next marker is its own span.
 */
export function splitDocuments(text: string): DocumentSpan[] {
  const spans: DocumentSpan[] = [];
  let start = 0;
  let lineStart = 0;
  const n = text.length;
  while (lineStart < n) {
    const c = text.charCodeAt(lineStart);
    let nextLine = text.indexOf('\n', lineStart);
    nextLine = nextLine === -1 ? n : nextLine + 1;
    // Only '-' or '.' at column 0 can start a marker.
    if ((c === 45 || c === 46) && marker.test(text.slice(lineStart, lineStart + 4))) {
      if (c === 45) {
        if (lineStart > start) spans.push({ start, end: lineStart });
        start = lineStart;
      } else {
        spans.push({ start, end: nextLine });
        start = nextLine;
      }
    }
    lineStart = nextLine;
  }
  if (start < n || spans.length === 0) spans.push({ start, end: n });
  return spans;
}

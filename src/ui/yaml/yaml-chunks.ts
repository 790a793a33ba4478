/**
 * A multi-document YAML file seen one document at a time. The schema language service parses
 * and validates a whole file per request: close to a second at 40,000 lines. Every schema
 * feature reads one document only (the schema applies to each document alone), so the YAML
 * worker hands the service the document around the cursor, and validates again only the
 * documents whose text changed. A line that starts with `---` is a document start wherever it
 * is (YAML forbids it inside scalars), so cutting there is exact.
 */

/** Whether a line starts a document (`---` alone, or followed by a space, tab, or content after one). */
export function isDocumentStart(line: string): boolean {
  if (!line.startsWith('---')) return false;
  const next = line.charCodeAt(3);
  return Number.isNaN(next) || next === 32 || next === 9 || next === 13;
}

/** A run of lines, `end` exclusive. */
export interface LineSpan {
  readonly start: number;
  readonly end: number;
}

/** Every document's lines, in order; together they cover every line. */
export function documentSpans(lines: readonly string[]): LineSpan[] {
  const spans: LineSpan[] = [];
  let start = 0;
  for (let i = 1; i < lines.length; i++) {
    if (isDocumentStart(lines[i] as string)) {
      spans.push({ start, end: i });
      start = i;
    }
  }
  spans.push({ start, end: Math.max(lines.length, start + 1) });
  return spans;
}

/** The lines of the document holding line `line` (found by looking up and down from it). */
export function documentSpanAt(lines: readonly string[], line: number): LineSpan {
  const at = Math.max(0, Math.min(line, lines.length - 1));
  let start = at;
  while (start > 0 && !isDocumentStart(lines[start] as string)) start--;
  let end = at + 1;
  while (end < lines.length && !isDocumentStart(lines[end] as string)) end++;
  return { start, end: Math.max(end, start + 1) };
}

/** The text of a document's lines, joined by the file's line end. */
export function spanText(lines: readonly string[], span: LineSpan, eol: string): string {
  return lines.slice(span.start, span.end).join(eol);
}

/**
 * A copy of a language-server value (a diagnostic, completion list, hover, edit, …) moved by
 * `lines`, with the document address `from` replaced by `to` wherever it appears (as a value
 * or as a key of a map of edits). Every position ({ line, character }) is moved once.
 */
export function relocate<T>(value: T, lines: number, from: string, to: string): T {
  const move = (v: unknown): unknown => {
    if (typeof v === 'string') return v === from ? to : v;
    if (Array.isArray(v)) return v.map(move);
    if (v === null || typeof v !== 'object') return v;
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) out[k === from ? to : k] = move(x);
    const line = out.line;
    if (typeof line === 'number' && typeof out.character === 'number') out.line = line + lines;
    return out;
  };
  return move(value) as T;
}

/** The first position-like argument's line: a position, a range, or a list of positions. */
export function anchorLine(arg: unknown): number | undefined {
  const pos = (v: unknown): number | undefined => {
    if (!v || typeof v !== 'object') return undefined;
    const o = v as { line?: unknown; start?: unknown };
    if (typeof o.line === 'number') return o.line;
    return pos(o.start);
  };
  if (Array.isArray(arg)) return pos(arg[0]);
  return pos(arg);
}

/** Whether every position in a list lies within `span` (a request about several places). */
export function allWithin(arg: unknown, span: LineSpan): boolean {
  const list = Array.isArray(arg) ? arg : [arg];
  return list.every((p) => {
    const line = anchorLine(p);
    return line === undefined || (line >= span.start && line < span.end);
  });
}

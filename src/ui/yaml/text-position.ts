/**
 * Positions between the core and Monaco. The core counts UTF-16 offsets into the file text,
 * lines and columns 1-based, a leading byte order mark included; Monaco keeps a BOM outside
 * its text, so on line 1 its columns are one less. Lines are the same on both sides (even
 * when Monaco normalises mixed line endings), so conversions go through line and column.
 */
import type { SourceRange } from '../../core';

/** A range in Monaco's terms (`monaco.IRange`). */
export interface EditorRange {
  readonly startLineNumber: number;
  readonly startColumn: number;
  readonly endLineNumber: number;
  readonly endColumn: number;
}

export function hasBom(text: string): boolean {
  return text.charCodeAt(0) === 0xfeff;
}

/** Monaco's range for a core range of a text (`bom`: that text starts with a byte order mark). */
export function toEditorRange(range: SourceRange, bom: boolean): EditorRange {
  const shift = bom ? 1 : 0;
  const column = (line: number, c: number) => (line === 1 ? Math.max(1, c - shift) : c);
  return {
    startLineNumber: range.line,
    startColumn: column(range.line, range.column),
    endLineNumber: range.endLine,
    endColumn: column(range.endLine, range.endColumn),
  };
}

/** Offset into `text` of Monaco's 1-based line and column (clamped to the line's end). */
export function offsetAt(text: string, line: number, column: number): number {
  let start = 0;
  for (let l = 1; l < line; l++) {
    const next = text.indexOf('\n', start);
    if (next === -1) return text.length;
    start = next + 1;
  }
  if (line === 1 && hasBom(text)) start = 1;
  let end = text.indexOf('\n', start);
  if (end === -1) end = text.length;
  else if (text.charCodeAt(end - 1) === 13 && end - 1 >= start) end--;
  return Math.min(start + column - 1, end);
}

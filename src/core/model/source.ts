/** One input file as the user gave it. `text` is the whole file, byte-for-byte decoded. */
export interface SourceFile {
  readonly path: string;
  readonly text: string;
  /** The host could not decode the bytes as UTF-8; `text` holds U+FFFD where they were bad. */
  readonly invalidUtf8?: boolean;
}

/** A span of a source file. Offsets are UTF-16 indices into the text; lines and columns are 1-based. */
export interface SourceRange {
  readonly file: string;
  readonly start: number;
  readonly end: number;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
}

/** Offsets of line starts, so offsets map to line:column in O(log n). */
export class LineIndex {
  private readonly starts: number[];

  constructor(text: string) {
    const starts = [0];
    let i = text.indexOf('\n');
    while (i !== -1) {
      starts.push(i + 1);
      i = text.indexOf('\n', i + 1);
    }
    this.starts = starts;
  }

  /** 1-based line and column of an offset. */
  position(offset: number): { line: number; column: number } {
    const starts = this.starts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] as number) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - (starts[lo] as number) + 1 };
  }

  range(file: string, start: number, end: number): SourceRange {
    const a = this.position(start);
    const b = this.position(Math.max(start, end));
    return {
      file,
      start,
      end: Math.max(start, end),
      line: a.line,
      column: a.column,
      endLine: b.line,
      endColumn: b.column,
    };
  }
}

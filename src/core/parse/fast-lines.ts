// Line scanning for the fast path: finds content lines, skipping blank and comment lines
// (remembered, since yaml attaches some of them to node ends) and document markers, and scans
// plain scalars and implicit keys on one line. `DocumentReader` builds the structure on top.
import {
  bail,
  doubleQuotedEnd,
  doubleQuotedValue,
  isPlainStart,
  singleQuotedEnd,
  singleQuotedValue,
} from './fast-scalars';

/** Character codes the scanners test for. */
export const SP = 32;
export const TAB = 9;
export const LF = 10;
export const CR = 13;
export const HASH = 35;
export const COLON = 58;
export const DASH = 45;

/** The line-level state and scanners of a fast-path read; bails where the subset ends. */
export class LineReader {
  protected readonly n: number;
  /** The current content line: start, indentation, end, content end (before `\r\n`). */
  protected ls = 0;
  protected ind = 0;
  protected le = 0;
  protected ce = 0;
  protected eof = false;
  private started = false;
  /** Where the empty contents after a `---` line would be (-1: no `---`). */
  protected docStart = -1;
  /** Comment lines between the previous content line and the current one: indentation, end. */
  protected readonly comInd: number[] = [];
  protected readonly comEnd: number[] = [];
  protected ncom = 0;
  /** Where the gap before the current content line ends: its first character, or the end. */
  protected pEnd = 0;
  /** Results of `scanPlain`. */
  protected sEnd = 0;
  protected sColon = -1;

  constructor(protected readonly text: string) {
    this.n = text.length;
  }

  /** Where the document starts after a BOM; bails on a BOM elsewhere or a lone `\r`. */
  protected begin(): number {
    const t = this.text;
    if (t.indexOf('\uFEFF', 1) !== -1) bail();
    for (let i = t.indexOf('\r'); i !== -1; i = t.indexOf('\r', i + 2))
      if (t.charCodeAt(i + 1) !== LF) bail();
    return t.charCodeAt(0) === 0xfeff ? 1 : 0;
  }

  /** Moves to the next content line from the line starting at `from`, noting comment lines. */
  protected advance(from: number): void {
    const t = this.text;
    const n = this.n;
    this.ncom = 0;
    let p = from;
    for (;;) {
      let q = p;
      while (t.charCodeAt(q) === SP) q++;
      if (q >= n) {
        this.eof = true;
        this.pEnd = n;
        return;
      }
      const c = t.charCodeAt(q);
      if (c === LF || c === CR) {
        p = t.indexOf('\n', q) + 1;
        continue;
      }
      if (c === HASH) {
        const e = t.indexOf('\n', q);
        const end = e === -1 ? n : e + 1;
        this.comInd[this.ncom] = q - p;
        this.comEnd[this.ncom++] = end;
        p = end;
        if (p >= n) {
          this.eof = true;
          this.pEnd = n;
          return;
        }
        continue;
      }
      if (c === TAB) bail();
      if (q === p && (c === DASH || c === 46) && this.isMarker(p)) {
        if (c === DASH) {
          if (this.started || this.docStart !== -1) bail();
          let i = p + 3;
          while (t.charCodeAt(i) === SP) i++;
          this.docStart = i;
          const d = t.charCodeAt(i);
          if (i < n && d !== LF && d !== CR && (d !== HASH || i === p + 3)) bail();
          const e = t.indexOf('\n', i);
          p = e === -1 ? n : e + 1;
          if (p >= n) {
            this.eof = true;
            this.pEnd = n;
            return;
          }
          continue;
        }
        // `...` ends the document: only blank lines may follow.
        if (!this.started) bail();
        for (let i = p + 3; i < n; i++) {
          const d = t.charCodeAt(i);
          if (d !== SP && d !== LF && d !== CR) bail();
        }
        this.eof = true;
        this.pEnd = p;
        return;
      }
      this.started = true;
      this.ls = p;
      this.ind = q - p;
      const e = t.indexOf('\n', q);
      this.le = e === -1 ? n : e;
      this.ce = this.le > q && t.charCodeAt(this.le - 1) === CR ? this.le - 1 : this.le;
      this.pEnd = q;
      this.eof = false;
      return;
    }
  }

  protected isMarker(p: number): boolean {
    const t = this.text;
    const c = t.charCodeAt(p);
    if (t.charCodeAt(p + 1) !== c || t.charCodeAt(p + 2) !== c) return false;
    const d = t.charCodeAt(p + 3);
    return p + 3 >= this.n || d === SP || d === TAB || d === LF || d === CR;
  }

  /** True at the end of the line's content or before a space or tab. */
  protected isBreak(i: number): boolean {
    if (i >= this.ce) return true;
    const c = this.text.charCodeAt(i);
    return c === SP || c === TAB;
  }

  protected skipSpaces(i: number): number {
    const t = this.text;
    while (i < this.ce && t.charCodeAt(i) === SP) i++;
    if (i < this.ce && t.charCodeAt(i) === TAB) bail();
    return i;
  }

  /** Whether an implicit key (`key:` or `"key":`) starts at `p`. */
  protected isKeyAt(p: number): boolean {
    const c = this.text.charCodeAt(p);
    if (c === 34 || c === 39) {
      const i = this.skipSpaces(this.quotedEnd(p));
      return this.text.charCodeAt(i) === COLON && i < this.ce && this.isBreak(i + 1);
    }
    if (!isPlainStart(c, this.text.charCodeAt(p + 1), false)) return false;
    this.scanPlain(p);
    return this.sColon !== -1;
  }

  /**
   * Scans a plain scalar from `p` to the end of its line: `sEnd` is where its text ends (before
   * a comment or trailing spaces), `sColon` the `:` that makes it an implicit key (or -1).
   */
  protected scanPlain(p: number): void {
    const t = this.text;
    const ce = this.ce;
    let end = p + 1;
    for (let i = p + 1; i < ce; i++) {
      const c = t.charCodeAt(i);
      if (c === SP) {
        if (t.charCodeAt(i + 1) === HASH) break;
        continue;
      }
      if (c === TAB) bail();
      if (c === COLON && this.isBreak(i + 1)) {
        this.sEnd = end;
        this.sColon = i;
        return;
      }
      end = i + 1;
    }
    this.sEnd = end;
    this.sColon = -1;
  }

  /** End (exclusive) of the quoted scalar opening at `p` on the current line. */
  protected quotedEnd(p: number): number {
    return this.text.charCodeAt(p) === 34
      ? doubleQuotedEnd(this.text, p, this.ce)
      : singleQuotedEnd(this.text, p, this.ce);
  }

  protected quotedValue(p: number, end: number): string {
    return this.text.charCodeAt(p) === 34
      ? doubleQuotedValue(this.text, p, end)
      : singleQuotedValue(this.text, p, end);
  }

  /** The most indented of the comment lines from the `from`th on (-1: none). */
  protected maxCommentIndent(from: number): number {
    let max = -1;
    for (let i = from; i < this.ncom; i++) {
      const indent = this.comInd[i] as number;
      if (indent > max) max = indent;
    }
    return max;
  }
}

// A fast path for the small, regular subset of YAML that Kubernetes manifests use: block maps
// and sequences, one-line scalars, block scalars and one-line flow collections of scalars. It
// reads one document line by line and gives up (returns undefined) on anything outside that
// subset or anything `yaml` would report, so the caller can fall back to the `yaml` package.
//
// Values equal `parseDocument(text, { merge: true, uniqueKeys: true, strict: true }).toJS()`;
// ranges equal the `yaml` nodes' `range[0]..range[1]`. A collection's range ends where its last
// value's node ends (`range[2]`: after that line's comment and line break), and comment lines
// after it move that end as yaml's CST parser attaches them; see `lineEnd` and `close`.
import { readBlockScalar } from './fast-block-scalar';
import { readFlow } from './fast-flow';
import { locateIn } from './fast-locate';
import type { FastResult, RootRange } from './fast-locate';
import type { Path, PathPart } from '../model/path';
import { newMapRecord, newSeqRecord } from './fast-record';
import type { NodeRecord } from './fast-record';
import {
  bail,
  doubleQuotedEnd,
  doubleQuotedValue,
  resolvePlain,
  singleQuotedEnd,
  singleQuotedValue,
  toKeyString,
} from './fast-scalars';

export type { FastResult } from './fast-locate';

/**
 * Parses one YAML document's text when it stays inside the subset the fast path handles;
 * returns undefined otherwise (including any input `yaml` would report a problem for).
 * Never throws.
 */
export function fastParse(text: string): FastResult | undefined {
  try {
    const parser = new Parser(text, false);
    const value = parser.document();
    return new FastParsed(text, value, parser.root);
  } catch {
    // BAIL, or a stack overflow on deep nesting: the yaml path reads (and reports) the document.
    return undefined;
  }
}

/**
 * A fast-parsed document. Ranges below the root are not kept while parsing (the hot path):
 * the first `locate` that needs them reads the text again, recording them.
 */
class FastParsed implements FastResult {
  private recorded: RootRange | null | undefined;

  constructor(
    private readonly text: string,
    readonly value: unknown,
    private readonly root: RootRange | null,
  ) {}

  locate(path: Path, part: PathPart = 'value'): { start: number; end: number; exact: boolean } {
    const root = this.root;
    if (!root) return { start: 0, end: this.text.length, exact: path.length === 0 };
    if (path.length === 0) return { start: root.start, end: root.end, exact: true };
    if (this.recorded === undefined) {
      try {
        const parser = new Parser(this.text, true);
        parser.document();
        this.recorded = parser.root;
      } catch {
        this.recorded = null; // cannot happen: the same text was read once already
      }
    }
    return locateIn(this.recorded ?? root, path, part);
  }
}

/** Deeper documents go to yaml, where nesting limits are reported; manifests stay below 20. */
const MAX_DEPTH = 64;

const SP = 32;
const TAB = 9;
const LF = 10;
const CR = 13;
const HASH = 35;
const COLON = 58;
const DASH = 45;

class Parser {
  private readonly n: number;
  /** The current content line: its start, indentation, content end (before `\r\n`). */
  private ls = 0;
  private ind = 0;
  private ce = 0;
  private le = 0;
  private eof = false;
  private started = false;
  private docStart = -1;
  /** Comment lines between the last content line and the current one: indentation, end. */
  private readonly comInd: number[] = [];
  private readonly comEnd: number[] = [];
  private ncom = 0;
  /** Most indented comment not attached to the last value (-1: none), and where the gap ends. */
  private pMax = -1;
  private pEnd = 0;
  /** Range of the node read last: start, end, and node end (yaml's `range[2]`). */
  private v0 = 0;
  private v1 = 0;
  private v2 = 0;
  private node: NodeRecord | undefined;
  /** Scan results of `scanPlain`. */
  private sEnd = 0;
  private sColon = -1;
  private depth = 0;
  root: RootRange | null = null;

  constructor(
    private readonly text: string,
    private readonly record: boolean,
  ) {
    this.n = text.length;
  }

  document(): unknown {
    const t = this.text;
    const start = t.charCodeAt(0) === 0xfeff ? 1 : 0;
    if (t.indexOf('\uFEFF', 1) !== -1) bail();
    for (let i = t.indexOf('\r'); i !== -1; i = t.indexOf('\r', i + 2))
      if (t.charCodeAt(i + 1) !== LF) bail();
    this.advance(start);
    if (this.eof) {
      // Only comments: no contents. After `---`: an empty scalar after the marker.
      this.root =
        this.docStart === -1 ? null : { start: this.docStart, end: this.docStart, node: undefined };
      return null;
    }
    const p = this.ls + this.ind;
    const c = t.charCodeAt(p);
    // yaml does not count indentation or `-` indicators on the line right after a BOM.
    if (start === 1 && this.ls === 1 && (this.ind > 0 || c === DASH)) bail();
    let value: unknown;
    if (c === DASH && this.isBreak(p + 1)) value = this.seq(this.ind, p);
    else if (this.isKeyAt(p)) value = this.map(this.ind, p);
    else {
      if (c === 124 || c === 62) bail(); // a block scalar as the whole document
      value = this.inline(p, -1, false);
    }
    if (!this.eof) bail();
    this.root = { start: this.v0, end: this.v1, node: this.node };
    return value;
  }

  /** Moves to the next content line from the line starting at `from`, noting comment lines. */
  private advance(from: number): void {
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

  private isMarker(p: number): boolean {
    const t = this.text;
    const c = t.charCodeAt(p);
    if (t.charCodeAt(p + 1) !== c || t.charCodeAt(p + 2) !== c) return false;
    const d = t.charCodeAt(p + 3);
    return p + 3 >= this.n || d === SP || d === TAB || d === LF || d === CR;
  }

  /** True at the end of the line's content or before a space or tab. */
  private isBreak(i: number): boolean {
    if (i >= this.ce) return true;
    const c = this.text.charCodeAt(i);
    return c === SP || c === TAB;
  }

  private skipSpaces(i: number): number {
    const t = this.text;
    while (i < this.ce && t.charCodeAt(i) === SP) i++;
    if (i < this.ce && t.charCodeAt(i) === TAB) bail();
    return i;
  }

  /** Whether an implicit key (`key:` or `"key":`) starts at `p`. */
  private isKeyAt(p: number): boolean {
    const c = this.text.charCodeAt(p);
    if (c === 34 || c === 39) {
      const end =
        c === 34 ? doubleQuotedEnd(this.text, p, this.ce) : singleQuotedEnd(this.text, p, this.ce);
      const i = this.skipSpaces(end);
      return this.text.charCodeAt(i) === COLON && i < this.ce && this.isBreak(i + 1);
    }
    if (!isPlainStart(c, this.text.charCodeAt(p + 1))) return false;
    this.scanPlain(p);
    return this.sColon !== -1;
  }

  /**
   * Scans a plain scalar from `p` to the end of its line: `sEnd` is where its text ends (before
   * a comment or trailing spaces), `sColon` the `:` that makes it an implicit key (or -1).
   */
  private scanPlain(p: number): void {
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

  /** A block mapping whose first key is at `p`, its entries at column `col`. */
  private map(col: number, p: number): Record<string, unknown> {
    const t = this.text;
    if (++this.depth > MAX_DEPTH) bail();
    const obj: Record<string, unknown> = {};
    const rec = this.record ? newMapRecord() : undefined;
    const start = p;
    for (;;) {
      const c = t.charCodeAt(p);
      let key: unknown;
      let keyEnd: number;
      let colon: number;
      if (c === 34 || c === 39) {
        keyEnd = c === 34 ? doubleQuotedEnd(t, p, this.ce) : singleQuotedEnd(t, p, this.ce);
        colon = this.skipSpaces(keyEnd);
        if (colon >= this.ce || t.charCodeAt(colon) !== COLON || !this.isBreak(colon + 1)) bail();
        key = c === 34 ? doubleQuotedValue(t, p, keyEnd) : singleQuotedValue(t, p, keyEnd);
      } else {
        if (!isPlainStart(c, t.charCodeAt(p + 1))) bail();
        this.scanPlain(p);
        if (this.sColon === -1) bail();
        keyEnd = this.sEnd;
        colon = this.sColon;
        const raw = t.slice(p, keyEnd);
        if (raw === '<<') bail(); // a merge key
        key = resolvePlain(raw);
      }
      if (colon - p > 1000) bail(); // yaml limits implicit keys to 1024 characters
      const name = toKeyString(key);
      if (Object.prototype.hasOwnProperty.call(obj, name)) bail(); // let yaml report it
      const value = this.mapValue(col, this.skipSpaces(colon + 1));
      if (name === '__proto__')
        Object.defineProperty(obj, name, {
          value,
          writable: true,
          enumerable: true,
          configurable: true,
        });
      else obj[name] = value;
      if (rec) {
        rec.keys.push(key);
        rec.keyStart.push(p);
        rec.keyEnd.push(keyEnd);
        rec.start.push(this.v0);
        rec.end.push(this.v1);
        rec.kids.push(this.node);
      }
      if (this.eof || this.ind < col) break;
      if (this.ind > col) bail();
      p = this.ls + col;
      if (t.charCodeAt(p) === DASH && this.isBreak(p + 1)) bail();
    }
    this.close(col, start, rec);
    this.depth--;
    return obj;
  }

  /** The value after `key:`, starting at `q` on the key's line. */
  private mapValue(col: number, q: number): unknown {
    if (q < this.ce && this.text.charCodeAt(q) !== HASH) return this.inline(q, col, false);
    const comment = q < this.ce;
    this.advance(this.le < this.n ? this.le + 1 : this.n);
    if (!this.eof) {
      if (this.ind > col) return this.block();
      const p = this.ls + col;
      if (this.ind === col && this.text.charCodeAt(p) === DASH && this.isBreak(p + 1))
        return this.seq(col, p);
    }
    return this.empty(q, comment);
  }

  /** A block sequence whose first `-` is at `p`, at column `col`. */
  private seq(col: number, p: number): unknown[] {
    const t = this.text;
    if (++this.depth > MAX_DEPTH) bail();
    const arr: unknown[] = [];
    const rec = this.record ? newSeqRecord() : undefined;
    const start = p;
    for (;;) {
      const q = this.skipSpaces(p + 1);
      let value: unknown;
      if (q < this.ce && t.charCodeAt(q) !== HASH) value = this.inline(q, col, true);
      else {
        const comment = q < this.ce;
        this.advance(this.le < this.n ? this.le + 1 : this.n);
        value = !this.eof && this.ind > col ? this.block() : this.empty(q, comment);
      }
      arr.push(value);
      if (rec) {
        rec.start.push(this.v0);
        rec.end.push(this.v1);
        rec.kids.push(this.node);
      }
      if (this.eof || this.ind < col) break;
      if (this.ind > col) bail();
      p = this.ls + col;
      if (t.charCodeAt(p) !== DASH || !this.isBreak(p + 1)) break; // the parent map's next key
    }
    this.close(col, start, rec);
    this.depth--;
    return arr;
  }

  /** A collection on the lines after `key:` or `-`, more indented than its owner. */
  private block(): unknown {
    const p = this.ls + this.ind;
    if (this.text.charCodeAt(p) === DASH && this.isBreak(p + 1)) return this.seq(this.ind, p);
    return this.map(this.ind, p); // bails unless the line holds a key: a scalar here is multi-line
  }

  /** An empty value (null) at `p`; yaml attaches comments after it in ways we do not follow. */
  private empty(p: number, comment: boolean): null {
    if (comment || this.ncom > 0) bail();
    this.v0 = this.v1 = this.v2 = p;
    this.node = undefined;
    this.pMax = -1;
    return null;
  }

  /** A node starting at `q` on the current line, inside a collection at column `owner`. */
  private inline(q: number, owner: number, inSeq: boolean): unknown {
    const t = this.text;
    const c = t.charCodeAt(q);
    if (c === 34 || c === 39) {
      const end = c === 34 ? doubleQuotedEnd(t, q, this.ce) : singleQuotedEnd(t, q, this.ce);
      const i = this.skipSpaces(end);
      if (i < this.ce && t.charCodeAt(i) === COLON && this.isBreak(i + 1)) {
        if (!inSeq) bail(); // `a: "b": c`
        return this.map(q - this.ls, q);
      }
      const value = c === 34 ? doubleQuotedValue(t, q, end) : singleQuotedValue(t, q, end);
      this.lineEnd(q, end, i, owner);
      return value;
    }
    if (c === 91 || c === 123) {
      const flow = readFlow(t, q, this.ce, this.record);
      this.lineEnd(q, flow.end, this.skipSpaces(flow.end), owner);
      this.node = flow.node;
      return flow.value;
    }
    if (c === 124 || c === 62) {
      const block = readBlockScalar(t, q, this.ce, owner);
      this.v0 = q;
      this.v1 = this.v2 = block.end;
      this.node = undefined;
      this.advance(block.resume);
      // A block scalar keeps no trailing comments: all of them stay for the collections to claim.
      let max = -1;
      for (let i = 0; i < this.ncom; i++)
        if ((this.comInd[i] as number) > max) max = this.comInd[i] as number;
      this.pMax = max;
      return block.value;
    }
    if (c === DASH && this.isBreak(q + 1)) {
      if (!inSeq) bail(); // `a: - b`
      return this.seq(q - this.ls, q);
    }
    if (!isPlainStart(c, t.charCodeAt(q + 1))) bail();
    this.scanPlain(q);
    if (this.sColon !== -1) {
      if (!inSeq) bail(); // `a: b: c`
      return this.map(q - this.ls, q);
    }
    const end = this.sEnd;
    const value = resolvePlain(t.slice(q, end));
    this.lineEnd(q, end, this.skipSpaces(end), owner);
    return value;
  }

  /**
   * Finishes a line whose last node is the scalar or flow collection `[v0, v1)`; `rest` is the
   * first non-space after it, which must be the line's end or a comment. Moves to the next
   * content line. Comment lines right after it that are more indented than its collection
   * (`owner`) belong to the node's end, as in yaml's CST; the others are left for `close`.
   */
  private lineEnd(v0: number, v1: number, rest: number, owner: number): void {
    if (rest < this.ce && (this.text.charCodeAt(rest) !== HASH || rest === v1)) bail();
    const lineEnd = this.le < this.n ? this.le + 1 : this.n;
    this.advance(lineEnd);
    let end = lineEnd;
    let i = 0;
    while (i < this.ncom && (this.comInd[i] as number) > owner) end = this.comEnd[i++] as number;
    let max = -1;
    for (; i < this.ncom; i++) if ((this.comInd[i] as number) > max) max = this.comInd[i] as number;
    this.v0 = v0;
    this.v1 = v1;
    this.v2 = end;
    this.pMax = max;
    this.node = undefined;
  }

  /**
   * Ends a collection at column `col`: its range ends where its last node ends. Comment lines
   * after it stay inside it (and move its node end to the next content) when one of them is
   * indented at least as far as the collection, as yaml's CST parser does when it pops it.
   */
  private close(col: number, start: number, rec: NodeRecord | undefined): void {
    const end = this.v2;
    let nodeEnd = end;
    if (col > 0 && this.pMax >= col) {
      nodeEnd = this.pEnd;
      this.pMax = -1;
    }
    this.v0 = start;
    this.v1 = end;
    this.v2 = nodeEnd;
    this.node = rec;
  }
}

/** Whether a plain scalar may start with `c` in block context (quotes are handled apart). */
function isPlainStart(c: number, next: number): boolean {
  switch (c) {
    case 44: // ,
    case 91: // [
    case 93: // ]
    case 123: // {
    case 125: // }
    case 35: // #
    case 38: // &
    case 42: // *
    case 33: // !
    case 124: // |
    case 62: // >
    case 37: // %
    case 64: // @
    case 96: // `
    case 63: // ?
    case 58: // :
    case 34: // "
    case 39: // '
    case TAB:
    case SP:
      return false;
    case DASH:
      return next !== SP && next !== TAB && !Number.isNaN(next) && next !== LF && next !== CR;
    default:
      return true;
  }
}

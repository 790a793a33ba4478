// The structure of a fast-parsed document: block maps and sequences by indentation, with the
// ranges yaml would give their nodes. A collection's range ends where its last value's node ends
// (yaml's `range[2]`: after that line's comment and line break); comment lines after it move
// that end the way yaml's CST parser attaches them (see `lineEnd` and `close`).
import type { RootRange } from './fast-locate';
import { readBlockScalar } from './fast-block-scalar';
import { readFlow } from './fast-flow';
import { COLON, DASH, HASH, LineReader } from './fast-lines';
import { newMapRecord, newSeqRecord } from './fast-record';
import type { NodeRecord } from './fast-record';
import { bail, isPlainStart, resolvePlain, toKeyString } from './fast-scalars';

/** Deeper documents go to yaml, where nesting limits are reported; manifests stay below 20. */
const MAX_DEPTH = 64;

/** Reads one document; `record` keeps every collection's ranges (for `locate`). */
export class DocumentReader extends LineReader {
  /** Most indented comment not attached to the last value (-1: none). */
  private pMax = -1;
  /** Range of the node read last: start, end, and node end (yaml's `range[2]`). */
  private v0 = 0;
  private v1 = 0;
  private v2 = 0;
  private node: NodeRecord | undefined;
  private depth = 0;
  /** The document's contents, once read (null: none). */
  root: RootRange | null = null;

  constructor(
    text: string,
    private readonly record: boolean,
  ) {
    super(text);
  }

  /** Reads the document's value and sets `root`; bails outside the subset. */
  document(): unknown {
    const t = this.text;
    const start = this.begin();
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
        keyEnd = this.quotedEnd(p);
        colon = this.skipSpaces(keyEnd);
        if (colon >= this.ce || t.charCodeAt(colon) !== COLON || !this.isBreak(colon + 1)) bail();
        key = this.quotedValue(p, keyEnd);
      } else {
        if (!isPlainStart(c, t.charCodeAt(p + 1), false)) bail();
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
      const end = this.quotedEnd(q);
      const i = this.skipSpaces(end);
      if (i < this.ce && t.charCodeAt(i) === COLON && this.isBreak(i + 1)) {
        if (!inSeq) bail(); // `a: "b": c`
        return this.map(q - this.ls, q);
      }
      const value = this.quotedValue(q, end);
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
      this.pMax = this.maxCommentIndent(0);
      return block.value;
    }
    if (c === DASH && this.isBreak(q + 1)) {
      if (!inSeq) bail(); // `a: - b`
      return this.seq(q - this.ls, q);
    }
    if (!isPlainStart(c, t.charCodeAt(q + 1), false)) bail();
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
    this.v0 = v0;
    this.v1 = v1;
    this.v2 = end;
    this.pMax = this.maxCommentIndent(i);
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

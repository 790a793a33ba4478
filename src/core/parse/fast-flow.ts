// Single-line flow collections of scalars (`[]`, `{}`, `[a, "b", 1]`, `{a: 1, b: x}`) for the
// fast path. Nested collections, trailing commas, `{a}`, JSON-style `"a":1`, and anything that
// continues on the next line bail.
import { newMapRecord, newSeqRecord } from './fast-record';
import type { NodeRecord } from './fast-record';
import {
  bail,
  doubleQuotedEnd,
  doubleQuotedValue,
  isPlainStart,
  resolvePlain,
  singleQuotedEnd,
  singleQuotedValue,
  toKeyString,
} from './fast-scalars';

/** A flow collection read from one line. */
export interface FlowCollection {
  readonly value: unknown;
  /** Just after the closing bracket. */
  readonly end: number;
  readonly node: NodeRecord | undefined;
}

/** Reads the flow collection opening at `p`; it must close before `lineEnd`. */
export function readFlow(
  text: string,
  p: number,
  lineEnd: number,
  record: boolean,
): FlowCollection {
  const reader = new FlowReader(text, lineEnd);
  return text.charCodeAt(p) === 91 ? reader.seq(p, record) : reader.map(p, record);
}

class FlowReader {
  /** Range of the scalar read last. */
  private s0 = 0;
  private s1 = 0;

  constructor(
    private readonly text: string,
    private readonly lineEnd: number,
  ) {}

  seq(p: number, record: boolean): FlowCollection {
    const value: unknown[] = [];
    const node = record ? newSeqRecord() : undefined;
    let i = this.skip(p + 1);
    if (this.text.charCodeAt(i) === 93) return { value, end: i + 1, node };
    for (;;) {
      const v = this.scalar(i);
      if (this.stop === 58) bail(); // `[a: b]` is a map inside the sequence
      value.push(v);
      if (node) {
        node.start.push(this.s0);
        node.end.push(this.s1);
        node.kids.push(undefined);
      }
      i = this.after(93);
      if (i < 0) return { value, end: -i, node };
    }
  }

  map(p: number, record: boolean): FlowCollection {
    const value: Record<string, unknown> = {};
    const node = record ? newMapRecord() : undefined;
    let i = this.skip(p + 1);
    if (this.text.charCodeAt(i) === 125) return { value, end: i + 1, node };
    for (;;) {
      const k = this.scalar(i);
      if (this.stop !== 58 || this.text.charCodeAt(this.next + 1) !== 32) bail();
      const k0 = this.s0;
      const k1 = this.s1;
      const key = toKeyString(k);
      if (key === '<<' || Object.prototype.hasOwnProperty.call(value, key)) bail();
      const v = this.scalar(this.skip(this.next + 1));
      if (this.stop === 58) bail();
      if (key === '__proto__')
        Object.defineProperty(value, key, {
          value: v,
          writable: true,
          enumerable: true,
          configurable: true,
        });
      else value[key] = v;
      if (node) {
        node.keys.push(k);
        node.keyStart.push(k0);
        node.keyEnd.push(k1);
        node.start.push(this.s0);
        node.end.push(this.s1);
        node.kids.push(undefined);
      }
      i = this.after(125);
      if (i < 0) return { value, end: -i, node };
    }
  }

  /** Character that ended the last scalar (`,`, `]`, `}`, `:` or a space) and where. */
  private stop = 0;
  private next = 0;

  /** After an entry: the next entry's start, or minus the end of the collection. */
  private after(close: number): number {
    const i = this.skip(this.next);
    const c = this.text.charCodeAt(i);
    if (c === close) return -(i + 1);
    if (c !== 44) bail();
    const j = this.skip(i + 1);
    const d = this.text.charCodeAt(j);
    if (d === 93 || d === 125 || d === 44) bail(); // trailing or doubled comma
    return j;
  }

  private skip(i: number): number {
    const t = this.text;
    while (i < this.lineEnd && t.charCodeAt(i) === 32) i++;
    if (i >= this.lineEnd || t.charCodeAt(i) === 9) bail();
    return i;
  }

  private scalar(p: number): unknown {
    const t = this.text;
    const c = t.charCodeAt(p);
    if (c === 34 || c === 39) {
      const end =
        c === 34 ? doubleQuotedEnd(t, p, this.lineEnd) : singleQuotedEnd(t, p, this.lineEnd);
      this.s0 = p;
      this.s1 = end;
      const i = this.skip(end);
      this.stop = t.charCodeAt(i);
      this.next = i;
      return c === 34 ? doubleQuotedValue(t, p, end) : singleQuotedValue(t, p, end);
    }
    if (!isPlainStart(c, t.charCodeAt(p + 1), true)) bail();
    let end = p + 1;
    let i = p + 1;
    for (; i < this.lineEnd; i++) {
      const d = t.charCodeAt(i);
      if (d === 44 || d === 93 || d === 125) break;
      if (d === 91 || d === 123 || d === 9) bail();
      if (d === 32) {
        if (t.charCodeAt(i + 1) === 35) bail(); // a comment inside an open collection
        continue;
      }
      if (d === 58) {
        const e = t.charCodeAt(i + 1);
        if (
          i + 1 >= this.lineEnd ||
          e === 32 ||
          e === 9 ||
          e === 44 ||
          e === 91 ||
          e === 93 ||
          e === 123 ||
          e === 125
        )
          break;
      }
      end = i + 1;
    }
    if (i >= this.lineEnd) bail();
    this.s0 = p;
    this.s1 = end;
    this.stop = t.charCodeAt(i);
    this.next = i;
    return resolvePlain(t.slice(p, end));
  }
}

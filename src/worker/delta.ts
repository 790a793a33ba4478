/**
 * Results cross the worker boundary as changes: after an edit nearly every graph node, edge,
 * served gateway and certificate is what it was, so the worker sends only the items that
 * changed and, for each position, where the page already has the item. Graph nodes travel
 * without their source ranges (an edit above an object moves the ranges of everything below
 * it); their ranges follow in one typed array. The page reads a few kilobytes per keystroke
 * instead of the whole workspace.
 */
import { nodeBody } from '../core';
import type { GraphNode, SourceRange } from '../core';
import type { WorkerResponse } from './protocol';
import { listAt, withLists } from './result-lists';

/** The lists of a result sent as changes, as paths into it. */
export const DELTA_LISTS = [
  'graph.nodes',
  'graph.edges',
  'serving.gateways',
  'certificates',
] as const;
export type DeltaPath = (typeof DELTA_LISTS)[number];

/** Numbers per node in `RangeTable.data`: file index (-1: none), start, end, line, column, endLine, endColumn. */
const RANGE_FIELDS = 7;

export interface RangeTable {
  readonly files: readonly string[];
  readonly data: Int32Array;
}

export interface ResultDelta {
  /** Numbers the encoded results of one worker: 0, 1, 2, … */
  readonly seq: number;
  /** The `seq` the changes apply to; -1 when they hold every item. */
  readonly base: number;
  /**
   * Per list and position: the index of the same item in the previous list (>= 0), or
   * -1 - k for the k-th item sent (the result's list holds only the items sent).
   */
  readonly orders: Readonly<Record<DeltaPath, Int32Array>>;
  readonly nodeRanges: RangeTable;
}

function withoutRange(node: GraphNode): Omit<GraphNode, 'range'> {
  if (node.range === undefined) return node;
  const { range: _, ...body } = node;
  return body;
}

function rangeTable(nodes: readonly GraphNode[]): RangeTable {
  const files: string[] = [];
  const fileIndex = new Map<string, number>();
  const data = new Int32Array(nodes.length * RANGE_FIELDS);
  nodes.forEach((n, i) => {
    const at = i * RANGE_FIELDS;
    const r = n.range;
    if (!r) {
      data[at] = -1;
      return;
    }
    let f = fileIndex.get(r.file);
    if (f === undefined) fileIndex.set(r.file, (f = files.push(r.file) - 1));
    data.set([f, r.start, r.end, r.line, r.column, r.endLine, r.endColumn], at);
  });
  return { files, data };
}

function rangeAt(table: RangeTable, i: number): SourceRange | undefined {
  const d = table.data;
  const at = i * RANGE_FIELDS;
  const file = table.files[d[at] ?? -1];
  if (file === undefined) return undefined;
  const n = (k: number) => d[at + k] ?? 0;
  return { file, start: n(1), end: n(2), line: n(3), column: n(4), endLine: n(5), endColumn: n(6) };
}

/** Whether node `i` has the same range in both tables. */
function sameRangeAt(a: RangeTable, b: RangeTable, i: number): boolean {
  const at = i * RANGE_FIELDS;
  if (at + RANGE_FIELDS > a.data.length) return false;
  const fa = a.data[at] ?? -1;
  const fb = b.data[at] ?? -1;
  if ((fa < 0 ? undefined : a.files[fa]) !== (fb < 0 ? undefined : b.files[fb])) return false;
  for (let k = 1; k < RANGE_FIELDS; k++) if (a.data[at + k] !== b.data[at + k]) return false;
  return true;
}

/** Where to look for an item's previous version: graph ids, gateways, Secrets. */
function keyOf(path: DeltaPath, item: unknown, index: number): string {
  const x = item as Record<string, unknown>;
  switch (path) {
    case 'graph.nodes':
    case 'graph.edges':
      return String(x.id);
    case 'serving.gateways': {
      const g = x.gateway as { namespace?: string; name?: string } | undefined;
      return `${g?.namespace}/${g?.name}`;
    }
    case 'certificates':
      return String(x.secret ?? index);
  }
}

/** Deep equality of JSON values; `skip` names a property of the top object left out. */
export function sameJson(a: unknown, b: unknown, skip?: string): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameJson(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  let count = 0;
  for (const k in x) {
    if (k === skip || x[k] === undefined) continue;
    if (!sameJson(x[k], y[k])) return false;
    count++;
  }
  for (const k in y) if (k !== skip && y[k] !== undefined) count--;
  return count === 0;
}

/** Graph nodes equal but for their ranges: drawn from the same body, or equal field by field. */
function sameNode(a: unknown, b: unknown): boolean {
  return nodeBody(a as GraphNode) === nodeBody(b as GraphNode) || sameJson(a, b, 'range');
}

/** The worker's side: remembers what it sent last, encodes each analysis against it. */
export class DeltaEncoder {
  private seq = -1;
  /** Per list: the items sent last time, by position (an index by key is made when needed). */
  private sent = new Map<DeltaPath, readonly unknown[]>();

  encode(response: WorkerResponse): WorkerResponse {
    if (response.type !== 'analysis' || response.delta) return response;
    const base = this.seq;
    const result = response.result;
    const lists = {} as Record<DeltaPath, unknown[]>;
    const orders = {} as Record<DeltaPath, Int32Array>;
    for (const path of DELTA_LISTS) {
      const list = listAt(result, path);
      const before = this.sent.get(path) ?? [];
      const order = new Int32Array(list.length);
      const added: unknown[] = [];
      const skip = path === 'graph.nodes' ? 'range' : undefined;
      // Most items are where they were: compare in place, and look up by key only the rest.
      let byKey: Map<string, number> | undefined;
      list.forEach((item, i) => {
        const there = before[i];
        if (there === item) {
          order[i] = i;
          return;
        }
        const key = keyOf(path, item, i);
        let at = there !== undefined && keyOf(path, there, i) === key ? i : -1;
        if (at < 0) {
          byKey ??= new Map(before.map((x, j) => [keyOf(path, x, j), j]));
          at = byKey.get(key) ?? -1;
        }
        if (at >= 0 && (skip ? sameNode(before[at], item) : sameJson(before[at], item)))
          order[i] = at;
        else order[i] = -added.push(skip ? withoutRange(item as GraphNode) : item); // -1 - (index sent)
      });
      this.sent.set(path, list);
      lists[path] = added;
      orders[path] = order;
    }
    this.seq++;
    const delta: ResultDelta = {
      seq: this.seq,
      base,
      orders,
      nodeRanges: rangeTable(result.graph.nodes),
    };
    return { ...response, result: withLists(result, lists), delta };
  }
}

/** Typed arrays a message can hand over instead of copying. */
export function transferables(response: WorkerResponse): ArrayBuffer[] {
  if (response.type !== 'analysis' || !response.delta) return [];
  const d = response.delta;
  return [...Object.values(d.orders), d.nodeRanges.data].map((a) => a.buffer as ArrayBuffer);
}

/** The page's side: keeps the lists it has, rebuilds each result from the changes. */
export class DeltaDecoder {
  private seq = -1;
  /** Per list: the items as sent (nodes without range), by position. */
  private have = new Map<DeltaPath, unknown[]>();
  /** The nodes given out last time, with their bodies and range table (reused where equal). */
  private nodes?: { bodies: unknown[]; nodes: GraphNode[]; ranges: RangeTable };

  decode(response: WorkerResponse): WorkerResponse {
    if (response.type !== 'analysis' || !response.delta) return response;
    const { delta, ...plain } = response;
    if (delta.base !== -1 && delta.base !== this.seq)
      throw new Error(`result ${delta.seq} is a change to ${delta.base}, not to ${this.seq}`);
    this.seq = delta.seq;
    const lists = {} as Record<DeltaPath, unknown[]>;
    for (const path of DELTA_LISTS) {
      const sent = listAt(response.result, path);
      const before = delta.base === -1 ? [] : (this.have.get(path) ?? []);
      const order = delta.orders[path];
      const items = Array.from(order, (o) => (o >= 0 ? before[o] : sent[-1 - o]));
      this.have.set(path, items);
      lists[path] = items;
    }
    // Graph nodes get their ranges back; a node whose body and range are as they were is the
    // very node given out last time (the page then knows at once that it did not change).
    const bodies = lists['graph.nodes'] as GraphNode[];
    const last = delta.base === -1 ? undefined : this.nodes;
    const ranges = delta.nodeRanges;
    const nodes = bodies.map((body, i) => {
      if (last && last.bodies[i] === body && sameRangeAt(last.ranges, ranges, i))
        return last.nodes[i] as GraphNode;
      const range = rangeAt(ranges, i);
      return range ? { ...body, range } : body;
    });
    this.nodes = { bodies, nodes, ranges };
    lists['graph.nodes'] = nodes;
    return { ...plain, result: withLists(response.result, lists) };
  }

  /** Forgets everything (the worker that encoded against it stopped). */
  reset(): void {
    this.seq = -1;
    this.have.clear();
    this.nodes = undefined;
  }
}

/** Source ranges of one collection's entries, kept only when a fast-parsed document is located. */
export type NodeRecord = MapRecord | SeqRecord;

export interface MapRecord {
  readonly type: 'map';
  /** Each key's scalar value before it became a property name (`1`, `true`, `null`, ...). */
  readonly keys: unknown[];
  readonly keyStart: number[];
  readonly keyEnd: number[];
  readonly start: number[];
  readonly end: number[];
  /** The record of each value that is itself a collection. */
  readonly kids: (NodeRecord | undefined)[];
}

export interface SeqRecord {
  readonly type: 'seq';
  readonly start: number[];
  readonly end: number[];
  readonly kids: (NodeRecord | undefined)[];
}

export function newMapRecord(): MapRecord {
  return { type: 'map', keys: [], keyStart: [], keyEnd: [], start: [], end: [], kids: [] };
}

export function newSeqRecord(): SeqRecord {
  return { type: 'seq', start: [], end: [], kids: [] };
}

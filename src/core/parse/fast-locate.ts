import type { Path, PathPart } from '../model/path';
import type { NodeRecord } from './fast-record';

/** A document read by the fast path: its value, and where each part of it sits in the text. */
export interface FastResult {
  readonly value: unknown;
  /** Same contract as `ParsedDocument.locate`, with the same ranges the yaml-based one gives. */
  locate(path: Path, part?: PathPart): { start: number; end: number; exact: boolean };
}

/** Where the document's contents are, and (when recorded) the records of its collections. */
export interface RootRange {
  readonly start: number;
  readonly end: number;
  readonly node: NodeRecord | undefined;
}

/**
 * Walks `path` through recorded ranges the way `Parsed.locate` walks yaml nodes: keys match by
 * their scalar value or its string form, a missing step returns the deepest range found so far.
 */
export function locateIn(
  root: RootRange,
  path: Path,
  part: PathPart,
): { start: number; end: number; exact: boolean } {
  let node = root.node;
  let start = root.start;
  let end = root.end;
  let keyAt = -1;
  let keyOf: NodeRecord | undefined;
  for (const seg of path) {
    keyAt = -1;
    let at = -1;
    if (node?.type === 'map') {
      const keys = node.keys;
      for (let k = 0; k < keys.length; k++) {
        const kv = keys[k];
        if (kv === seg || (typeof seg === 'number' && kv === String(seg)) || String(kv) === seg) {
          at = keyAt = k;
          keyOf = node;
          break;
        }
      }
    } else if (node?.type === 'seq' && typeof seg === 'number' && node.start[seg] !== undefined) {
      at = seg;
    }
    if (!node || at === -1) return { start, end, exact: false };
    start = node.start[at] as number;
    end = node.end[at] as number;
    node = node.kids[at];
  }
  if (part === 'key' && keyAt !== -1 && keyOf?.type === 'map') {
    return {
      start: keyOf.keyStart[keyAt] as number,
      end: keyOf.keyEnd[keyAt] as number,
      exact: true,
    };
  }
  return { start, end, exact: true };
}

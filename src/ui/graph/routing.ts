/**
 * Edge routes that stay off the cards. Edges run orthogonally: vertical runs sit in the gaps
 * between columns, and an edge that skips a column (listener → route passes the certificate
 * column) crosses it through a gap between two cards instead of under one.
 */
import type { EdgeType } from '../../core';
import { columnWidth, columnX, NODE_GAP } from './geometry';
import type { Layout } from './layout';

/** Where an edge crosses a column it skips. */
export interface Pass {
  readonly y: number;
  readonly left: number;
  readonly right: number;
}

export type EdgeRoute =
  | { readonly type: 'forward'; readonly passes: readonly Pass[] }
  /** Both ends in one column: a bracket beside it (ReferenceGrant → Secret, ListenerSet → Gateway). */
  | { readonly type: 'bracket'; readonly side: 'left' | 'right' };

/** Occupied vertical spans of each column, sorted and merged where no edge fits between. */
export type ColumnSpans = ReadonlyMap<number, readonly (readonly [number, number])[]>;

export function columnSpans(layout: Layout, ids: Iterable<string>): ColumnSpans {
  const raw = new Map<number, [number, number][]>();
  for (const id of ids) {
    if (layout.parentOf.has(id)) continue;
    const c = layout.columns.get(id);
    const p = layout.positions.get(id);
    const s = layout.sizes.get(id);
    if (c === undefined || !p || !s) continue;
    const list = raw.get(c);
    if (list) list.push([p.y, p.y + s.h]);
    else raw.set(c, [[p.y, p.y + s.h]]);
  }
  const out = new Map<number, [number, number][]>();
  for (const [c, list] of raw) {
    list.sort((a, b) => a[0] - b[0]);
    const merged: [number, number][] = [];
    for (const [t, b] of list) {
      const last = merged[merged.length - 1];
      if (last && t - last[1] < NODE_GAP / 2) last[1] = Math.max(last[1], b);
      else merged.push([t, b]);
    }
    out.set(c, merged);
  }
  return out;
}

/** A y near `want` that is not on a card of the column. */
export function freeY(spans: readonly (readonly [number, number])[], want: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid] as readonly [number, number];
    if (want < s[0] - 2) hi = mid - 1;
    else if (want > s[1] + 2) lo = mid + 1;
    else {
      const above = s[0] - NODE_GAP / 2;
      const below = s[1] + NODE_GAP / 2;
      return want - above <= below - want ? above : below;
    }
  }
  return want;
}

export function routeOf(
  type: EdgeType,
  sourceColumn: number,
  targetColumn: number,
  sourceY: number,
  spans: ColumnSpans,
): EdgeRoute {
  if (type === 'grant') return { type: 'bracket', side: 'right' };
  if (type === 'parent') return { type: 'bracket', side: 'left' };
  const passes: Pass[] = [];
  let y = sourceY;
  for (let c = sourceColumn + 1; c < targetColumn; c++) {
    y = freeY(spans.get(c) ?? [], y);
    passes.push({ y, left: columnX(c), right: columnX(c) + columnWidth(c) });
  }
  return { type: 'forward', passes };
}

/** Where in a column gap an edge of each type turns, so parallel runs of different kinds stay apart. */
export function laneOf(type: EdgeType): number {
  switch (type) {
    case 'certificate':
    case 'client-ca':
      return 0.35;
    case 'attaches':
      return 0.65;
    default:
      return 0.5;
  }
}

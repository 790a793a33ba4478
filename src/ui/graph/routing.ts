/**
 * Edge routes that stay off the cards. Edges run orthogonally: vertical runs sit in the gaps
 * between columns, and an edge that skips a column crosses it through a gap between two cards
 * instead of under one. An edge from the serving line to the routing line (listener → route)
 * wraps like a line of text: down the gap after its source, back along a free row above the
 * routing part, and down the margin before its target.
 */
import type { EdgeType } from '../../core';
import {
  BOX_GAP,
  COLUMN_GAPS,
  columnWidth,
  gapBefore,
  gridColumn,
  gridX,
  tierOf,
} from './geometry';
import type { Point, Size } from './geometry';
import type { NamespaceBox } from './namespace-boxes';

/** How far a label may reach over the cards' edges (their borders and padding). */
const LABEL_ROOM = 18;

/** Where an edge crosses a column it skips. */
export interface Pass {
  readonly y: number;
  readonly left: number;
  readonly right: number;
}

/** `room`: how wide a label can be where it sits without covering cards. */
export type EdgeRoute =
  | { readonly type: 'forward'; readonly passes: readonly Pass[]; readonly room: number }
  /**
   * Both ends in one column: a bracket beside it (ReferenceGrant → Secret, BackendTLSPolicy →
   * its CA bundle on the right, ListenerSet → Gateway on the left).
   */
  | {
      readonly type: 'bracket';
      readonly side: 'left' | 'right';
      readonly reach: number;
      readonly room: number;
    }
  /** Serving line → routing line: down at `down`, back along `turn`, down again at `margin`. */
  | {
      readonly type: 'wrap';
      readonly down: number;
      readonly turn: number;
      readonly margin: number;
      readonly room: number;
    };

/** Occupied vertical spans of each of the three columns, sorted and merged where no edge fits between. */
export type ColumnSpans = ReadonlyMap<number, readonly (readonly [number, number])[]>;

/** What routing needs of a layout. */
export interface RoutingLayout {
  readonly positions: ReadonlyMap<string, Point>;
  readonly sizes: ReadonlyMap<string, Size>;
  readonly columns: ReadonlyMap<string, number>;
  readonly parentOf: ReadonlyMap<string, string>;
}

export function columnSpans(layout: RoutingLayout, ids: Iterable<string>): ColumnSpans {
  const raw = new Map<number, [number, number][]>();
  for (const id of ids) {
    if (layout.parentOf.has(id)) continue;
    const c = layout.columns.get(id);
    const p = layout.positions.get(id);
    const s = layout.sizes.get(id);
    if (c === undefined || !p || !s) continue;
    const column = gridColumn(c);
    const list = raw.get(column);
    if (list) list.push([p.y, p.y + s.h]);
    else raw.set(column, [[p.y, p.y + s.h]]);
  }
  const out = new Map<number, [number, number][]>();
  for (const [c, list] of raw) {
    list.sort((a, b) => a[0] - b[0]);
    const merged: [number, number][] = [];
    for (const [t, b] of list) {
      const last = merged[merged.length - 1];
      if (last && t - last[1] < 6) last[1] = Math.max(last[1], b);
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
      const above = s[0] - 3;
      const below = s[1] + 3;
      return want - above <= below - want ? above : below;
    }
  }
  return want;
}

/** A y near `want` that is on no card of any of `columns`. */
function freeAcross(spans: ColumnSpans, columns: readonly number[], want: number): number {
  let y = want;
  for (let i = 0; i < 6; i++) {
    const before = y;
    for (const c of columns) y = freeY(spans.get(c) ?? [], y);
    if (y === before) break;
  }
  return y;
}

export interface RouteEnds {
  readonly type: EdgeType;
  readonly sourceLane: number;
  readonly targetLane: number;
  /** Centre of the source (absolute). */
  readonly sourceY: number;
  /** The namespace box of the target, for a wrapping edge. */
  readonly targetBox?: NamespaceBox;
  /** Where in a gap the edge's vertical runs go (see `laneOf`). */
  readonly lane: number;
}

export function routeOf(ends: RouteEnds, spans: ColumnSpans): EdgeRoute {
  const { type, sourceLane, targetLane } = ends;
  const from = gridColumn(sourceLane);
  const to = gridColumn(targetLane);
  const sameColumn = from === to && tierOf(sourceLane) === tierOf(targetLane);
  if (type === 'grant' || type === 'parent' || sameColumn) {
    const side = type === 'parent' ? 'left' : 'right';
    // On the right of the last column only the namespace's padding is free.
    const reach = side === 'right' && Math.max(from, to) === 2 ? 9 : 20;
    return { type: 'bracket', side, reach, room: LABEL_ROOM };
  }
  if (tierOf(targetLane) > tierOf(sourceLane)) return wrapRoute(ends, from, to, spans);
  const passes: Pass[] = [];
  let y = ends.sourceY;
  for (let c = from + 1; c < to; c++) {
    y = freeY(spans.get(c) ?? [], y);
    passes.push({ y, left: gridX(c), right: gridX(c) + columnWidth(c) });
  }
  return { type: 'forward', passes, room: gapBefore(to) + LABEL_ROOM };
}

function wrapRoute(ends: RouteEnds, from: number, to: number, spans: ColumnSpans): EdgeRoute {
  const right = gridX(from) + columnWidth(from);
  const gap = COLUMN_GAPS[from] ?? 14;
  const down = right + gap * ends.lane;
  const margin = gridX(to) - gapBefore(to) / 2;
  // The row between the target namespace's serving and routing parts, else just above it.
  const box = ends.targetBox;
  const want = box
    ? box.blocks.length === 2
      ? (box.blocks[1]?.y ?? box.y)
      : box.y - BOX_GAP / 2
    : ends.sourceY;
  const crossed: number[] = [];
  for (let c = Math.min(from, to); c <= Math.max(from, to); c++) crossed.push(c);
  const turn = freeAcross(spans, crossed, want);
  return { type: 'wrap', down, turn, margin, room: Math.max(LABEL_ROOM, down - margin - 16) };
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

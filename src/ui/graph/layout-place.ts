/**
 * New nodes in a layout kept from the last: each at the free slot of its lane nearest its
 * neighbours in the namespace it belongs to; a namespace collapsed or expanded in place of what
 * it was; new namespaces below everything.
 */
import {
  columnWidth,
  columnX,
  gridX,
  NODE_GAP,
  NS_HEADER,
  NS_PAD_X,
  SUMMARY_SIZE,
  TIER_GAP,
  tierOf,
} from './geometry';
import type { Point, Size } from './geometry';
import type { Layout } from './layout';
import {
  desiredInLane,
  groupByLane,
  placeNamespace,
  PLACEMENT_ORDER,
  sortByDesired,
} from './layout-namespace';
import { groupBy } from './layout-model';
import type { LayoutModel } from './layout-model';
import { moveDown, packNew } from './layout-pack';
import { bottomOf, pushOverlaps, separate } from './layout-settle';
import { namespaceBoxes } from './namespace-boxes';
import type { NamespaceBox } from './namespace-boxes';
import type { ViewNode } from './view-graph';

/** New nodes: in the namespace they belong to when it is drawn, else in new namespaces below. */
export function placeNew(
  model: LayoutModel,
  positions: Map<string, Point>,
  kept: readonly ViewNode[],
  previous: Layout | undefined,
): void {
  const fresh = model.top.filter((n) => !positions.has(n.id));
  if (fresh.length === 0) return;
  const boxes = new Map(
    namespaceBoxes(kept, positions, model.sizes, model.columns).map((b) => [b.namespace, b]),
  );
  const newSpaces: ViewNode[] = [];
  const members = groupBy(kept, (n) => n.namespace);
  let grown = false;
  let was: Map<string, NamespaceBox> | undefined;
  for (const [ns, nodes] of groupBy(fresh, (n) => n.namespace)) {
    const box = boxes.get(ns);
    const summary = nodes.find((n) => n.type === 'Namespace');
    if (box && !box.collapsed && !summary) {
      placeInBox(model, positions, box, members.get(ns) ?? [], nodes);
      grown = true;
      continue;
    }
    // A namespace collapsed or expanded: in place of what it was.
    was ??= previous ? previousBoxes(previous) : new Map();
    const old = box ? undefined : was.get(ns);
    if (old && summary && !old.collapsed) {
      const column = columnAtX(old.x);
      positions.set(summary.id, { x: columnX(column), y: old.y });
      model.sizes.set(summary.id, { w: columnWidth(column), h: SUMMARY_SIZE.h });
      grown = true;
    } else if (old && !summary && old.collapsed) {
      const local = new Map<string, Point>();
      placeNamespace(model, positions, local, nodes);
      for (const [id, p] of local) positions.set(id, { x: p.x, y: p.y + old.y });
      grown = true;
    } else newSpaces.push(...nodes);
  }
  // Namespaces that grew push those below them; new ones go below everything.
  if (grown) separate(model, positions);
  if (newSpaces.length) packNew(model, positions, newSpaces);
}

/** The namespace boxes (and collapsed tiles) of a layout. */
function previousBoxes(layout: Layout): Map<string, NamespaceBox> {
  const top = layout.graph.nodes.filter((n) => !layout.parentOf.has(n.id));
  return new Map(
    namespaceBoxes(top, layout.positions, layout.sizes, layout.columns).map((b) => [
      b.namespace,
      b,
    ]),
  );
}

/** The column whose left edge a box's left edge (padding included) is nearest. */
function columnAtX(x: number): number {
  let best = 0;
  for (let c = 1; c < 3; c++)
    if (Math.abs(gridX(c) - NS_PAD_X - x) < Math.abs(gridX(best) - NS_PAD_X - x)) best = c;
  return best;
}

/** New nodes of a namespace that is drawn: each at the free slot of its lane nearest its neighbours. */
function placeInBox(
  model: LayoutModel,
  positions: Map<string, Point>,
  box: NamespaceBox,
  kept: readonly ViewNode[],
  nodes: readonly ViewNode[],
): void {
  const tierOfNode = (id: string) => tierOf(model.columns.get(id) ?? 0);
  const part = (tier: number) => kept.filter((m) => tierOfNode(m.id) === tier);
  const extent = (list: readonly ViewNode[]) =>
    list.length
      ? {
          top: Math.min(...list.map((m) => positions.get(m.id)?.y ?? 0)),
          bottom: Math.max(...list.map((m) => bottomOf(model, positions, m.id))),
        }
      : undefined;
  const serving = extent(part(0));
  const routing = extent(part(1));
  const placedHere = [...kept];
  const byLane = groupByLane(model, nodes);
  for (const lane of PLACEMENT_ORDER) {
    const list = byLane.get(lane);
    if (!list) continue;
    const tier = tierOf(lane);
    const lo =
      tier === 0
        ? box.y + NS_HEADER
        : serving
          ? serving.bottom + TIER_GAP
          : (routing?.top ?? box.y + NS_HEADER);
    const hi = tier === 0 ? (routing ? routing.top - TIER_GAP : box.y + box.h) : box.y + box.h;
    // Only this part's nodes of this column: the other part is moved out of the way after.
    const occupied = placedHere
      .filter((m) => sameColumnAndTier(model, m.id, lane))
      .map((m) => span(positions, model.sizes, m.id));
    const desired = desiredInLane(model, positions, list);
    for (const n of sortByDesired(model, list, desired)) {
      const h = model.sizes.get(n.id)?.h ?? 0;
      const d = desired.get(n.id);
      const want = d === undefined ? Number.POSITIVE_INFINITY : Math.round(d - h / 2);
      const y = findSlot(occupied, lo, hi, h, want);
      positions.set(n.id, { x: columnX(lane), y });
      occupied.push([y, y + h]);
      placedHere.push(n);
    }
  }
  // A serving part that grew into the routing part pushes it down, whole.
  if (serving && routing) {
    const servingNow = placedHere.filter((m) => tierOfNode(m.id) === 0);
    const bottom = Math.max(...servingNow.map((m) => bottomOf(model, positions, m.id)));
    const routingNow = placedHere.filter((m) => tierOfNode(m.id) === 1);
    moveDown(
      positions,
      routingNow.map((m) => m.id),
      Math.max(0, bottom + TIER_GAP - routing.top),
    );
  }
  pushOverlaps(model, positions, placedHere);
}

function sameColumnAndTier(model: LayoutModel, id: string, lane: number): boolean {
  const c = model.columns.get(id) ?? 0;
  return c % 3 === lane % 3 && tierOf(c) === tierOf(lane);
}

function span(
  positions: ReadonlyMap<string, Point>,
  sizes: ReadonlyMap<string, Size>,
  id: string,
): [number, number] {
  const y = positions.get(id)?.y ?? 0;
  return [y, y + (sizes.get(id)?.h ?? 0)];
}

/**
 * The top of a free slot of height `h` in [lo, hi] (keeping NODE_GAP from `occupied` spans)
 * nearest to `want`; past the last occupied span when no slot fits.
 */
export function findSlot(
  occupied: readonly (readonly [number, number])[],
  lo: number,
  hi: number,
  h: number,
  want: number,
): number {
  const spans = [...occupied].sort((a, b) => a[0] - b[0]);
  let cursor = lo;
  let best: number | undefined;
  const consider = (from: number, to: number) => {
    if (to - from < h) return;
    const y = Math.min(Math.max(want, from), to - h);
    if (best === undefined || Math.abs(y - want) < Math.abs(best - want)) best = y;
  };
  for (const [top, bottom] of spans) {
    if (bottom < lo) continue;
    consider(cursor, top - NODE_GAP);
    cursor = Math.max(cursor, bottom + NODE_GAP);
  }
  consider(cursor, hi);
  return best ?? cursor;
}

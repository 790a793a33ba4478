/**
 * Deterministic layout in traffic order: each namespace an outline holding its serving lanes
 * (hostnames → listeners → certificates) above its routing lanes (routes → Services →
 * upstream TLS), the outlines packed in reading order (see layout-pack.ts).
 *
 * Stable: given the previous layout, nodes that still exist in the same lane keep their
 * position. New nodes are placed in their namespace, in their lane, at the free slot nearest
 * their neighbours. Only when something must grow (a Gateway gains a listener, a namespace runs
 * out of room) do the nodes below it move down, together, just enough. New namespaces go below
 * what is there. Removed nodes leave gaps until "Re-layout".
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
import { moveDown, separateBoxes, Skyline, shifted } from './layout-pack';
import {
  compareNames,
  desiredInLane,
  groupByLane,
  placeNamespace,
  PLACEMENT_ORDER,
  sortByDesired,
} from './layout-namespace';
import { laneHints, toLayoutModel } from './layout-model';
import type { LayoutModel } from './layout-model';
import { namespaceBoxes } from './namespace-boxes';
import type { NamespaceBox } from './namespace-boxes';
import { RenamedMap } from './renamed-map';
import type { ViewGraph, ViewNode } from './view-graph';

export interface Layout {
  /** Top-level nodes: absolute top-left. Listeners: top-left inside their owner. */
  readonly positions: ReadonlyMap<string, Point>;
  readonly sizes: ReadonlyMap<string, Size>;
  /** Lane of every node (see geometry.ts). */
  readonly columns: ReadonlyMap<string, number>;
  readonly parentOf: ReadonlyMap<string, string>;
  /** No node kept a previous position: the view may frame the graph again. */
  readonly fresh: boolean;
  /** The graph laid out (or an earlier one of the same shape). */
  readonly graph: ViewGraph;
  /**
   * Identity of the geometry: layouts with the same `geometry` put every node (renamed or
   * not) in the same place, so what was drawn from one still fits the other.
   */
  readonly geometry: object;
}

export function layoutGraph(graph: ViewGraph, previous?: Layout): Layout {
  // Most edits (a hostname, a port, a state) change no node or edge: nothing moves.
  if (previous && sameShape(previous.graph, graph))
    return previous.fresh ? { ...previous, fresh: false } : previous;
  // Typing a name renames a node letter by letter: it stays where it is, and so does the rest.
  const renamed = previous && renamedIds(previous.graph, graph);
  if (previous && renamed) return renameLayout(previous, graph, renamed);
  const model = toLayoutModel(graph);
  const positions = new Map<string, Point>();
  const kept = previous
    ? model.top.filter(
        (n) =>
          previous.positions.has(n.id) &&
          !previous.parentOf.has(n.id) &&
          previous.columns.get(n.id) === model.columns.get(n.id),
      )
    : [];
  if (kept.length === 0) packNew(model, positions, model.top);
  else {
    for (const n of kept) {
      positions.set(n.id, previous?.positions.get(n.id) as Point);
      // A collapsed namespace keeps the width of the column it went to.
      const size = n.type === 'Namespace' ? previous?.sizes.get(n.id) : undefined;
      if (size) model.sizes.set(n.id, size);
    }
    // Only a node that grew (a Gateway with another listener) can push others.
    const grew = kept.some((n) => previous?.sizes.get(n.id)?.h !== model.sizes.get(n.id)?.h);
    if (grew) {
      // The outlines as they were, before anything grew.
      const before = namespaceBoxes(kept, positions, previous?.sizes ?? model.sizes, model.columns);
      settle(model, positions, kept, before);
    }
    placeNew(model, positions, kept, previous);
  }
  for (const [id, off] of model.offsets) positions.set(id, off);
  return {
    positions,
    sizes: model.sizes,
    columns: model.columns,
    parentOf: model.parentOf,
    fresh: kept.length === 0,
    graph,
    geometry: {},
  };
}

/** Namespaces in reading order: those holding Gateways first, then by their first lane, then by name. */
export function namespaceOrder(model: LayoutModel, nodes: readonly ViewNode[]): string[] {
  const rank = new Map<string, number>();
  for (const n of nodes) {
    const c = model.columns.get(n.id) ?? 0;
    const r = n.type === 'Namespace' ? 9 : c === 0 ? 1 : c; // hostnames belong with their Gateways
    rank.set(n.namespace, Math.min(rank.get(n.namespace) ?? r, r));
  }
  return [...rank.keys()].sort(
    (a, b) => (rank.get(a) ?? 0) - (rank.get(b) ?? 0) || compareNames(a, b),
  );
}

/** Lays out the namespaces of `nodes` afresh and drops them below what `positions` holds. */
function packNew(
  model: LayoutModel,
  positions: Map<string, Point>,
  nodes: readonly ViewNode[],
): void {
  const sky = new Skyline();
  for (const box of namespaceBoxes(model.top, positions, model.sizes, model.columns)) sky.add(box);
  const byNamespace = groupBy(nodes, (n) => n.namespace);
  for (const ns of namespaceOrder(model, nodes)) {
    const members = byNamespace.get(ns) ?? [];
    const summary = members.find((n) => n.type === 'Namespace');
    if (summary) {
      // A collapsed namespace: a tile as wide as the column with the most room above.
      const { column, y } = sky.lowestColumn();
      const tile = { x: columnX(column), y, w: columnWidth(column), h: SUMMARY_SIZE.h };
      positions.set(summary.id, { x: tile.x, y });
      model.sizes.set(summary.id, { w: tile.w, h: tile.h });
      sky.add({ ...tile, namespace: ns, count: 1, blocks: [tile], collapsed: true });
      continue;
    }
    const local = new Map<string, Point>();
    placeNamespace(model, positions, local, members);
    const box = namespaceBoxes(members, local, model.sizes, model.columns)[0];
    if (!box) continue;
    const dy = sky.dropOf(box);
    for (const [id, p] of local) positions.set(id, { x: p.x, y: p.y + dy });
    sky.add(shifted(box, dy));
  }
}

/**
 * Old id → new id when `b` has the nodes of `a`, some renamed: node for node the same kinds,
 * namespaces and owners, only ids differ. Edges may differ (a renamed listener loses the routes
 * that named it), as long as no node changes lane. Undefined when it is not so.
 */
function renamedIds(a: ViewGraph, b: ViewGraph): Map<string, string> | undefined {
  if (a.nodes.length !== b.nodes.length) return undefined;
  const renamed = new Map<string, string>();
  for (let i = 0; i < a.nodes.length; i++) {
    const x = a.nodes[i] as ViewNode;
    const y = b.nodes[i] as ViewNode;
    if (x.type !== y.type || x.namespace !== y.namespace) return undefined;
    if (x.id !== y.id) renamed.set(x.id, y.id);
  }
  const to = (id: string) => renamed.get(id) ?? id;
  for (let i = 0; i < a.nodes.length; i++) {
    const parent = a.nodes[i]?.parent;
    if ((parent === undefined ? parent : to(parent)) !== b.nodes[i]?.parent) return undefined;
  }
  const before = laneHints(a, to);
  const after = laneHints(b);
  return sameSet(before.clientCaOnly, after.clientCaOnly) &&
    sameSet(before.serviceGrants, after.serviceGrants)
    ? renamed
    : undefined;
}

function sameSet(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size !== b.size) return false;
  for (const x of a) if (!b.has(x)) return false;
  return true;
}

/** The previous layout with renamed nodes under their new ids, in the same places. */
function renameLayout(previous: Layout, graph: ViewGraph, renamed: Map<string, string>): Layout {
  return {
    positions: RenamedMap.over(previous.positions, renamed),
    sizes: RenamedMap.over(previous.sizes, renamed),
    columns: RenamedMap.over(previous.columns, renamed),
    parentOf: RenamedMap.over(previous.parentOf, renamed, true),
    fresh: false,
    graph,
    geometry: previous.geometry,
  };
}

/** The same nodes (id, kind, owner) and edges in the same order: the same layout. */
function sameShape(a: ViewGraph, b: ViewGraph): boolean {
  if (a === b) return true;
  if (a.nodes.length !== b.nodes.length || a.edges.length !== b.edges.length) return false;
  for (let i = 0; i < a.nodes.length; i++) {
    const x = a.nodes[i] as ViewNode;
    const y = b.nodes[i] as ViewNode;
    if (x.id !== y.id || x.type !== y.type || x.parent !== y.parent) return false;
  }
  for (let i = 0; i < a.edges.length; i++) if (a.edges[i]?.id !== b.edges[i]?.id) return false;
  return true;
}

/**
 * Kept nodes that grew (a Gateway with a new listener) push what is below them down: within a
 * namespace's column, overlapping nodes move down; when its serving part grew, its routing part
 * moves down with it, whole. Then namespaces that came to overlap move down, whole.
 */
function settle(
  model: LayoutModel,
  positions: Map<string, Point>,
  kept: readonly ViewNode[],
  before: readonly NamespaceBox[],
): void {
  const byNamespace = groupBy(kept, (n) => n.namespace);
  const was = new Map(before.map((b) => [b.namespace, b]));
  for (const [ns, members] of byNamespace) {
    const serving = members.filter((n) => tierOf(model.columns.get(n.id) ?? 0) === 0);
    const routing = members.filter((n) => tierOf(model.columns.get(n.id) ?? 0) === 1);
    pushOverlaps(model, positions, serving);
    const oldBottom = servingBottomOf(was.get(ns));
    if (oldBottom !== undefined) {
      const newBottom = Math.max(...serving.map((n) => bottomOf(model, positions, n.id)));
      const below = routing.filter((n) => (positions.get(n.id)?.y ?? 0) >= oldBottom);
      moveDown(
        positions,
        below.map((n) => n.id),
        Math.max(0, newBottom - oldBottom),
      );
    }
    pushOverlaps(model, positions, members);
  }
  separate(model, positions);
}

/** Bottom of the serving part of a box as it was (its first block when it has two). */
function servingBottomOf(box: NamespaceBox | undefined): number | undefined {
  const first = box?.blocks.length === 2 ? box.blocks[0] : undefined;
  return first ? first.y + first.h - TIER_GAP / 2 : undefined;
}

function bottomOf(model: LayoutModel, positions: ReadonlyMap<string, Point>, id: string): number {
  return (positions.get(id)?.y ?? 0) + (model.sizes.get(id)?.h ?? 0);
}

/** Within each column, nodes that overlap (in y order) move down just enough. */
function pushOverlaps(
  model: LayoutModel,
  positions: Map<string, Point>,
  nodes: readonly ViewNode[],
): void {
  const cells = groupBy(nodes, (n) => String((model.columns.get(n.id) ?? 0) % 3));
  for (const list of cells.values()) {
    list.sort((a, b) => (positions.get(a.id)?.y ?? 0) - (positions.get(b.id)?.y ?? 0));
    let floor = Number.NEGATIVE_INFINITY;
    for (const n of list) {
      const p = positions.get(n.id) as Point;
      if (p.y < floor) positions.set(n.id, { x: p.x, y: floor });
      floor = Math.max(floor, bottomOf(model, positions, n.id) + NODE_GAP);
    }
  }
}

/** Namespace outlines never overlap: one that clashes with one above it moves down, whole. */
function separate(model: LayoutModel, positions: Map<string, Point>): void {
  const placed = model.top.filter((n) => positions.has(n.id));
  const moved = separateBoxes(namespaceBoxes(placed, positions, model.sizes, model.columns));
  if (moved.size === 0) return;
  for (const n of placed) {
    const dy = moved.get(n.namespace);
    if (dy) moveDown(positions, [n.id], dy);
  }
}

/** New nodes: in the namespace they belong to when it is drawn, else in new namespaces below. */
function placeNew(
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

function groupBy<T>(items: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

/**
 * Deterministic layered layout, left to right in traffic order, one band per namespace.
 *
 * Stable: given the previous layout, nodes that still exist keep their position. New nodes are
 * placed in their namespace's band, in their column, at the free slot nearest their neighbours.
 * Only when something must grow (a Gateway gains a listener, a band runs out of room) do the
 * nodes below it move down, together, just enough. Removed nodes leave gaps until "Re-layout".
 */
import type { Graph, GraphNode } from '../../core';
import { BAND_GAP, columnX, NODE_GAP, NS_HEADER, NS_PAD_BOTTOM } from './geometry';
import type { Point, Size } from './geometry';
import {
  desiredInColumn,
  groupByColumn,
  namespaceOrder,
  PLACEMENT_ORDER,
  placeBand,
  sortByDesired,
} from './layout-bands';
import { toLayoutModel } from './layout-model';
import type { LayoutModel } from './layout-model';
import { namespaceBoxes } from './namespace-boxes';
import { RenamedMap } from './renamed-map';

export interface Layout {
  /** Top-level nodes: absolute top-left. Listeners: top-left inside their owner. */
  readonly positions: ReadonlyMap<string, Point>;
  readonly sizes: ReadonlyMap<string, Size>;
  readonly columns: ReadonlyMap<string, number>;
  readonly parentOf: ReadonlyMap<string, string>;
  /** No node kept a previous position: the view may frame the graph again. */
  readonly fresh: boolean;
  /** The graph laid out (or an earlier one of the same shape). */
  readonly graph: Graph;
  /**
   * Identity of the geometry: layouts with the same `geometry` put every node (renamed or
   * not) in the same place, so what was drawn from one still fits the other.
   */
  readonly geometry: object;
}

export function layoutGraph(graph: Graph, previous?: Layout): Layout {
  // Most edits (a hostname, a port, a state) change no node or edge: nothing moves.
  if (previous && sameShape(previous.graph, graph))
    return previous.fresh ? { ...previous, fresh: false } : previous;
  // Typing a name renames a node letter by letter: it stays where it is, and so does the rest.
  const renamed = previous && renamedIds(previous.graph, graph);
  if (previous && renamed) return renameLayout(previous, graph, renamed);
  const model = toLayoutModel(graph);
  const positions = new Map<string, Point>();
  const kept = previous ? model.top.filter((n) => previous.positions.has(n.id)) : [];
  if (kept.length === 0) {
    let y = 0;
    for (const ns of namespaceOrder(model, model.top))
      y =
        placeBand(
          model,
          positions,
          model.top.filter((n) => n.namespace === ns),
          y,
        ) + BAND_GAP;
  } else {
    for (const n of kept) positions.set(n.id, previous?.positions.get(n.id) as Point);
    resolveGrowth(model, positions, kept);
    placeNew(model, positions, kept);
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

/**
 * Old id → new id when `b` has the nodes of `a`, some renamed: node for node the same kinds,
 * namespaces and owners, only ids differ. Edges may differ (a renamed listener loses the routes
 * that named it), as long as no CA bundle changes column. Undefined when it is not so.
 */
function renamedIds(a: Graph, b: Graph): Map<string, string> | undefined {
  if (a.nodes.length !== b.nodes.length) return undefined;
  const renamed = new Map<string, string>();
  for (let i = 0; i < a.nodes.length; i++) {
    const x = a.nodes[i] as GraphNode;
    const y = b.nodes[i] as GraphNode;
    if (x.type !== y.type || x.namespace !== y.namespace) return undefined;
    if (x.id !== y.id) renamed.set(x.id, y.id);
  }
  const to = (id: string | undefined) => (id === undefined ? id : (renamed.get(id) ?? id));
  for (let i = 0; i < a.nodes.length; i++)
    if (to(a.nodes[i]?.parent) !== b.nodes[i]?.parent) return undefined;
  const before = clientCaOnly(a, to);
  const after = clientCaOnly(b, (id) => id);
  if (before.size !== after.size || [...before].some((id) => !after.has(id))) return undefined;
  return renamed;
}

/** ConfigMaps used only as client CAs (drawn beside the listeners: see `columnOf`). */
function clientCaOnly(g: Graph, id: (id: string) => string | undefined): Set<string> {
  const client = new Set<string>();
  const backend = new Set<string>();
  for (const e of g.edges)
    if (e.type === 'client-ca') client.add(id(e.target) ?? e.target);
    else if (e.type === 'ca') backend.add(id(e.target) ?? e.target);
  for (const x of backend) client.delete(x);
  return client;
}

/** The previous layout with renamed nodes under their new ids, in the same places. */
function renameLayout(previous: Layout, graph: Graph, renamed: Map<string, string>): Layout {
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
function sameShape(a: Graph, b: Graph): boolean {
  if (a === b) return true;
  if (a.nodes.length !== b.nodes.length || a.edges.length !== b.edges.length) return false;
  for (let i = 0; i < a.nodes.length; i++) {
    const x = a.nodes[i] as GraphNode;
    const y = b.nodes[i] as GraphNode;
    if (x.id !== y.id || x.type !== y.type || x.parent !== y.parent) return false;
  }
  for (let i = 0; i < a.edges.length; i++) if (a.edges[i]?.id !== b.edges[i]?.id) return false;
  return true;
}

/** A node that grew (a Gateway with a new listener) pushes the nodes below it in its column down. */
function resolveGrowth(
  model: LayoutModel,
  positions: Map<string, Point>,
  kept: readonly GraphNode[],
): void {
  const cells = new Map<string, GraphNode[]>();
  for (const n of kept) {
    const key = `${n.namespace}\u0000${model.columns.get(n.id)}`;
    const list = cells.get(key);
    if (list) list.push(n);
    else cells.set(key, [n]);
  }
  for (const list of cells.values()) {
    list.sort((a, b) => (positions.get(a.id)?.y ?? 0) - (positions.get(b.id)?.y ?? 0));
    let floor = Number.NEGATIVE_INFINITY;
    for (const n of list) {
      const p = positions.get(n.id) as Point;
      if (p.y < floor) positions.set(n.id, { x: p.x, y: floor });
      floor = Math.max(
        floor,
        (positions.get(n.id) as Point).y + (model.sizes.get(n.id)?.h ?? 0) + NODE_GAP,
      );
    }
  }
}

function placeNew(
  model: LayoutModel,
  positions: Map<string, Point>,
  kept: readonly GraphNode[],
): void {
  const bands = new Map(namespaceBoxes(kept, positions, model.sizes).map((b) => [b.namespace, b]));
  const fresh = model.top.filter((n) => !positions.has(n.id));
  const newSpaces = new Set<string>();
  for (const [ns, nodes] of groupBy(fresh, (n) => n.namespace)) {
    const band = bands.get(ns);
    if (!band) {
      newSpaces.add(ns);
      continue;
    }
    const members = model.top.filter((n) => n.namespace === ns && positions.has(n.id));
    const lo = band.y + NS_HEADER;
    const hi = band.y + band.h - NS_PAD_BOTTOM;
    const byColumn = groupByColumn(model, nodes);
    for (const column of PLACEMENT_ORDER) {
      const list = byColumn.get(column);
      if (!list) continue;
      const occupied = members
        .filter((m) => model.columns.get(m.id) === column)
        .map((m) => span(positions, model.sizes, m.id));
      const desired = desiredInColumn(model, positions, list);
      for (const n of sortByDesired(model, list, desired)) {
        const h = model.sizes.get(n.id)?.h ?? 0;
        const d = desired.get(n.id);
        const y = findSlot(
          occupied,
          lo,
          hi,
          h,
          d === undefined ? Number.POSITIVE_INFINITY : Math.round(d - h / 2),
        );
        positions.set(n.id, { x: columnX(column), y });
        occupied.push([y, y + h]);
      }
    }
  }
  separateBands(model, positions);
  let y = Math.max(
    0,
    ...namespaceBoxes(model.top, positions, model.sizes).map((b) => b.y + b.h + BAND_GAP),
  );
  const spaces = namespaceOrder(model, fresh).filter((ns) => newSpaces.has(ns));
  for (const ns of spaces)
    y =
      placeBand(
        model,
        positions,
        fresh.filter((n) => n.namespace === ns),
        y,
      ) + BAND_GAP;
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
    consider(cursor, top - NODE_GAP);
    cursor = Math.max(cursor, bottom + NODE_GAP);
  }
  consider(cursor, hi);
  return best ?? cursor;
}

/** Namespace bands never overlap: a band that grew pushes the bands below it down, whole. */
function separateBands(model: LayoutModel, positions: Map<string, Point>): void {
  const boxes = namespaceBoxes(model.top, positions, model.sizes).sort((a, b) => a.y - b.y);
  const members = groupBy(model.top, (n) => n.namespace);
  let floor = Number.NEGATIVE_INFINITY;
  for (const box of boxes) {
    const delta = floor + BAND_GAP - box.y;
    if (delta > 0)
      for (const n of members.get(box.namespace) ?? []) {
        const p = positions.get(n.id);
        if (p) positions.set(n.id, { x: p.x, y: p.y + delta });
      }
    floor = Math.max(floor, box.y + box.h + Math.max(0, delta));
  }
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

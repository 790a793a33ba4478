/**
 * What the layout needs to know about a graph, computed once per graph: the top-level nodes
 * (listeners live inside their Gateway or ListenerSet), their lanes and sizes, the listener
 * offsets, and who is connected to whom.
 */
import { isOwnerType, laneOf, LISTENER_SIZE, listenerOffset, nodeSize } from './geometry';
import type { LaneHints, Point, Size } from './geometry';
import type { ViewGraph, ViewNode } from './view-graph';

export interface LayoutModel {
  /** Nodes placed on their own, in graph order (everything but listeners inside an owner). */
  readonly top: readonly ViewNode[];
  readonly order: ReadonlyMap<string, number>;
  /** Lane of every node (listeners: 1). */
  readonly columns: Map<string, number>;
  readonly sizes: Map<string, Size>;
  /** Listener id → owner id. */
  readonly parentOf: ReadonlyMap<string, string>;
  /** Owner id → its listener ids, in order. */
  readonly children: ReadonlyMap<string, readonly string[]>;
  /** Listener offsets inside their owner. */
  readonly offsets: ReadonlyMap<string, Point>;
  /** Undirected neighbours of every node (listeners included). */
  readonly neighbors: ReadonlyMap<string, readonly string[]>;
}

/** How ConfigMaps and ReferenceGrants of a graph are used (see `laneOf`). */
export function laneHints(graph: ViewGraph, id: (id: string) => string = (x) => x): LaneHints {
  const clientCaOnly = new Set<string>();
  const backendCa = new Set<string>();
  const firstGrant = new Map<string, string>();
  for (const e of graph.edges)
    if (e.type === 'client-ca') clientCaOnly.add(id(e.target));
    else if (e.type === 'ca') backendCa.add(id(e.target));
    else if (e.type === 'grant' && !firstGrant.has(id(e.source)))
      firstGrant.set(id(e.source), e.target);
  for (const x of backendCa) clientCaOnly.delete(x);
  const serviceGrants = new Set<string>();
  for (const [grant, target] of firstGrant)
    if (target.startsWith('Service/')) serviceGrants.add(grant);
  return { clientCaOnly, serviceGrants };
}

export function toLayoutModel(graph: ViewGraph): LayoutModel {
  const ids = new Set(graph.nodes.map((n) => n.id));
  const neighbors = new Map<string, string[]>();
  const link = (a: string, b: string) => {
    const list = neighbors.get(a);
    if (list) list.push(b);
    else neighbors.set(a, [b]);
  };
  for (const e of graph.edges) {
    link(e.source, e.target);
    link(e.target, e.source);
  }
  const hints = laneHints(graph);

  const parentOf = new Map<string, string>();
  const children = new Map<string, string[]>();
  const offsets = new Map<string, Point>();
  const top: ViewNode[] = [];
  for (const n of graph.nodes) {
    if (n.type === 'Listener' && n.parent && ids.has(n.parent)) {
      const list = children.get(n.parent) ?? [];
      if (list.length === 0) children.set(n.parent, list);
      offsets.set(n.id, listenerOffset(list.length));
      list.push(n.id);
      parentOf.set(n.id, n.parent);
    } else top.push(n);
  }

  const columns = new Map<string, number>();
  const sizes = new Map<string, Size>();
  const order = new Map<string, number>();
  top.forEach((n, i) => {
    const lane = n.type === 'Namespace' ? 1 : laneOf(n.type, n.id, hints);
    columns.set(n.id, lane);
    sizes.set(
      n.id,
      nodeSize(n.type, lane, isOwnerType(n.type) ? (children.get(n.id)?.length ?? 0) : 0),
    );
    order.set(n.id, i);
  });
  for (const id of parentOf.keys()) {
    columns.set(id, 1);
    sizes.set(id, LISTENER_SIZE);
  }
  return { top, order, columns, sizes, parentOf, children, offsets, neighbors };
}

/** Vertical centre of a node (listeners through their owner), or undefined if not placed. */
export function centerY(
  model: LayoutModel,
  positions: ReadonlyMap<string, Point>,
  id: string,
): number | undefined {
  const parent = model.parentOf.get(id);
  if (parent) {
    const p = positions.get(parent);
    const off = model.offsets.get(id);
    return p && off ? p.y + off.y + LISTENER_SIZE.h / 2 : undefined;
  }
  const p = positions.get(id);
  const s = model.sizes.get(id);
  return p && s ? p.y + s.h / 2 : undefined;
}

/** The top-level node a node is drawn in: the owner of a listener, else itself. */
export function topOf(model: LayoutModel, id: string): string {
  return model.parentOf.get(id) ?? id;
}

/**
 * Mean centre of the placed neighbours of a node (other than inside itself); with `only`, of
 * the neighbours that pass it.
 */
export function desiredCenter(
  model: LayoutModel,
  positions: ReadonlyMap<string, Point>,
  id: string,
  only?: (other: string) => boolean,
): number | undefined {
  let sum = 0;
  let count = 0;
  const visit = (from: string) => {
    for (const other of model.neighbors.get(from) ?? []) {
      if (topOf(model, other) === id || (only && !only(other))) continue;
      const y = centerY(model, positions, other);
      if (y === undefined) continue;
      sum += y;
      count++;
    }
  };
  visit(id);
  // An owner is pulled by what its listeners connect to as well.
  for (const l of model.children.get(id) ?? []) visit(l);
  return count ? sum / count : undefined;
}

/** Items by a key, in their order. */
export function groupBy<T>(items: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

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
import type { Point, Size } from './geometry';
import { laneHints, toLayoutModel } from './layout-model';
import { packNew } from './layout-pack';
import { placeNew } from './layout-place';
import { settle } from './layout-settle';
import { namespaceBoxes } from './namespace-boxes';
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

/**
 * What one graph build leaves for the next. An edit changes a few resolution units (a Gateway
 * with its listeners, a route, a policy); every other unit is the very same object as before,
 * so the nodes and edges it drew are drawn again as they were, without being worked out anew.
 */
import type { KubeObject } from '../model/object';
import type { SourceRange } from '../model/source';
import type { ResolvedListener } from '../resolve/resolved';
import type { GraphEdge, GraphNode, NodeState } from './types';

/** Where a node's range is found: a field path of an object. */
export interface RangeSpec {
  readonly object: KubeObject;
  readonly path: readonly (string | number)[];
}

/** A node with its range, as last drawn (reused while the range is the same object). */
export interface Drawn {
  range: SourceRange | undefined;
  node: GraphNode;
}

/**
 * One step of drawing a unit, kept to be taken again. Steps that depend on more than the unit
 * itself (referenced objects, routes attached to a listener) are taken anew each time.
 */
export type DrawStep =
  /** A node of the unit's own: `replace` puts it over a node of the same id. */
  | { t: 'node'; node: GraphNode; at?: RangeSpec; replace: boolean; drawn?: Drawn }
  /** A listener: its route count is counted for each analysis. */
  | {
      t: 'listener';
      listener: ResolvedListener;
      node: GraphNode;
      at: RangeSpec;
      /** The node with its count (made anew when the count changes), and its range. */
      counted?: { count: number; body: GraphNode; drawn?: Drawn };
    }
  /** The routes attached to a listener (they change without the Gateway changing). */
  | { t: 'attached'; listener: ResolvedListener; id: string; drawn?: Map<string, GraphEdge> }
  /** A referenced object: its node, or a placeholder when it is not in the workspace. */
  | { t: 'ref'; kind: 'Secret' | 'Service' | 'ConfigMap'; namespace: string; name: string }
  /** The ReferenceGrant that permits a reference: its node and its edge. */
  | {
      t: 'grant';
      grant: KubeObject;
      details: readonly string[];
      target: string;
      drawn?: GraphEdge;
    }
  /** A route's edge from a parent it could not attach to, drawn when that parent is drawn. */
  | {
      t: 'parent-edge';
      sources: readonly string[];
      edge: Omit<GraphEdge, 'id' | 'source'>;
      drawn?: GraphEdge;
    }
  | { t: 'edge'; edge: GraphEdge };

/** The node of an object drawn for itself or as a reference, by object and why. */
interface ObjectDrawing {
  readonly why: string;
  readonly node: GraphNode;
  drawn?: Drawn;
}

export class GraphCache {
  /** Per resolution unit (ResolvedGateway, ResolvedRoute, ResolvedPolicy): its steps. */
  units = new WeakMap<object, DrawStep[]>();
  private objects = new WeakMap<KubeObject, ObjectDrawing>();
  /** Per node (without range): it with the findings about it folded in. */
  nodeFindings = new WeakMap<
    GraphNode,
    { states: readonly NodeState[]; body: GraphNode; drawn?: Drawn }
  >();
  /** Per hostname node (without range): it with the states of its serves edges folded in. */
  served = new WeakMap<
    GraphNode,
    { states: readonly NodeState[]; body: GraphNode; drawn?: Drawn }
  >();
  /** Per edge: it with the findings about it folded in. */
  edgeFindings = new WeakMap<GraphEdge, { states: readonly NodeState[]; edge: GraphEdge }>();
  /** Placeholders of referenced objects not in the workspace, by id. */
  private placeholders = new Map<string, GraphNode>();
  private clock?: number;

  /**
   * Makes the cache fit the clock of this analysis: certificate expiry is in Secret nodes
   * and in the states of units, so a different time draws everything afresh.
   */
  at(now: Date): this {
    const t = now.getTime();
    if (this.clock !== t) {
      this.clock = t;
      this.units = new WeakMap();
      this.objects = new WeakMap();
      this.nodeFindings = new WeakMap();
      this.served = new WeakMap();
      this.edgeFindings = new WeakMap();
      this.placeholders = new Map();
    }
    return this;
  }

  /** The node of `object` drawn for reason `why` (its state and details), made once. */
  objectNode(object: KubeObject, why: string, make: () => GraphNode): ObjectDrawing {
    const hit = this.objects.get(object);
    if (hit?.why === why) return hit;
    const drawing = { why, node: make() };
    this.objects.set(object, drawing);
    return drawing;
  }

  /** The placeholder of a referenced object that is not in the workspace, made once. */
  placeholder(id: string, make: () => GraphNode): GraphNode {
    let node = this.placeholders.get(id);
    if (!node) this.placeholders.set(id, (node = make()));
    return node;
  }
}

/** Each node drawn with a range → the node it was drawn from, without one. */
const bodies = new WeakMap<GraphNode, GraphNode>();

/**
 * A graph node without its source range: the very same object from one analysis to the next
 * while only the node's place in the text moved (an edit above it), so a host can tell such a
 * node from a changed one without comparing them field by field.
 */
export function nodeBody(node: GraphNode): GraphNode {
  return bodies.get(node) ?? node;
}

/** `node` with `range`, reusing the node drawn last time when the range is the same. */
export function withRange(
  holder: { drawn?: Drawn },
  node: GraphNode,
  range: SourceRange | undefined,
): GraphNode {
  const d = holder.drawn;
  if (d && d.range === range) return d.node;
  const full = range === undefined ? node : { ...node, range };
  if (full !== node) bodies.set(full, node);
  holder.drawn = { range, node: full };
  return full;
}

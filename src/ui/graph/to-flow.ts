/**
 * Maps the core's graph and our layout to React Flow nodes and edges. Pure, and memoised per
 * id by a cheap signature: a node whose content and place did not change is the very same
 * object as last time, so React Flow skips it (10,000 objects stay smooth while typing).
 * Source ranges are left out of the signature (an edit above an object moves every range
 * below it): the view looks the current range up when a node is clicked.
 */
import type { Edge, Node, NodeHandle, Position } from '@xyflow/react';
import type { Graph, GraphEdge, GraphNode } from '../../core';
import { edgeAriaLabel, edgeLabelLines } from './edge-text';
import { LISTENER_INSET } from './geometry';
import type { Point, Size } from './geometry';
import type { Layout } from './layout';
import { namespaceBoxes } from './namespace-boxes';
import { columnSpans, laneOf, routeOf } from './routing';
import type { EdgeRoute } from './routing';

export interface GraphNodeData extends Record<string, unknown> {
  readonly node: GraphNode;
  /** On the highlighted (SNI) path. */
  readonly lit?: boolean;
}

export interface NamespaceData extends Record<string, unknown> {
  readonly namespace: string;
  readonly count: number;
}

export interface StateEdgeData extends Record<string, unknown> {
  readonly edge: GraphEdge;
  readonly route: EdgeRoute;
  readonly lane: number;
  readonly lines: readonly string[];
  readonly lit?: boolean;
}

export type ObjectFlowNode = Node<GraphNodeData, 'object' | 'owner' | 'listener' | 'hostname'>;
export type NamespaceFlowNode = Node<NamespaceData, 'namespace'>;
export type FlowNode = ObjectFlowNode | NamespaceFlowNode;
export type FlowEdge = Edge<StateEdgeData, 'state'>;

export interface Flow {
  /** Namespace boxes, then top-level nodes, then listeners (after their owners). */
  readonly nodes: FlowNode[];
  readonly edges: FlowEdge[];
}

/** The elements made last time, reused for whatever did not change. */
export interface FlowCache {
  namespaces: readonly NamespaceFlowNode[];
  nodes: Map<string, ObjectFlowNode>;
  edges: Map<string, FlowEdge>;
  /** The geometry the edges were routed on: the same geometry, the same routes. */
  geometry?: object;
  /** Column spans of that geometry (for routing edges drawn anew). */
  spans?: ReturnType<typeof columnSpans>;
  /** The graph and the flow made last time, with where each graph item went in it (-1: left out). */
  last?: { graph: Graph; flow: Flow; nodeAt: Int32Array; edgeAt: Int32Array };
}

export function newFlowCache(): FlowCache {
  return { namespaces: [], nodes: new Map(), edges: new Map() };
}

/** React Flow's id of the graph (its keyboard help is `react-flow__node-desc-<id>`). */
export const FLOW_ID = 'graph';

/** Id of the element on a node's card that describes it (facts and state). */
export function descriptionId(nodeId: string): string {
  return `gt-desc-${nodeId}`;
}

const LEFT = 'left' as Position;
const RIGHT = 'right' as Position;
const handleCache = new Map<string, NodeHandle[]>();

/** Handles: `in` left and `out` right for traffic; `in-right` and `out-left` for brackets. */
function handlesFor(size: Size, inset: number): NodeHandle[] {
  const key = `${size.w}x${size.h}x${inset}`;
  let h = handleCache.get(key);
  if (!h) {
    const y = size.h / 2 - 0.5;
    const left = -inset;
    const right = size.w + inset - 1;
    h = [
      { id: 'in', type: 'target', position: LEFT, x: left, y, width: 1, height: 1 },
      { id: 'out', type: 'source', position: RIGHT, x: right, y, width: 1, height: 1 },
      { id: 'in-right', type: 'target', position: RIGHT, x: right, y, width: 1, height: 1 },
      { id: 'out-left', type: 'source', position: LEFT, x: left, y, width: 1, height: 1 },
    ];
    handleCache.set(key, h);
  }
  return h;
}

function componentOf(n: GraphNode, isChild: boolean): ObjectFlowNode['type'] {
  if (isChild) return 'listener';
  if (n.type === 'Hostname') return 'hostname';
  if (n.type === 'Gateway' || n.type === 'ListenerSet') return 'owner';
  return 'object';
}

/** The graph as React Flow nodes and edges, without selection or highlight (see `markFlow`). */
export function toFlow(graph: Graph, layout: Layout, cache: FlowCache = newFlowCache()): Flow {
  return patchFlow(graph, layout, cache) ?? buildFlow(graph, layout, cache);
}

function flowNode(n: GraphNode, position: Point, size: Size, parentId?: string): ObjectFlowNode {
  return {
    id: n.id,
    type: componentOf(n, !!parentId),
    position,
    width: size.w,
    height: size.h,
    measured: { width: size.w, height: size.h },
    handles: handlesFor(size, parentId ? LISTENER_INSET : 0),
    data: { node: n },
    ariaLabel: n.label,
    domAttributes: {
      'aria-describedby': `${descriptionId(n.id)} react-flow__node-desc-${FLOW_ID}`,
    },
    ...(parentId ? { parentId, extent: 'parent' as const, draggable: false } : {}),
  };
}

function flowEdge(
  e: GraphEdge,
  route: EdgeRoute,
  source: ObjectFlowNode,
  target: ObjectFlowNode,
): FlowEdge {
  return {
    id: e.id,
    type: 'state',
    source: e.source,
    target: e.target,
    sourceHandle: e.type === 'parent' ? 'out-left' : 'out',
    targetHandle: e.type === 'grant' ? 'in-right' : 'in',
    data: { edge: e, route, lane: laneOf(e.type), lines: edgeLabelLines(e) },
    ariaLabel: edgeAriaLabel(e, source.ariaLabel ?? e.source, target.ariaLabel ?? e.target),
    focusable: false,
    selectable: false,
    zIndex: e.state.level === 'ok' ? 0 : 1,
  };
}

/** Where an edge runs: from its source's column and height to its target's column. */
function routeFor(e: GraphEdge, layout: Layout, cache: FlowCache, ids: () => Iterable<string>) {
  const spans = (cache.spans ??= columnSpans(layout, ids()));
  const parent = layout.parentOf.get(e.source);
  const p = layout.positions.get(e.source);
  const s = layout.sizes.get(e.source);
  const y = p && s ? (parent ? (layout.positions.get(parent)?.y ?? 0) : 0) + p.y + s.h / 2 : 0;
  return routeOf(
    e.type,
    layout.columns.get(e.source) ?? 0,
    layout.columns.get(e.target) ?? 0,
    y,
    spans,
  );
}

/**
 * The flow of a graph of the same shape as last time (node for node and edge for edge, in the
 * same geometry): last time's flow with only the changed items replaced, or the very same
 * flow when nothing changed. Typing mostly changes one object, so this is what a keystroke
 * costs. Undefined when the shape differs (then everything is mapped again).
 */
function patchFlow(graph: Graph, layout: Layout, cache: FlowCache): Flow | undefined {
  const last = cache.last;
  if (
    !last ||
    cache.geometry !== layout.geometry ||
    last.graph.nodes.length !== graph.nodes.length ||
    last.graph.edges.length !== graph.edges.length
  )
    return undefined;
  let nodes: FlowNode[] | undefined;
  let edges: FlowEdge[] | undefined;
  const renamed: string[] = [];
  const redrawn: ObjectFlowNode[] = [];
  for (let i = 0; i < graph.nodes.length; i++) {
    const n = graph.nodes[i] as GraphNode;
    const before = last.graph.nodes[i] as GraphNode;
    if (n === before) continue;
    const at = last.nodeAt[i] ?? -1;
    const prev = at < 0 ? undefined : (last.flow.nodes[at] as ObjectFlowNode);
    if (!prev) return undefined;
    // The same id in the same geometry is in the same place: only its content can differ.
    if (n.id === before.id && sameContent(prev.data.node, n)) continue;
    const position = layout.positions.get(n.id);
    const size = layout.sizes.get(n.id);
    const parentId = layout.parentOf.get(n.id);
    // A node that became a listener, or stopped being one, goes elsewhere in the list.
    if (!position || !size || !!parentId !== !!prev.parentId) return undefined;
    const flow = flowNode(n, position, size, parentId);
    if (n.id !== before.id) renamed.push(before.id);
    redrawn.push(flow);
    (nodes ??= last.flow.nodes.slice())[at] = flow;
  }
  // Renamed nodes go under their new ids, so edges (and the next patch) find them.
  const made = cache.nodes;
  for (const id of renamed) made.delete(id);
  for (const flow of redrawn) made.set(flow.id, flow);
  for (let i = 0; i < graph.edges.length; i++) {
    const e = graph.edges[i] as GraphEdge;
    const before = last.graph.edges[i] as GraphEdge;
    if (e === before) continue;
    const at = last.edgeAt[i] ?? -1;
    const prev = at < 0 ? undefined : last.flow.edges[at];
    if (prev?.data && e.id === before.id && sameEdge(prev.data.edge, e)) continue;
    const source = made.get(e.source);
    const target = made.get(e.target);
    if (!prev !== (!source || !target)) return undefined;
    if (!prev || !source || !target) continue;
    const route =
      e.id === before.id && prev.data
        ? prev.data.route
        : routeFor(e, layout, cache, () => made.keys());
    const flow = flowEdge(e, route, source, target);
    if (e.id !== before.id) cache.edges.delete(before.id);
    cache.edges.set(e.id, flow);
    (edges ??= last.flow.edges.slice())[at] = flow;
  }
  const flow =
    nodes || edges
      ? { nodes: nodes ?? last.flow.nodes, edges: edges ?? last.flow.edges }
      : last.flow;
  cache.last = { ...last, graph, flow };
  return flow;
}

/** Maps every node and edge (reusing the elements of last time that did not change). */
function buildFlow(graph: Graph, layout: Layout, cache: FlowCache): Flow {
  const sameLayout = cache.geometry === layout.geometry;
  if (!sameLayout) cache.spans = undefined;
  const namespaces = sameLayout
    ? cache.namespaces
    : namespaceNodes(graph, layout, cache.namespaces);
  const top: FlowNode[] = [];
  const children: FlowNode[] = [];
  const made = new Map<string, ObjectFlowNode>();
  // Where each graph node goes: top-level nodes after the namespaces, listeners after those.
  const nodeAt = new Int32Array(graph.nodes.length).fill(-1);
  graph.nodes.forEach((n, i) => {
    const position = layout.positions.get(n.id);
    const size = layout.sizes.get(n.id);
    if (!position || !size) return;
    const parentId = layout.parentOf.get(n.id);
    const prev = cache.nodes.get(n.id);
    const flow =
      prev && sameNode(prev, n, position, size, parentId)
        ? prev
        : flowNode(n, position, size, parentId);
    made.set(n.id, flow);
    if (parentId) {
      nodeAt[i] = -2 - children.length; // placed once the top-level count is known
      children.push(flow);
    } else {
      nodeAt[i] = namespaces.length + top.length;
      top.push(flow);
    }
  });
  for (let i = 0; i < nodeAt.length; i++) {
    const at = nodeAt[i] ?? -1;
    if (at <= -2) nodeAt[i] = namespaces.length + top.length + (-2 - at);
  }

  const edges: FlowEdge[] = [];
  const routed = new Map<string, FlowEdge>();
  const edgeAt = new Int32Array(graph.edges.length).fill(-1);
  graph.edges.forEach((e, i) => {
    const source = made.get(e.source);
    const target = made.get(e.target);
    if (!source || !target) return;
    const prev = cache.edges.get(e.id);
    const route =
      (sameLayout ? prev?.data?.route : undefined) ?? routeFor(e, layout, cache, () => made.keys());
    const flow =
      prev?.data && sameEdge(prev.data.edge, e) && sameRoute(prev.data.route, route)
        ? prev
        : flowEdge(e, route, source, target);
    routed.set(e.id, flow);
    edgeAt[i] = edges.length;
    edges.push(flow);
  });
  const flow = { nodes: [...namespaces, ...top, ...children], edges };
  cache.namespaces = namespaces;
  cache.nodes = made;
  cache.edges = routed;
  cache.geometry = layout.geometry;
  cache.last = { graph, flow, nodeAt, edgeAt };
  return flow;
}

/** The boxes of the namespaces, reusing the ones that did not move. */
function namespaceNodes(
  graph: Graph,
  layout: Layout,
  previous: readonly NamespaceFlowNode[],
): NamespaceFlowNode[] {
  const before = new Map(previous.map((n) => [n.id, n]));
  const top = graph.nodes.filter((n) => !layout.parentOf.has(n.id));
  return namespaceBoxes(top, layout.positions, layout.sizes).map((box) => {
    const id = `namespace:${box.namespace}`;
    const prev = before.get(id);
    if (
      prev &&
      prev.position.x === box.x &&
      prev.position.y === box.y &&
      prev.width === box.w &&
      prev.height === box.h &&
      prev.data.count === box.count
    )
      return prev;
    return {
      id,
      type: 'namespace',
      position: { x: box.x, y: box.y },
      width: box.w,
      height: box.h,
      measured: { width: box.w, height: box.h },
      data: { namespace: box.namespace, count: box.count },
      zIndex: -1,
      selectable: false,
      draggable: false,
      focusable: false,
      className: 'gt-namespace-wrap',
    };
  });
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** What a node card shows is the same (its range is not shown). */
function sameContent(o: GraphNode, n: GraphNode): boolean {
  return (
    o.type === n.type &&
    o.label === n.label &&
    o.missing === n.missing &&
    o.state.level === n.state.level &&
    o.state.reason === n.state.reason &&
    o.state.message === n.state.message &&
    sameList(o.details, n.details)
  );
}

function sameNode(
  prev: ObjectFlowNode,
  n: GraphNode,
  p: Point,
  s: Size,
  parentId?: string,
): boolean {
  return (
    sameContent(prev.data.node, n) &&
    prev.position.x === p.x &&
    prev.position.y === p.y &&
    prev.width === s.w &&
    prev.height === s.h &&
    prev.parentId === parentId
  );
}

function sameEdge(o: GraphEdge, e: GraphEdge): boolean {
  return (
    o.state.level === e.state.level &&
    o.state.reason === e.state.reason &&
    o.state.message === e.state.message &&
    o.grant === e.grant &&
    o.label === e.label
  );
}

function sameRoute(a: EdgeRoute, b: EdgeRoute): boolean {
  if (a === b) return true;
  if (a.type === 'bracket') return b.type === 'bracket' && a.side === b.side;
  if (b.type === 'bracket') return false;
  const bp = b.passes;
  return (
    a.passes.length === bp.length &&
    a.passes.every((p, i) => p.y === bp[i]?.y && p.left === bp[i]?.left)
  );
}

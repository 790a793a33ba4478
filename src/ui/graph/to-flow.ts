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
  const sameLayout = cache.geometry === layout.geometry;
  if (!sameLayout) cache.spans = undefined;
  const namespaces = sameLayout
    ? cache.namespaces
    : namespaceNodes(graph, layout, cache.namespaces);
  const nodes: FlowNode[] = [...namespaces];
  const children: FlowNode[] = [];
  const made = new Map<string, ObjectFlowNode>();
  for (const n of graph.nodes) {
    const position = layout.positions.get(n.id);
    const size = layout.sizes.get(n.id);
    if (!position || !size) continue;
    const parentId = layout.parentOf.get(n.id);
    const prev = cache.nodes.get(n.id);
    const flow: ObjectFlowNode =
      prev && sameNode(prev, n, position, size, parentId)
        ? prev
        : {
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
    made.set(n.id, flow);
    (parentId ? children : nodes).push(flow);
  }

  const centerY = (id: string) => {
    const parent = layout.parentOf.get(id);
    const p = layout.positions.get(id);
    const s = layout.sizes.get(id);
    if (!p || !s) return 0;
    return (parent ? (layout.positions.get(parent)?.y ?? 0) : 0) + p.y + s.h / 2;
  };
  const edges: FlowEdge[] = [];
  const routed = new Map<string, FlowEdge>();
  for (const e of graph.edges) {
    const source = made.get(e.source);
    const target = made.get(e.target);
    if (!source || !target) continue;
    const prev = cache.edges.get(e.id);
    let route = sameLayout ? prev?.data?.route : undefined;
    if (!route) {
      const spans = (cache.spans ??= columnSpans(layout, made.keys()));
      const from = layout.columns.get(e.source) ?? 0;
      const to = layout.columns.get(e.target) ?? 0;
      route = routeOf(e.type, from, to, centerY(e.source), spans);
    }
    const flow: FlowEdge =
      prev?.data && sameEdge(prev.data.edge, e) && sameRoute(prev.data.route, route)
        ? prev
        : {
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
    routed.set(e.id, flow);
    edges.push(flow);
  }
  cache.namespaces = namespaces;
  cache.nodes = made;
  cache.edges = routed;
  cache.geometry = layout.geometry;
  return { nodes: [...nodes, ...children], edges };
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

function sameNode(
  prev: ObjectFlowNode,
  n: GraphNode,
  p: Point,
  s: Size,
  parentId?: string,
): boolean {
  const o = prev.data.node;
  return (
    o.type === n.type &&
    o.label === n.label &&
    o.missing === n.missing &&
    o.state.level === n.state.level &&
    o.state.reason === n.state.reason &&
    o.state.message === n.state.message &&
    sameList(o.details, n.details) &&
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

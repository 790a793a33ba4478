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
import type { Size } from './geometry';
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

interface Entry<T> {
  readonly sig: string;
  readonly value: T;
}

export interface FlowCache {
  readonly nodes: Map<string, Entry<FlowNode>>;
  readonly edges: Map<string, Entry<FlowEdge>>;
}

export function newFlowCache(): FlowCache {
  return { nodes: new Map(), edges: new Map() };
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
  const nodes: FlowNode[] = [];
  const children: FlowNode[] = [];
  const seenNodes = new Set<string>();
  const top = graph.nodes.filter((n) => !layout.parentOf.has(n.id));

  for (const box of namespaceBoxes(top, layout.positions, layout.sizes)) {
    const id = `namespace:${box.namespace}`;
    seenNodes.add(id);
    nodes.push(
      memo(cache.nodes, id, `${box.x}|${box.y}|${box.w}|${box.h}|${box.count}`, () => ({
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
      })),
    );
  }

  for (const n of graph.nodes) {
    const position = layout.positions.get(n.id);
    const size = layout.sizes.get(n.id);
    if (!position || !size) continue;
    const parentId = layout.parentOf.get(n.id);
    const s = n.state;
    const sig = `${n.label}|${s.level}|${s.reason}|${s.message}|${n.details.join('\u0001')}|${n.missing}|${position.x}|${position.y}|${size.w}|${size.h}`;
    seenNodes.add(n.id);
    const flow = memo(cache.nodes, n.id, sig, () => ({
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
    }));
    (parentId ? children : nodes).push(flow);
  }
  prune(cache.nodes, seenNodes);

  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const spans = columnSpans(layout, byId.keys());
  const centerY = (id: string) => {
    const parent = layout.parentOf.get(id);
    const p = layout.positions.get(id);
    const s = layout.sizes.get(id);
    if (!p || !s) return 0;
    return (parent ? (layout.positions.get(parent)?.y ?? 0) : 0) + p.y + s.h / 2;
  };
  const edges: FlowEdge[] = [];
  const seenEdges = new Set<string>();
  for (const e of graph.edges) {
    const source = byId.get(e.source);
    const target = byId.get(e.target);
    if (!source || !target) continue;
    const from = layout.columns.get(e.source) ?? 0;
    const to = layout.columns.get(e.target) ?? 0;
    const route = routeOf(e.type, from, to, centerY(e.source), spans);
    const passes = route.type === 'forward' ? route.passes.map((p) => p.y).join(',') : route.side;
    const sig = `${e.source}|${e.target}|${e.state.level}|${e.state.reason}|${e.grant}|${e.label}|${passes}`;
    seenEdges.add(e.id);
    edges.push(
      memo(cache.edges, e.id, sig, () => ({
        id: e.id,
        type: 'state',
        source: e.source,
        target: e.target,
        sourceHandle: e.type === 'parent' ? 'out-left' : 'out',
        targetHandle: e.type === 'grant' ? 'in-right' : 'in',
        data: { edge: e, route, lane: laneOf(e.type), lines: edgeLabelLines(e) },
        ariaLabel: edgeAriaLabel(e, source.label, target.label),
        focusable: false,
        selectable: false,
        zIndex: e.state.level === 'ok' ? 0 : 1,
      })),
    );
  }
  prune(cache.edges, seenEdges);
  return { nodes: [...nodes, ...children], edges };
}

function memo<T>(cache: Map<string, Entry<T>>, id: string, sig: string, make: () => T): T {
  const hit = cache.get(id);
  if (hit && hit.sig === sig) return hit.value;
  const value = make();
  cache.set(id, { sig, value });
  return value;
}

function prune<T>(cache: Map<string, Entry<T>>, seen: ReadonlySet<string>): void {
  if (cache.size <= seen.size) return;
  for (const id of cache.keys()) if (!seen.has(id)) cache.delete(id);
}

/**
 * Maps the core's graph and our layout to React Flow nodes and edges. Pure, and memoised per
 * id by a cheap signature: a node whose content and place did not change is the very same
 * object as last time, so React Flow skips it (10,000 objects stay smooth while typing).
 * Source ranges are left out of the signature (an edit above an object moves every range
 * below it): the view looks the current range up when a node is clicked.
 */
import type { Edge, Node, NodeHandle, Position } from '@xyflow/react';
import type { GraphEdge, GraphNode } from '../../core';
import { flowEdge, routeFor } from './flow-edges';
import { namespaceNodes, readingOrder } from './flow-namespaces';
import { contentOf, sameContent, sameEdge, sameNode, sameRoute } from './flow-same';
import { isOwnerType, LISTENER_INSET, OWNER_HEADER } from './geometry';
import type { Point, Rect, Size } from './geometry';
import type { Layout } from './layout';
import type { NamespaceBox } from './namespace-boxes';
import { nodeAriaLabel, stateWords } from './nodes/state-text';
import type { ColumnSpans, EdgeRoute } from './routing';
import { isSummary } from './view-graph';
import type { NamespaceSummary, ViewGraph, ViewNode } from './view-graph';

export interface GraphNodeData extends Record<string, unknown> {
  readonly node: GraphNode;
  /** On the highlighted (SNI) path. */
  readonly lit?: boolean;
}

export interface NamespaceData extends Record<string, unknown> {
  readonly namespace: string;
  readonly count: number;
  /** The outline's rectangles, relative to the node. */
  readonly blocks: readonly Rect[];
}

export interface SummaryData extends Record<string, unknown> {
  readonly summary: NamespaceSummary;
}

export interface OwnerToolsData extends Record<string, unknown> {
  /** The Gateway or ListenerSet. */
  readonly owner: GraphNode;
  /** Drawn collapsed (its listeners hidden). */
  readonly collapsed: boolean;
}

export interface StateEdgeData extends Record<string, unknown> {
  readonly edge: GraphEdge;
  readonly route: EdgeRoute;
  readonly lane: number;
  readonly lines: readonly string[];
  readonly lit?: boolean;
  /** Between two collapsed namespaces: drawn faint. */
  readonly faint?: boolean;
}

export type ObjectFlowNode = Node<GraphNodeData, 'object' | 'owner' | 'listener' | 'hostname'>;
export type NamespaceFlowNode = Node<NamespaceData, 'namespace'>;
export type SummaryFlowNode = Node<SummaryData, 'summary'>;
export type OwnerToolsFlowNode = Node<OwnerToolsData, 'owner-tools'>;
/** Nodes that stand for objects (or a collapsed namespace): what keyboard moves go between. */
export type ItemFlowNode = ObjectFlowNode | SummaryFlowNode;
export type FlowNode = ItemFlowNode | NamespaceFlowNode | OwnerToolsFlowNode;
export type FlowEdge = Edge<StateEdgeData, 'state'>;

export interface Flow {
  /**
   * In reading order, namespace by namespace: its box, then its nodes lane by lane, top to
   * bottom, each owner followed by its tools and listeners (the order Tab goes through them).
   */
  readonly nodes: FlowNode[];
  readonly edges: FlowEdge[];
}

/** The elements made last time, reused for whatever did not change. */
export interface FlowCache {
  namespaces: readonly NamespaceFlowNode[];
  nodes: Map<string, ItemFlowNode>;
  tools: Map<string, OwnerToolsFlowNode>;
  edges: Map<string, FlowEdge>;
  /** The geometry the edges were routed on: the same geometry, the same routes. */
  geometry?: object;
  /** Column spans of that geometry (for routing edges drawn anew). */
  spans?: ColumnSpans;
  /** The graph and the flow made last time, with where each graph item went in it (-1: left out). */
  last?: { graph: ViewGraph; flow: Flow; nodeAt: Int32Array; edgeAt: Int32Array };
  /** The namespace boxes of that geometry. */
  boxes?: ReadonlyMap<string, NamespaceBox>;
}

export function newFlowCache(): FlowCache {
  return { namespaces: [], nodes: new Map(), tools: new Map(), edges: new Map() };
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

function componentOf(n: ViewNode, isChild: boolean): ItemFlowNode['type'] {
  if (isSummary(n)) return 'summary';
  if (isChild) return 'listener';
  if (n.type === 'Hostname') return 'hostname';
  if (isOwnerType(n.type)) return 'owner';
  return 'object';
}

/** Graph nodes that draw collapsed (listeners hidden), and the graph the flow is drawn from. */
export interface FlowOptions {
  readonly collapsedOwners?: ReadonlySet<string>;
}

/** The graph as React Flow nodes and edges, without selection or highlight (see `markFlow`). */
export function toFlow(
  graph: ViewGraph,
  layout: Layout,
  cache: FlowCache = newFlowCache(),
  options: FlowOptions = {},
): Flow {
  return patchFlow(graph, layout, cache, options) ?? buildFlow(graph, layout, cache, options);
}

function flowNode(n: ViewNode, position: Point, size: Size, parentId?: string): ItemFlowNode {
  const base = {
    id: n.id,
    position,
    width: size.w,
    height: size.h,
    measured: { width: size.w, height: size.h },
    handles: handlesFor(size, parentId ? LISTENER_INSET : 0),
    ariaLabel: isSummary(n) ? `${n.label}. ${stateWords(n.state)}` : nodeAriaLabel(n),
  };
  if (isSummary(n))
    return {
      ...base,
      type: 'summary',
      data: { summary: n },
      selectable: false,
      domAttributes: { 'aria-describedby': descriptionId(n.id) },
    };
  return {
    ...base,
    type: componentOf(n, !!parentId) as ObjectFlowNode['type'],
    data: { node: n },
    domAttributes: {
      'aria-describedby': `${descriptionId(n.id)} react-flow__node-desc-${FLOW_ID}`,
    },
    ...(parentId ? { parentId, extent: 'parent' as const, draggable: false } : {}),
  };
}

export const TOOLS_SIZE: Size = { w: 46, h: 20 };

/** The buttons on a Gateway or ListenerSet (collapse, focus), drawn over its header. */
function toolsNode(owner: GraphNode, size: Size, collapsed: boolean): OwnerToolsFlowNode {
  return {
    id: toolsId(owner.id),
    type: 'owner-tools',
    parentId: owner.id,
    position: { x: size.w - TOOLS_SIZE.w - 6, y: OWNER_HEADER - TOOLS_SIZE.h - 2 },
    width: TOOLS_SIZE.w,
    height: TOOLS_SIZE.h,
    measured: { width: TOOLS_SIZE.w, height: TOOLS_SIZE.h },
    data: { owner, collapsed },
    selectable: false,
    draggable: false,
    focusable: false,
    className: 'gt-tools-wrap',
  };
}

export function toolsId(ownerId: string): string {
  return `tools:${ownerId}`;
}

/**
 * The flow of a graph of the same shape as last time (node for node and edge for edge, in the
 * same geometry): last time's flow with only the changed items replaced, or the very same
 * flow when nothing changed. Typing mostly changes one object, so this is what a keystroke
 * costs. Undefined when the shape differs (then everything is mapped again).
 */
function patchFlow(
  graph: ViewGraph,
  layout: Layout,
  cache: FlowCache,
  options: FlowOptions,
): Flow | undefined {
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
  const redrawn: ItemFlowNode[] = [];
  for (let i = 0; i < graph.nodes.length; i++) {
    const n = graph.nodes[i] as ViewNode;
    const before = last.graph.nodes[i] as ViewNode;
    if (n === before) continue;
    const at = last.nodeAt[i] ?? -1;
    const prev = at < 0 ? undefined : (last.flow.nodes[at] as ItemFlowNode);
    if (!prev) return undefined;
    // The same id in the same geometry is in the same place: only its content can differ.
    if (n.id === before.id && sameContent(contentOf(prev), n)) continue;
    const position = layout.positions.get(n.id);
    const size = layout.sizes.get(n.id);
    const parentId = layout.parentOf.get(n.id);
    // A node that became a listener, or stopped being one, goes elsewhere in the list.
    if (!position || !size || !!parentId !== !!prev.parentId || isSummary(n) !== isSummary(before))
      return undefined;
    const flow = flowNode(n, position, size, parentId);
    if (n.id !== before.id) renamed.push(before.id);
    redrawn.push(flow);
    nodes ??= last.flow.nodes.slice();
    nodes[at] = flow;
    // An owner's tools (right after it) name it and hang off it.
    const tools = nodes[at + 1];
    if (tools?.type === 'owner-tools' && !isSummary(n)) {
      const made = toolsNode(n, size, !!options.collapsedOwners?.has(n.id));
      nodes[at + 1] = made;
      cache.tools.delete(tools.id);
      cache.tools.set(made.id, made);
    }
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
function buildFlow(graph: ViewGraph, layout: Layout, cache: FlowCache, options: FlowOptions): Flow {
  const sameLayout = cache.geometry === layout.geometry;
  if (!sameLayout) {
    cache.spans = undefined;
    cache.boxes = undefined;
  }
  const top: ViewNode[] = [];
  const childrenOf = new Map<string, ViewNode[]>();
  const made = new Map<string, ItemFlowNode>();
  const index = new Map<string, number>();
  graph.nodes.forEach((n, i) => {
    const position = layout.positions.get(n.id);
    const size = layout.sizes.get(n.id);
    if (!position || !size) return;
    index.set(n.id, i);
    const parentId = layout.parentOf.get(n.id);
    const prev = cache.nodes.get(n.id);
    const flow =
      prev && sameNode(prev, n, position, size, parentId)
        ? prev
        : flowNode(n, position, size, parentId);
    made.set(n.id, flow);
    if (!parentId) top.push(n);
    else {
      const list = childrenOf.get(parentId);
      if (list) list.push(n);
      else childrenOf.set(parentId, [n]);
    }
  });
  cache.nodes = made;

  const namespaces = sameLayout ? cache.namespaces : namespaceNodes(top, layout, cache.namespaces);
  const boxAt = new Map<string, NamespaceFlowNode>(namespaces.map((b) => [b.data.namespace, b]));
  const tools = new Map<string, OwnerToolsFlowNode>();
  const nodes: FlowNode[] = [];
  const nodeAt = new Int32Array(graph.nodes.length).fill(-1);
  for (const group of readingOrder(top, layout)) {
    const box = boxAt.get(group.namespace);
    if (box) nodes.push(box);
    for (const n of group.nodes) {
      nodeAt[index.get(n.id) ?? 0] = nodes.push(made.get(n.id) as ItemFlowNode) - 1;
      if (isSummary(n) || !isOwnerType(n.type)) continue;
      const collapsed = !!options.collapsedOwners?.has(n.id);
      const prev = cache.tools.get(toolsId(n.id));
      const size = layout.sizes.get(n.id) as Size;
      const t =
        prev &&
        prev.data.owner === n &&
        prev.data.collapsed === collapsed &&
        prev.position.x === size.w - TOOLS_SIZE.w - 6
          ? prev
          : toolsNode(n, size, collapsed);
      tools.set(t.id, t);
      nodes.push(t);
      for (const c of childrenOf.get(n.id) ?? [])
        nodeAt[index.get(c.id) ?? 0] = nodes.push(made.get(c.id) as ItemFlowNode) - 1;
    }
  }
  cache.tools = tools;

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
  const flow = { nodes, edges };
  cache.namespaces = namespaces;
  cache.edges = routed;
  cache.geometry = layout.geometry;
  cache.last = { graph, flow, nodeAt, edgeAt };
  return flow;
}

/** React Flow edges: words, handles and the route each runs along. */
import type { GraphEdge } from '../../core';
import { edgeAriaLabel, edgeLabelLines } from './edge-text';
import { tierOf } from './geometry';
import type { Layout } from './layout';
import { namespaceBoxes } from './namespace-boxes';
import type { NamespaceBox } from './namespace-boxes';
import { columnSpans, laneOf, routeOf } from './routing';
import type { EdgeRoute } from './routing';
import type { FlowCache, FlowEdge, ItemFlowNode } from './to-flow';

/** What an edge's name calls a node: its label, without its state. */
function labelOf(f: ItemFlowNode): string {
  return f.type === 'summary' ? f.data.summary.label : f.data.node.label;
}

export function flowEdge(
  e: GraphEdge,
  route: EdgeRoute,
  source: ItemFlowNode,
  target: ItemFlowNode,
): FlowEdge {
  const between = source.type === 'summary' && target.type === 'summary';
  return {
    id: e.id,
    type: 'state',
    source: e.source,
    target: e.target,
    sourceHandle: route.type === 'bracket' && route.side === 'left' ? 'out-left' : 'out',
    targetHandle: route.type === 'bracket' && route.side === 'right' ? 'in-right' : 'in',
    data: {
      edge: e,
      route,
      lane: laneOf(e.type),
      // Between two collapsed namespaces: a faint line without words (the overview's summaries
      // say what is wrong).
      lines: between ? [] : edgeLabelLines(e),
      ...(between ? { faint: true } : {}),
    },
    ariaLabel: edgeAriaLabel(e, labelOf(source), labelOf(target)),
    focusable: false,
    selectable: false,
    zIndex: e.state.level === 'ok' ? 0 : 1,
  };
}

/** Where an edge runs: from its source's lane and height to its target's lane. */
export function routeFor(
  e: GraphEdge,
  layout: Layout,
  cache: FlowCache,
  ids: () => Iterable<string>,
) {
  const spans = (cache.spans ??= columnSpans(layout, ids()));
  const parent = layout.parentOf.get(e.source);
  const p = layout.positions.get(e.source);
  const s = layout.sizes.get(e.source);
  const y = p && s ? (parent ? (layout.positions.get(parent)?.y ?? 0) : 0) + p.y + s.h / 2 : 0;
  const sourceLane = layout.columns.get(e.source) ?? 0;
  const targetLane = layout.columns.get(e.target) ?? 0;
  const targetBox =
    tierOf(targetLane) > tierOf(sourceLane) ? boxOfNode(layout, cache, e.target) : undefined;
  return routeOf(
    { type: e.type, sourceLane, targetLane, sourceY: y, targetBox, lane: laneOf(e.type) },
    spans,
  );
}

function boxOfNode(layout: Layout, cache: FlowCache, id: string): NamespaceBox | undefined {
  const boxes = (cache.boxes ??= new Map(
    namespaceBoxes(
      layout.graph.nodes.filter((n) => !layout.parentOf.has(n.id)),
      layout.positions,
      layout.sizes,
      layout.columns,
    ).map((b) => [b.namespace, b]),
  ));
  const node = cache.nodes.get(id);
  const ns = node && node.type !== 'summary' ? node.data.node.namespace : undefined;
  return ns === undefined ? undefined : boxes.get(ns);
}

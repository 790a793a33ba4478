/** The namespaces of a flow: their boxes, and the reading order of their nodes. */
import { gridColumn, tierOf } from './geometry';
import type { Point } from './geometry';
import type { Layout } from './layout';
import { sameBlocks } from './flow-same';
import { namespaceBoxes } from './namespace-boxes';
import type { NamespaceFlowNode } from './to-flow';
import type { ViewNode } from './view-graph';

/**
 * Top-level nodes in reading order: namespace by namespace (top to bottom, then left to
 * right), and in each the serving lanes then the routing lanes, each top to bottom.
 */
export function readingOrder(
  top: readonly ViewNode[],
  layout: Layout,
): { namespace: string; nodes: ViewNode[] }[] {
  const groups = new Map<string, { namespace: string; nodes: ViewNode[]; x: number; y: number }>();
  for (const n of top) {
    const p = layout.positions.get(n.id) as Point;
    const g = groups.get(n.namespace);
    if (!g) groups.set(n.namespace, { namespace: n.namespace, nodes: [n], x: p.x, y: p.y });
    else {
      g.nodes.push(n);
      if (p.y < g.y || (p.y === g.y && p.x < g.x)) {
        g.y = p.y;
        g.x = p.x;
      }
    }
  }
  const key = (n: ViewNode) => {
    const lane = layout.columns.get(n.id) ?? 0;
    return tierOf(lane) * 3 + gridColumn(lane);
  };
  const y = (n: ViewNode) => layout.positions.get(n.id)?.y ?? 0;
  const sorted = [...groups.values()].sort((a, b) => a.y - b.y || a.x - b.x);
  for (const g of sorted) g.nodes.sort((a, b) => key(a) - key(b) || y(a) - y(b));
  return sorted;
}

/** The boxes of the namespaces (not the collapsed ones: they are a node), reusing the ones that did not move. */
export function namespaceNodes(
  top: readonly ViewNode[],
  layout: Layout,
  previous: readonly NamespaceFlowNode[],
): NamespaceFlowNode[] {
  const before = new Map(previous.map((n) => [n.id, n]));
  const out: NamespaceFlowNode[] = [];
  for (const box of namespaceBoxes(top, layout.positions, layout.sizes, layout.columns)) {
    if (box.collapsed) continue;
    const id = `namespace:${box.namespace}`;
    const blocks = box.blocks.map((b) => ({ x: b.x - box.x, y: b.y - box.y, w: b.w, h: b.h }));
    const prev = before.get(id);
    if (
      prev &&
      prev.position.x === box.x &&
      prev.position.y === box.y &&
      prev.width === box.w &&
      prev.height === box.h &&
      prev.data.count === box.count &&
      sameBlocks(prev.data.blocks, blocks)
    ) {
      out.push(prev);
      continue;
    }
    out.push({
      id,
      type: 'namespace',
      position: { x: box.x, y: box.y },
      width: box.w,
      height: box.h,
      measured: { width: box.w, height: box.h },
      data: { namespace: box.namespace, count: box.count, blocks },
      zIndex: -1,
      selectable: false,
      draggable: false,
      focusable: false,
      className: 'gt-namespace-wrap',
    });
  }
  return out;
}

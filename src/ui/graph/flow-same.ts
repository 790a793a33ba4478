/** Whether what a flow element shows is the same as last time's (so the old element is kept). */
import type { GraphEdge } from '../../core';
import type { Point, Rect, Size } from './geometry';
import type { EdgeRoute } from './routing';
import type { ItemFlowNode } from './to-flow';
import type { ViewNode } from './view-graph';

/** What a node stands for: its graph node or its namespace's summary. */
export function contentOf(n: ItemFlowNode): ViewNode {
  return n.type === 'summary' ? n.data.summary : n.data.node;
}

export function sameBlocks(a: readonly Rect[], b: readonly Rect[]): boolean {
  return (
    a.length === b.length &&
    a.every((r, i) => {
      const q = b[i];
      return !!q && r.x === q.x && r.y === q.y && r.w === q.w && r.h === q.h;
    })
  );
}

export function sameList(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** What a node card shows is the same (its range is not shown). */
export function sameContent(o: ViewNode, n: ViewNode): boolean {
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

export function sameNode(
  prev: ItemFlowNode,
  n: ViewNode,
  p: Point,
  s: Size,
  parentId?: string,
): boolean {
  return (
    sameContent(contentOf(prev), n) &&
    prev.position.x === p.x &&
    prev.position.y === p.y &&
    prev.width === s.w &&
    prev.height === s.h &&
    prev.parentId === parentId
  );
}

export function sameEdge(o: GraphEdge, e: GraphEdge): boolean {
  return (
    o.state.level === e.state.level &&
    o.state.reason === e.state.reason &&
    o.state.message === e.state.message &&
    o.grant === e.grant &&
    o.label === e.label
  );
}

export function sameRoute(a: EdgeRoute, b: EdgeRoute): boolean {
  if (a === b) return true;
  if (a.type === 'bracket') return b.type === 'bracket' && a.side === b.side && a.reach === b.reach;
  if (a.type === 'wrap')
    return b.type === 'wrap' && a.down === b.down && a.turn === b.turn && a.margin === b.margin;
  if (b.type !== 'forward') return false;
  const bp = b.passes;
  return (
    a.passes.length === bp.length &&
    a.passes.every((p, i) => p.y === bp[i]?.y && p.left === bp[i]?.left)
  );
}

import { changesInPlace } from './flow-shape';
import type { Rect } from './geometry';
import type { Flow, FlowNode } from './to-flow';

export interface FlowRects {
  readonly rects: Map<string, Rect>;
  readonly bounds?: Rect;
}

/** `flowRects` of a flow, the very same as last time's when every node is where it was. */
export function flowRectsAgain(
  last: { flow: Flow; rects: FlowRects } | undefined,
  flow: Flow,
): FlowRects {
  if (last && (last.flow === flow || changesInPlace(last.flow, flow))) return last.rects;
  return flowRects(flow.nodes);
}

/** Absolute rectangles of every node of a flow (listeners through their owner), and their bounds. */
export function flowRects(nodes: readonly FlowNode[]): FlowRects {
  const rects = new Map<string, Rect>();
  let l = Infinity;
  let t = Infinity;
  let r = -Infinity;
  let b = -Infinity;
  for (const n of nodes) {
    const parent = n.parentId ? rects.get(n.parentId) : undefined;
    const rect = {
      x: n.position.x + (parent?.x ?? 0),
      y: n.position.y + (parent?.y ?? 0),
      w: n.width ?? 0,
      h: n.height ?? 0,
    };
    rects.set(n.id, rect);
    l = Math.min(l, rect.x);
    t = Math.min(t, rect.y);
    r = Math.max(r, rect.x + rect.w);
    b = Math.max(b, rect.y + rect.h);
  }
  return { rects, ...(Number.isFinite(l) ? { bounds: { x: l, y: t, w: r - l, h: b - t } } : {}) };
}

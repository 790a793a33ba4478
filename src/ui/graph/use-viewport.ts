import { useCallback } from 'react';
import { useReactFlow, useStoreApi } from '@xyflow/react';
import type { InternalNode } from '@xyflow/react';

/** Below this zoom the cards are unreadable: show the start of the graph instead of all of it. */
const READABLE_ZOOM = 0.5;
const MOVE = { duration: 250 };

/** Moves of the viewport: frame the graph, bring nodes into view. */
export function useViewport() {
  const rf = useReactFlow();
  const store = useStoreApi();

  const screen = useCallback(() => {
    const { width, height, transform } = store.getState();
    const [tx, ty, zoom] = transform;
    return { width, height, tx, ty, zoom };
  }, [store]);

  /** All of the graph when it is readable that way, else its top-left corner at a readable zoom. */
  const frame = useCallback(
    (animate = false) => {
      const nodes = rf.getNodes();
      if (nodes.length === 0) return;
      const b = rf.getNodesBounds(nodes);
      const { width, height } = screen();
      const fit = Math.min(width / (b.width + 48), height / (b.height + 48));
      if (fit >= READABLE_ZOOM) void rf.fitView({ padding: 0.04, maxZoom: 1, ...(animate ? MOVE : {}) });
      else {
        const zoom = 0.65;
        void rf.setViewport({ x: 16 - b.x * zoom, y: 16 - b.y * zoom, zoom }, animate ? MOVE : undefined);
      }
    },
    [rf, screen],
  );

  const rectOf = (n: InternalNode) => ({
    x: n.internals.positionAbsolute.x,
    y: n.internals.positionAbsolute.y,
    w: n.measured.width ?? n.width ?? 0,
    h: n.measured.height ?? n.height ?? 0,
  });

  /** Centres a node when any of it is off screen. */
  const reveal = useCallback(
    (id: string) => {
      const n = rf.getInternalNode(id);
      if (!n) return;
      const r = rectOf(n);
      const { width, height, tx, ty, zoom } = screen();
      const left = r.x * zoom + tx;
      const top = r.y * zoom + ty;
      const inside = left >= 0 && top >= 0 && left + r.w * zoom <= width && top + r.h * zoom <= height;
      if (!inside) void rf.setCenter(r.x + r.w / 2, r.y + r.h / 2, { zoom: Math.max(zoom, 0.7), ...MOVE });
    },
    [rf, screen],
  );

  /** Fits a set of nodes (the SNI path) when any of them is off screen. */
  const revealAll = useCallback(
    (ids: readonly string[]) => {
      const nodes = ids.map((id) => rf.getInternalNode(id)).filter((n): n is InternalNode => !!n);
      if (nodes.length === 0) return;
      const { width, height, tx, ty, zoom } = screen();
      const off = nodes.some((n) => {
        const r = rectOf(n);
        const left = r.x * zoom + tx;
        const top = r.y * zoom + ty;
        return left < 0 || top < 0 || left + r.w * zoom > width || top + r.h * zoom > height;
      });
      if (off) void rf.fitView({ nodes: nodes.map((n) => ({ id: n.id })), padding: 0.2, maxZoom: 1, ...MOVE });
    },
    [rf, screen],
  );

  return { frame, reveal, revealAll };
}

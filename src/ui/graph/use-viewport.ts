import { useCallback } from 'react';
import { useReactFlow, useStoreApi } from '@xyflow/react';
import type { Rect } from './geometry';

/** Below this zoom the cards are unreadable: show the start of the graph instead of all of it. */
const READABLE_ZOOM = 0.5;
const START_ZOOM = 0.65;
export const MIN_ZOOM = 0.1;
const PAD = 24;
const MOVE = { duration: 250 };

/**
 * Moves of the viewport: frame the graph, bring nodes into view. Rectangles come from our own
 * layout, not React Flow's internals, because a large graph hands React Flow only the part
 * around the view.
 */
export function useViewport(
  rectOf: (id: string) => Rect | undefined,
  bounds: Rect | undefined,
  large: boolean,
) {
  const rf = useReactFlow();
  const store = useStoreApi();
  // In a large graph every step of an animated move brings in other nodes: jump instead.
  const move = large ? undefined : MOVE;

  const screen = useCallback(() => {
    const { width, height, transform } = store.getState();
    const [tx, ty, zoom] = transform;
    return { width, height, tx, ty, zoom };
  }, [store]);

  const show = useCallback(
    (r: Rect, maxZoom: number, animate: boolean) => {
      const { width, height } = screen();
      const zoom = Math.min(maxZoom, (width - 2 * PAD) / r.w, (height - 2 * PAD) / r.h);
      const x = width / 2 - (r.x + r.w / 2) * zoom;
      const y = height / 2 - (r.y + r.h / 2) * zoom;
      void rf.setViewport({ x, y, zoom }, animate ? move : undefined);
      return zoom;
    },
    [rf, screen, move],
  );

  const topLeft = useCallback(
    (zoom: number, animate: boolean) => {
      if (!bounds) return;
      const x = PAD / 2 - bounds.x * zoom;
      const y = PAD / 2 - bounds.y * zoom;
      void rf.setViewport({ x, y, zoom }, animate ? move : undefined);
    },
    [bounds, rf, move],
  );

  /**
   * Automatic framing (a new workspace, a filter, a re-layout): all of the graph when it is
   * readable that way, else its top-left corner (where traffic enters) at a readable zoom.
   */
  const frame = useCallback(
    (animate = false) => {
      if (!bounds) return;
      const { width, height } = screen();
      const fit = Math.min((width - 2 * PAD) / bounds.w, (height - 2 * PAD) / bounds.h);
      if (fit >= READABLE_ZOOM) show(bounds, 1, animate);
      else topLeft(START_ZOOM, animate);
    },
    [bounds, screen, show, topLeft],
  );

  /** The "Fit view" button: all of the graph, as far as the smallest zoom allows. */
  const fitAll = useCallback(
    (animate = true) => {
      if (!bounds) return;
      const { width, height } = screen();
      const fit = Math.min((width - 2 * PAD) / bounds.w, (height - 2 * PAD) / bounds.h);
      if (fit >= MIN_ZOOM) show(bounds, 1, animate);
      else topLeft(MIN_ZOOM, animate);
    },
    [bounds, screen, show, topLeft],
  );

  const offScreen = useCallback(
    (r: Rect) => {
      const { width, height, tx, ty, zoom } = screen();
      const left = r.x * zoom + tx;
      const top = r.y * zoom + ty;
      return left < 0 || top < 0 || left + r.w * zoom > width || top + r.h * zoom > height;
    },
    [screen],
  );

  /** Centres a node when any of it is off screen. */
  const reveal = useCallback(
    (id: string) => {
      const r = rectOf(id);
      if (!r || !offScreen(r)) return;
      const zoom = Math.max(screen().zoom, 0.7);
      void rf.setCenter(r.x + r.w / 2, r.y + r.h / 2, { zoom, ...move });
    },
    [rectOf, offScreen, rf, screen, move],
  );

  /** Frames a set of nodes (the SNI path) when any of them is off screen. */
  const revealAll = useCallback(
    (ids: readonly string[]) => {
      const rects = ids.map(rectOf).filter((r): r is Rect => !!r);
      if (rects.length === 0 || !rects.some(offScreen)) return;
      const l = Math.min(...rects.map((r) => r.x));
      const t = Math.min(...rects.map((r) => r.y));
      const r = Math.max(...rects.map((q) => q.x + q.w));
      const b = Math.max(...rects.map((q) => q.y + q.h));
      show({ x: l - PAD, y: t - PAD, w: r - l + 2 * PAD, h: b - t + 2 * PAD }, 1, true);
    },
    [rectOf, offScreen, show],
  );

  return { frame, fitAll, reveal, revealAll };
}

import { useCallback } from 'react';
import { useReactFlow, useStoreApi } from '@xyflow/react';
import type { Point, Rect } from './geometry';

/**
 * The smallest zoom "Fit view" goes to: below it names and states are too small to read. A
 * graph that does not fit at this zoom gets an overview instead (its namespaces collapsed).
 */
export const READABLE_ZOOM = 0.5;
/** A graph too large to frame whole opens at its top-left corner (where traffic enters) at this zoom. */
const START_ZOOM = 0.8;
export const MIN_ZOOM = 0.2;
export const MAX_ZOOM = 2;
const PAD = 8;
const MOVE = { duration: 250 };

export type FitResult = 'fitted' | 'too-large';

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

  const fitZoom = useCallback(
    (r: Rect) => {
      const { width, height } = screen();
      return Math.min((width - 2 * PAD) / r.w, (height - 2 * PAD) / r.h);
    },
    [screen],
  );

  const show = useCallback(
    (r: Rect, maxZoom: number, animate: boolean) => {
      const { width, height } = screen();
      const zoom = Math.min(maxZoom, fitZoom(r));
      const x = width / 2 - (r.x + r.w / 2) * zoom;
      const y = height / 2 - (r.y + r.h / 2) * zoom;
      void rf.setViewport({ x, y, zoom }, animate ? move : undefined);
      return zoom;
    },
    [rf, screen, fitZoom, move],
  );

  const topLeft = useCallback(
    (zoom: number, animate: boolean) => {
      if (!bounds) return;
      const x = PAD - bounds.x * zoom;
      const y = PAD - bounds.y * zoom;
      void rf.setViewport({ x, y, zoom }, animate ? move : undefined);
    },
    [bounds, rf, move],
  );

  /**
   * Automatic framing (a new workspace, a filter, a re-layout): all of the graph when it is
   * readable that way, else its top-left corner at a readable zoom (`zoom`).
   */
  const frame = useCallback(
    (zoom = START_ZOOM, animate = false) => {
      if (!bounds) return;
      if (fitZoom(bounds) >= READABLE_ZOOM) show(bounds, 1, animate);
      else {
        // As large as asked, but every column in view (the pane may be narrow).
        const { width } = screen();
        const across = (width - 2 * PAD) / bounds.w;
        topLeft(Math.max(READABLE_ZOOM, Math.min(zoom, across)), animate);
      }
    },
    [bounds, fitZoom, show, topLeft, screen],
  );

  /**
   * The "Fit view" button: all of the graph when it is readable so. Otherwise nothing moves
   * and 'too-large' is returned (the caller collapses namespaces into an overview), unless
   * `anyway`: then the top-left of the graph at the smallest readable zoom.
   */
  const fitAll = useCallback(
    (anyway = false): FitResult => {
      if (!bounds) return 'fitted';
      if (fitZoom(bounds) >= READABLE_ZOOM) {
        show(bounds, 1, true);
        return 'fitted';
      }
      if (!anyway) return 'too-large';
      topLeft(READABLE_ZOOM, true);
      return 'fitted';
    },
    [bounds, fitZoom, show, topLeft],
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

  /** Centres a node when any of it is off screen; returns whether the view moved. */
  const reveal = useCallback(
    (id: string, animate = true) => {
      const r = rectOf(id);
      if (!r || !offScreen(r)) return false;
      const zoom = Math.max(screen().zoom, 0.7);
      void rf.setCenter(r.x + r.w / 2, r.y + r.h / 2, { zoom, ...(animate ? move : {}) });
      return true;
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

  /** Where a point of the graph is on screen now. */
  const toScreen = useCallback(
    (p: Point): Point => {
      const { tx, ty, zoom } = screen();
      return { x: p.x * zoom + tx, y: p.y * zoom + ty };
    },
    [screen],
  );

  /**
   * Moves the view up or down so that a point of the graph is at the height it was on screen
   * (zoom and the columns' places kept).
   */
  const pin = useCallback(
    (p: Point, at: Point) => {
      const { zoom, tx } = screen();
      void rf.setViewport({ x: tx, y: at.y - p.y * zoom, zoom });
    },
    [rf, screen],
  );

  return { frame, fitAll, reveal, revealAll, toScreen, pin };
}

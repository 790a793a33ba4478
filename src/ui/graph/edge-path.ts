/** Orthogonal edge geometry: the corner points of a route and an SVG path with rounded corners. */
import type { Point } from './geometry';
import type { EdgeRoute } from './routing';

const STUB = 20;
/** How far from its target a label on a long run sits. */
const NEAR = 36;

export function routePoints(s: Point, t: Point, route: EdgeRoute, lane: number): Point[] {
  if (route.type === 'bracket') {
    const x = bracketX(s, t, route);
    return [s, { x, y: s.y }, { x, y: t.y }, t];
  }
  if (route.type === 'wrap') {
    // Dragged out of place (the target no longer right of the margin): go straight round.
    const down = Math.max(route.down, s.x + 6);
    const margin = Math.min(route.margin, t.x - 6);
    return [
      s,
      { x: down, y: s.y },
      { x: down, y: route.turn },
      { x: margin, y: route.turn },
      { x: margin, y: t.y },
      t,
    ];
  }
  const points: Point[] = [s];
  let x = s.x;
  let y = s.y;
  for (const pass of route.passes) {
    if (pass.left < x) continue; // the nodes were dragged out of their columns
    const gx = x + (pass.left - x) * lane;
    points.push({ x: gx, y }, { x: gx, y: pass.y });
    x = pass.right;
    y = pass.y;
  }
  if (t.x - x < 2 * STUB) {
    // Target left of the source (dragged): go round.
    const mid = (y + t.y) / 2;
    points.push(
      { x: x + STUB, y },
      { x: x + STUB, y: mid },
      { x: t.x - STUB, y: mid },
      { x: t.x - STUB, y: t.y },
      t,
    );
    return points;
  }
  const gx = x + (t.x - x) * lane;
  points.push({ x: gx, y }, { x: gx, y: t.y }, t);
  return points;
}

/** SVG path through `points` with corners rounded by up to `radius`. */
export function roundedPath(points: readonly Point[], radius = 10): string {
  const pts = points.filter((p, i) => {
    const prev = points[i - 1];
    return !prev || Math.abs(prev.x - p.x) > 0.01 || Math.abs(prev.y - p.y) > 0.01;
  });
  const first = pts[0];
  if (!first) return '';
  let d = `M${r(first.x)},${r(first.y)}`;
  for (let i = 1; i < pts.length - 1; i++) {
    const a = pts[i - 1] as Point;
    const b = pts[i] as Point;
    const c = pts[i + 1] as Point;
    const r1 = Math.min(radius, dist(a, b) / 2, dist(b, c) / 2);
    const p1 = toward(b, a, r1);
    const p2 = toward(b, c, r1);
    d += ` L${r(p1.x)},${r(p1.y)} Q${r(b.x)},${r(b.y)} ${r(p2.x)},${r(p2.y)}`;
  }
  const last = pts[pts.length - 1] as Point;
  if (pts.length > 1) d += ` L${r(last.x)},${r(last.y)}`;
  return d;
}

/**
 * Where a label sits: centred in the column gap the edge enters its target from (so it stays
 * off the cards), on that last vertical run, near its target (halfway down a short run).
 */
export function labelPoint(s: Point, t: Point, route: EdgeRoute): Point {
  if (route.type === 'bracket') return { x: bracketX(s, t, route), y: (s.y + t.y) / 2 };
  // On the row it runs back along (free of cards), halfway.
  if (route.type === 'wrap')
    return {
      x: (Math.max(route.down, s.x + 6) + Math.min(route.margin, t.x - 6)) / 2,
      y: route.turn,
    };
  const last = route.passes.filter((p) => p.left >= s.x).at(-1);
  const x0 = last ? last.right : s.x;
  const y0 = last ? last.y : s.y;
  const half = (y0 - t.y) / 2;
  return { x: (x0 + t.x) / 2, y: t.y + Math.max(-NEAR, Math.min(NEAR, half)) };
}

function bracketX(s: Point, t: Point, route: { side: 'left' | 'right'; reach: number }): number {
  return route.side === 'right'
    ? Math.max(s.x, t.x) + route.reach
    : Math.min(s.x, t.x) - route.reach;
}

function dist(a: Point, b: Point): number {
  return Math.abs(a.x - b.x) + Math.abs(a.y - b.y);
}

function toward(from: Point, to: Point, by: number): Point {
  const d = dist(from, to) || 1;
  return { x: from.x + ((to.x - from.x) * by) / d, y: from.y + ((to.y - from.y) * by) / d };
}

function r(n: number): number {
  return Math.round(n * 10) / 10;
}

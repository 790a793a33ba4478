/** Orthogonal edge geometry: the corner points of a route and an SVG path with rounded corners. */
import type { Point } from './geometry';
import type { EdgeRoute } from './routing';

const BRACKET = 28;
const STUB = 20;

export function routePoints(s: Point, t: Point, route: EdgeRoute, lane: number): Point[] {
  if (route.type === 'bracket') {
    const x = route.side === 'right' ? Math.max(s.x, t.x) + BRACKET : Math.min(s.x, t.x) - BRACKET;
    return [s, { x, y: s.y }, { x, y: t.y }, t];
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
 * off the cards), halfway down that last vertical run.
 */
export function labelPoint(s: Point, t: Point, route: EdgeRoute): Point {
  if (route.type === 'bracket') {
    const x = route.side === 'right' ? Math.max(s.x, t.x) + BRACKET : Math.min(s.x, t.x) - BRACKET;
    return { x, y: (s.y + t.y) / 2 };
  }
  const last = route.passes.filter((p) => p.left >= s.x).at(-1);
  const x0 = last ? last.right : s.x;
  const y0 = last ? last.y : s.y;
  return { x: (x0 + t.x) / 2, y: (y0 + t.y) / 2 };
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

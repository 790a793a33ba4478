/**
 * The part of a large flow near the viewport. React Flow walks every node and edge it is given
 * on every frame of a pan; handing it only what lies within a window of 3×3 screens around the
 * view keeps a 10,000-object graph smooth. An edge comes along when one of its ends is in the
 * window (with its other end, wherever that is); edges merely passing through are left out, or
 * a view across a big workspace would draw thousands of long references at once.
 */
import type { Rect } from './geometry';
import type { Flow, FlowNode } from './to-flow';

/**
 * Below this many nodes React Flow gets everything. Above it, each new result costs React Flow
 * only what is near the view (it rebuilds its lookups of every node and edge it is given).
 */
export const WINDOW_MIN_NODES = 400;

type Box = readonly [number, number, number, number];

function boxOf(n: FlowNode): Box {
  return [
    n.position.x,
    n.position.y,
    n.position.x + (n.width ?? 0),
    n.position.y + (n.height ?? 0),
  ];
}

function hits(a: Box, w: Box): boolean {
  return a[0] < w[2] && a[2] > w[0] && a[1] < w[3] && a[3] > w[1];
}

export function windowFlow(flow: Flow, win: Rect): Flow {
  const w: Box = [win.x, win.y, win.x + win.w, win.y + win.h];
  const boxes = new Map<string, Box>();
  const ownerOf = new Map<string, string>();
  for (const n of flow.nodes) {
    if (n.parentId) ownerOf.set(n.id, n.parentId);
    else boxes.set(n.id, boxOf(n));
  }
  const topOf = (id: string) => ownerOf.get(id) ?? id;
  const inside = new Set<string>();
  for (const [id, b] of boxes) if (hits(b, w)) inside.add(id);
  const keep = new Set(inside);
  const edges = flow.edges.filter((e) => {
    const a = topOf(e.source);
    const b = topOf(e.target);
    if (!inside.has(a) && !inside.has(b)) return false;
    keep.add(a);
    keep.add(b);
    return true;
  });
  const nodes = flow.nodes.filter((n) => keep.has(n.parentId ?? n.id));
  return { nodes, edges };
}

/** The window for a view key of `useFlowWindow`: the tile the view starts in, and one more around. */
export function windowOf(key: string): Rect | undefined {
  const [kx, ky, tw, th] = key.split(',').map(Number);
  if (kx === undefined || ky === undefined || !tw || !th) return undefined;
  return { x: (kx - 1) * tw, y: (ky - 1) * th, w: 3 * tw, h: 3 * th };
}

/** Key of the window holding a view (changes only when the view enters another tile or zoom step). */
export function windowKey(
  tx: number,
  ty: number,
  zoom: number,
  width: number,
  height: number,
): string {
  if (!width || !height || !zoom) return '';
  const z = 2 ** (Math.round(Math.log2(zoom) * 2) / 2);
  const tw = Math.round(width / z);
  const th = Math.round(height / z);
  return `${Math.floor(-tx / zoom / tw)},${Math.floor(-ty / zoom / th)},${tw},${th}`;
}

/**
 * The part of a large flow near the viewport. React Flow walks every node and edge it is given
 * on every frame of a pan; handing it only what lies within a window of 3×3 screens around the
 * view keeps a 10,000-object graph smooth. An edge comes along when one of its ends is in the
 * window (with its other end, wherever that is); edges merely passing through are left out, or
 * a view across a big workspace would draw thousands of long references at once.
 */
import { changesInPlace } from './flow-shape';
import type { Rect } from './geometry';
import type { Flow, FlowEdge, FlowNode } from './to-flow';

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
  return windowWithPlaces(flow, win).part;
}

/** The window of a flow, with where each of the flow's items went in it (-1: left out). */
interface Windowed {
  readonly part: Flow;
  readonly nodeAt: Int32Array;
  readonly edgeAt: Int32Array;
}

function windowWithPlaces(flow: Flow, win: Rect): Windowed {
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
  const edges: FlowEdge[] = [];
  const edgeAt = new Int32Array(flow.edges.length).fill(-1);
  flow.edges.forEach((e, i) => {
    const a = topOf(e.source);
    const b = topOf(e.target);
    if (!inside.has(a) && !inside.has(b)) return;
    keep.add(a);
    keep.add(b);
    edgeAt[i] = edges.push(e) - 1;
  });
  const nodes: FlowNode[] = [];
  const nodeAt = new Int32Array(flow.nodes.length).fill(-1);
  flow.nodes.forEach((n, i) => {
    if (keep.has(n.parentId ?? n.id)) nodeAt[i] = nodes.push(n) - 1;
  });
  return { part: { nodes, edges }, nodeAt, edgeAt };
}

/** A flow's window as worked out last time, for `windowFlowAgain`. */
export interface FlowWindow extends Windowed {
  readonly flow: Flow;
  readonly key: string;
}

/**
 * The window of `flow` for view key `key` (see `windowKey`; '' for the whole flow). When the
 * flow differs from last time's only by items that stayed in place (typing changes a node's
 * content, not its place), last time's window is patched: only the changed items are looked
 * at, and a change outside the window gives the very same window.
 */
export function windowFlowAgain(last: FlowWindow | undefined, flow: Flow, key: string): FlowWindow {
  const win = key ? windowOf(key) : undefined;
  if (!win) {
    const none = new Int32Array(0);
    return { flow, key, part: flow, nodeAt: none, edgeAt: none };
  }
  const changes = last && last.key === key ? changesInPlace(last.flow, flow) : undefined;
  if (!last || !changes) return { flow, key, ...windowWithPlaces(flow, win) };
  let nodes: FlowNode[] | undefined;
  let edges: FlowEdge[] | undefined;
  for (const i of changes.nodes) {
    const at = last.nodeAt[i] ?? -1;
    if (at >= 0) (nodes ??= last.part.nodes.slice())[at] = flow.nodes[i] as FlowNode;
  }
  for (const i of changes.edges) {
    const at = last.edgeAt[i] ?? -1;
    if (at >= 0) (edges ??= last.part.edges.slice())[at] = flow.edges[i] as FlowEdge;
  }
  const part =
    nodes || edges
      ? { nodes: nodes ?? last.part.nodes, edges: edges ?? last.part.edges }
      : last.part;
  return { flow, key, part, nodeAt: last.nodeAt, edgeAt: last.edgeAt };
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

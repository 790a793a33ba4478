import { NS_HEADER, NS_PAD_BOTTOM, NS_PAD_X, TIER_GAP, tierOf } from './geometry';
import type { Point, Rect, Size } from './geometry';

/**
 * The outline drawn around a namespace's objects: its serving part (with the header) and, below
 * it, its routing part. The two parts may be of different widths (an L or a T), so that another
 * namespace can sit beside the narrower one.
 */
export interface NamespaceBox extends Rect {
  readonly namespace: string;
  readonly count: number;
  /** One or two rectangles, top to bottom, whose union is the outline. */
  readonly blocks: readonly Rect[];
  /** Collapsed: the box is the summary node itself (no outline drawn). */
  readonly collapsed: boolean;
}

interface Acc {
  l: number;
  t: number;
  r: number;
  b: number;
}

const grow = (a: Acc | undefined, x: number, y: number, w: number, h: number): Acc =>
  a
    ? {
        l: Math.min(a.l, x),
        t: Math.min(a.t, y),
        r: Math.max(a.r, x + w),
        b: Math.max(a.b, y + h),
      }
    : { l: x, t: y, r: x + w, b: y + h };

/** The box of each namespace: the outline around its top-level nodes, a header and padding. */
export function namespaceBoxes(
  nodes: readonly { readonly id: string; readonly namespace: string; readonly type: string }[],
  positions: ReadonlyMap<string, Point>,
  sizes: ReadonlyMap<string, Size>,
  lanes: ReadonlyMap<string, number>,
): NamespaceBox[] {
  const acc = new Map<string, { tiers: [Acc | undefined, Acc | undefined]; count: number }>();
  const tiles: NamespaceBox[] = [];
  for (const n of nodes) {
    const p = positions.get(n.id);
    const s = sizes.get(n.id);
    if (!p || !s) continue;
    if (n.type === 'Namespace') {
      const tile = { x: p.x, y: p.y, w: s.w, h: s.h };
      tiles.push({ ...tile, namespace: n.namespace, count: 1, blocks: [tile], collapsed: true });
      continue;
    }
    const tier = tierOf(lanes.get(n.id) ?? 0);
    let a = acc.get(n.namespace);
    if (!a) acc.set(n.namespace, (a = { tiers: [undefined, undefined], count: 0 }));
    a.tiers[tier] = grow(a.tiers[tier], p.x, p.y, s.w, s.h);
    a.count++;
  }
  const boxes = [...acc].map(([namespace, { tiers, count }]) =>
    boxOf(namespace, count, tiers[0], tiers[1]),
  );
  return tiles.length ? [...boxes, ...tiles] : boxes;
}

/** The outline of a namespace from the extents of its serving and routing parts. */
export function boxOf(
  namespace: string,
  count: number,
  serving: Acc | undefined,
  routing: Acc | undefined,
): NamespaceBox {
  const blocks: Rect[] = [];
  const rect = (l: number, t: number, r: number, b: number): Rect => ({
    x: l - NS_PAD_X,
    y: t,
    w: r - l + 2 * NS_PAD_X,
    h: b - t,
  });
  if (serving && routing && routing.t >= serving.b) {
    // The line between the parts runs through the gap between them.
    const mid = Math.max(serving.b + TIER_GAP / 2, routing.t - TIER_GAP / 2);
    blocks.push(rect(serving.l, serving.t - NS_HEADER, serving.r, mid));
    blocks.push(rect(routing.l, mid, routing.r, routing.b + NS_PAD_BOTTOM));
  } else {
    const all =
      serving && routing
        ? grow(serving, routing.l, routing.t, routing.r - routing.l, routing.b - routing.t)
        : (serving ?? routing);
    if (all) blocks.push(rect(all.l, all.t - NS_HEADER, all.r, all.b + NS_PAD_BOTTOM));
  }
  let l = Infinity;
  let t = Infinity;
  let r = -Infinity;
  let b = -Infinity;
  for (const k of blocks) {
    l = Math.min(l, k.x);
    t = Math.min(t, k.y);
    r = Math.max(r, k.x + k.w);
    b = Math.max(b, k.y + k.h);
  }
  return { namespace, count, blocks, collapsed: false, x: l, y: t, w: r - l, h: b - t };
}

/** Do two boxes come closer than `gap` (block by block)? */
export function boxesClash(a: NamespaceBox, b: NamespaceBox, gap: number): boolean {
  for (const p of a.blocks)
    for (const q of b.blocks)
      if (p.x < q.x + q.w && q.x < p.x + p.w && p.y < q.y + q.h + gap && q.y < p.y + p.h + gap)
        return true;
  return false;
}

import { NS_HEADER, NS_PAD_BOTTOM, NS_PAD_X } from './geometry';
import type { Point, Rect, Size } from './geometry';

export interface NamespaceBox extends Rect {
  readonly namespace: string;
  readonly count: number;
}

/** The box drawn around each namespace: its top-level nodes, a header and padding. */
export function namespaceBoxes(
  nodes: readonly { readonly id: string; readonly namespace: string }[],
  positions: ReadonlyMap<string, Point>,
  sizes: ReadonlyMap<string, Size>,
): NamespaceBox[] {
  const acc = new Map<string, { l: number; t: number; r: number; b: number; count: number }>();
  for (const n of nodes) {
    const p = positions.get(n.id);
    const s = sizes.get(n.id);
    if (!p || !s) continue;
    const a = acc.get(n.namespace);
    if (!a) acc.set(n.namespace, { l: p.x, t: p.y, r: p.x + s.w, b: p.y + s.h, count: 1 });
    else {
      a.l = Math.min(a.l, p.x);
      a.t = Math.min(a.t, p.y);
      a.r = Math.max(a.r, p.x + s.w);
      a.b = Math.max(a.b, p.y + s.h);
      a.count++;
    }
  }
  return [...acc].map(([namespace, a]) => ({
    namespace,
    count: a.count,
    x: a.l - NS_PAD_X,
    y: a.t - NS_HEADER,
    w: a.r - a.l + 2 * NS_PAD_X,
    h: a.b - a.t + NS_HEADER + NS_PAD_BOTTOM,
  }));
}

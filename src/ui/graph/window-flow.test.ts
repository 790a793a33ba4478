import { describe, expect, it } from 'vitest';
import { flowRects } from './flow-rects';
import { layoutGraph } from './layout';
import { bigGraph } from './test-graph';
import { toFlow } from './to-flow';
import { windowFlow, windowKey, windowOf } from './window-flow';

describe('windowFlow', () => {
  const g = bigGraph(3000);
  const full = toFlow(g, layoutGraph(g));
  const { rects } = flowRects(full.nodes);

  it('keeps what is in the window, owners with their listeners, and both ends of edges leaving it', () => {
    const win = { x: 0, y: 2000, w: 1500, h: 1200 };
    const part = windowFlow(full, win);
    expect(part.nodes.length).toBeGreaterThan(0);
    expect(part.nodes.length).toBeLessThan(full.nodes.length / 4);
    const kept = new Set(part.nodes.map((n) => n.id));
    for (const n of full.nodes) {
      const r = rects.get(n.id);
      if (!r || n.parentId) continue;
      const inside =
        r.x < win.x + win.w && r.x + r.w > win.x && r.y < win.y + win.h && r.y + r.h > win.y;
      if (inside) expect(kept.has(n.id), n.id).toBe(true);
    }
    for (const n of part.nodes) if (n.parentId) expect(kept.has(n.parentId)).toBe(true);
    for (const e of part.edges) expect(kept.has(e.source) && kept.has(e.target)).toBe(true);
    const inWindow = (id: string) => {
      const r = rects.get(full.nodes.find((n) => n.id === id)?.parentId ?? id);
      return (
        !!r && r.x < win.x + win.w && r.x + r.w > win.x && r.y < win.y + win.h && r.y + r.h > win.y
      );
    };
    for (const e of part.edges) expect(inWindow(e.source) || inWindow(e.target)).toBe(true);
    // Parents still come before their children.
    const order = new Map(part.nodes.map((n, i) => [n.id, i]));
    for (const n of part.nodes)
      if (n.parentId) expect(order.get(n.parentId) ?? 99e9).toBeLessThan(order.get(n.id) ?? -1);
  });

  it('keys windows by tile, so panning inside a tile changes nothing', () => {
    const a = windowKey(-100, -100, 1, 800, 600);
    expect(windowKey(-300, -200, 1, 800, 600)).toBe(a);
    expect(windowKey(-900, -100, 1, 800, 600)).not.toBe(a);
    expect(windowOf(a)).toEqual({ x: -800, y: -600, w: 2400, h: 1800 });
    expect(windowKey(0, 0, 1, 0, 0)).toBe('');
  });
});

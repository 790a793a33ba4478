import { describe, expect, it } from 'vitest';
import { flowRects, flowRectsAgain } from './flow-rects';
import { changesInPlace } from './flow-shape';
import { layoutGraph } from './layout';
import { bigGraph } from './test-graph';
import { toFlow } from './to-flow';
import type { Flow, FlowNode } from './to-flow';
import { windowFlow, windowFlowAgain, windowKey, windowOf } from './window-flow';

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

  /** `flow` with the nodes at `indices` replaced by copies (new content, same place), or moved. */
  function edited(flow: Flow, indices: number[], move = 0): Flow {
    const nodes = flow.nodes.slice();
    for (const i of indices) {
      const n = nodes[i] as FlowNode;
      nodes[i] = { ...n, position: { x: n.position.x + move, y: n.position.y } } as FlowNode;
    }
    return { nodes, edges: flow.edges };
  }

  it('patches last time’s window when nodes changed in place, and matches a fresh window', () => {
    const key = windowKey(0, -2000, 1, 1500, 1200);
    const win = windowOf(key)!;
    const first = windowFlowAgain(undefined, full, key);
    expect(first.part).toEqual(windowFlow(full, win));
    const inside = first.part.nodes.map((n) => full.nodes.indexOf(n)).slice(0, 3);
    const outside = full.nodes.findIndex((n) => !first.part.nodes.includes(n));
    const next = edited(full, [...inside, outside]);
    expect(changesInPlace(full, next)?.nodes).toEqual([...inside, outside].sort((a, b) => a - b));
    const again = windowFlowAgain(first, next, key);
    const fresh = windowFlow(next, win);
    expect(again.part.nodes.length).toBe(fresh.nodes.length);
    again.part.nodes.forEach((n, i) => expect(n).toBe(fresh.nodes[i]));
    again.part.edges.forEach((e, i) => expect(e).toBe(fresh.edges[i]));
    // A change outside the window leaves the very same window.
    const away = edited(next, [outside]);
    expect(windowFlowAgain(again, away, key).part).toBe(again.part);
  });

  it('works the window out afresh when a node moved, or the view went elsewhere', () => {
    const key = windowKey(0, -2000, 1, 1500, 1200);
    const first = windowFlowAgain(undefined, full, key);
    const i = first.part.nodes
      .map((n) => full.nodes.indexOf(n))
      .find((k) => !full.nodes[k]?.parentId)!;
    const moved = edited(full, [i], 100_000);
    expect(changesInPlace(full, moved)).toBeUndefined();
    const again = windowFlowAgain(first, moved, key);
    expect(again.part.nodes.map((n) => n.id)).toEqual(
      windowFlow(moved, windowOf(key)!).nodes.map((n) => n.id),
    );
    expect(again.part.nodes.some((n) => n.id === full.nodes[i]?.id)).toBe(false);
    const elsewhere = windowKey(-3000, 0, 1, 1500, 1200);
    expect(windowFlowAgain(first, full, elsewhere).part.nodes.map((n) => n.id)).toEqual(
      windowFlow(full, windowOf(elsewhere)!).nodes.map((n) => n.id),
    );
    expect(windowFlowAgain(undefined, full, '').part).toBe(full);
  });

  it('keeps the rectangles while every node is in place, and measures again when one moved', () => {
    const first = flowRects(full.nodes);
    const next = edited(full, [5, 50]);
    expect(flowRectsAgain({ flow: full, rects: first }, next)).toBe(first);
    const moved = edited(full, [5], 300);
    const again = flowRectsAgain({ flow: full, rects: first }, moved);
    expect(again).not.toBe(first);
    expect(again.rects.get(full.nodes[5]!.id)?.x).toBe(
      (first.rects.get(full.nodes[5]!.id)?.x ?? 0) + 300,
    );
  });
});

import { describe, expect, it } from 'vitest';
import type { Graph } from '../../core';
import { routePoints } from './edge-path';
import { gridX } from './geometry';
import { layoutGraph } from './layout';
import { columnSpans, freeY, routeOf } from './routing';
import { edge, node, sampleGraph } from './test-graph';
import { toFlow } from './to-flow';
import type { FlowEdge } from './to-flow';

const edgeOf = (edges: FlowEdge[], id: string) => edges.find((e) => e.id === id) as FlowEdge;

function on(spans: readonly (readonly [number, number])[], y: number): boolean {
  return spans.some(([t, b]) => y > t && y < b);
}

describe('edge routes', () => {
  it('draws a bracket beside a column for edges inside it, with the handles on that side', () => {
    const g = sampleGraph();
    const { edges } = toFlow(g, layoutGraph(g));
    const grant = edgeOf(edges, 'grant:ReferenceGrant/certs/allow->Secret/certs/wild-cert');
    expect(grant).toMatchObject({ sourceHandle: 'out', targetHandle: 'in-right' });
    expect(grant.data?.route).toMatchObject({ type: 'bracket', side: 'right' });
    // A BackendTLSPolicy and its CA bundle share the last column: a bracket too.
    const ca = edgeOf(edges, 'ca:BackendTLSPolicy/shop/tls->ConfigMap/shop/ca');
    expect(ca).toMatchObject({ sourceHandle: 'out', targetHandle: 'in-right' });
    expect(ca.data?.route.type).toBe('bracket');
    const backend = edgeOf(edges, 'backend:HTTPRoute/shop/store->Service/shop/auth');
    expect(backend).toMatchObject({ sourceHandle: 'out', targetHandle: 'in' });
    expect(backend.data?.route.type).toBe('forward');
    expect(backend.data?.lines).toEqual([':443']);
  });

  it('wraps a listener → route edge like a line of text, along a row free of cards', () => {
    const g = sampleGraph();
    const layout = layoutGraph(g);
    const { edges } = toFlow(g, layout);
    const route = edgeOf(edges, 'attaches:Gateway/infra/gw#wild->HTTPRoute/shop/store').data?.route;
    expect(route?.type).toBe('wrap');
    if (route?.type !== 'wrap') return;
    // Down the gap after the listeners, back before the routes' column.
    expect(route.down).toBeGreaterThan(gridX(1) + 168);
    expect(route.down).toBeLessThan(gridX(2));
    expect(route.margin).toBeLessThan(gridX(0));
    // The row it runs back along crosses no card of the columns it crosses.
    const spans = columnSpans(
      layout,
      g.nodes.map((n) => n.id),
    );
    for (const c of [0, 1]) expect(on(spans.get(c) ?? [], route.turn), `column ${c}`).toBe(false);
    // Above the routes it leads to.
    const store = layout.positions.get('HTTPRoute/shop/store');
    expect(route.turn).toBeLessThan(store?.y ?? 0);
    const points = routePoints({ x: 400, y: 100 }, { x: 20, y: 900 }, route, 0.65);
    expect(points.map((p) => p.y)).toContain(route.turn);
  });

  it('crosses a skipped column between two cards', () => {
    const gw = node('Gateway', 'infra', 'gw');
    const hosts = [0, 1, 2, 3].map((i) => node('Hostname', 'infra', `h${i}`));
    const secrets = [0, 1, 2, 3].map((i) => node('Secret', 'infra', `s${i}`));
    const g: Graph = {
      nodes: [gw, ...hosts, ...secrets],
      edges: hosts.map((h, i) => edge('client-ca', h.id, secrets[i]?.id ?? '')),
    };
    const layout = layoutGraph(g);
    const spans = columnSpans(
      layout,
      g.nodes.map((n) => n.id),
    );
    const { edges } = toFlow(g, layout);
    for (const e of edges) {
      const r = e.data?.route;
      expect(r?.type).toBe('forward');
      if (r?.type !== 'forward') continue;
      expect(r.passes).toHaveLength(1);
      expect(on(spans.get(1) ?? [], r.passes[0]?.y ?? 0)).toBe(false);
    }
  });

  it('finds a free y beside the cards of a column', () => {
    const spans: [number, number][] = [
      [0, 100],
      [140, 240],
    ];
    expect(freeY(spans, 50)).toBe(-3);
    expect(freeY(spans, 90)).toBe(103);
    expect(freeY(spans, 120)).toBe(120);
    expect(freeY(spans, 300)).toBe(300);
    expect(
      routeOf({ type: 'parent', sourceLane: 1, targetLane: 1, sourceY: 0, lane: 0.5 }, new Map()),
    ).toMatchObject({ type: 'bracket', side: 'left' });
  });
});

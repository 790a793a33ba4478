import { describe, expect, it } from 'vitest';
import { collapseGraph, collapseKey, NO_COLLAPSE } from './collapse';
import { columnX } from './geometry';
import { layoutGraph } from './layout';
import { LayoutCache } from './layout-cache';
import { namespaceBoxes } from './namespace-boxes';
import { edge, node, sampleGraph } from './test-graph';
import { toFlow } from './to-flow';
import { isSummary, summaryId } from './view-graph';
import type { NamespaceSummary } from './view-graph';

const WARN = { level: 'warning' as const, reason: 'Overlap' };

describe('collapseGraph', () => {
  it('hands on the very graph when nothing is collapsed', () => {
    const g = sampleGraph();
    expect(collapseGraph(g, NO_COLLAPSE)).toBe(g);
    expect(collapseKey(NO_COLLAPSE)).toBe('');
  });

  it('draws a collapsed namespace as one node with counts and its worst state', () => {
    const g = sampleGraph();
    const nodes = g.nodes.map((n) => (n.id === 'Service/shop/auth' ? { ...n, state: WARN } : n));
    const view = collapseGraph(
      { ...g, nodes },
      { namespaces: new Set(['shop']), owners: new Set() },
    );
    expect(view.nodes.some((n) => n.namespace === 'shop' && !isSummary(n))).toBe(false);
    const s = view.nodes.find((n) => n.id === summaryId('shop')) as NamespaceSummary;
    expect(s.type).toBe('Namespace');
    expect(s.total).toBe(4);
    expect(s.state).toEqual(WARN);
    expect(s.details).toEqual([
      '4 objects · 1 problem',
      '1 HTTPRoute · 1 Service · 1 BackendTLSPolicy · 1 ConfigMap',
    ]);
    expect(s.label).toBe('Namespace shop, collapsed');
    // Edges inside it go; edges into it go to the summary.
    expect(view.edges.map((e) => e.id)).toContain(
      `attaches:Gateway/infra/gw#wild->${summaryId('shop')}`,
    );
    expect(view.edges.some((e) => e.source === e.target)).toBe(false);
  });

  it('merges edges that come to have the same ends, with the worst state and a count', () => {
    const g = sampleGraph();
    const other = node('HTTPRoute', 'shop', 'other');
    const view = collapseGraph(
      {
        nodes: [...g.nodes, other],
        edges: [...g.edges, edge('attaches', 'Gateway/infra/gw#wild', other.id, { state: WARN })],
      },
      { namespaces: new Set(['shop']), owners: new Set() },
    );
    const merged = view.edges.filter((e) => e.target === summaryId('shop'));
    expect(merged).toHaveLength(1);
    expect(merged[0]).toMatchObject({ state: WARN, label: '2 references' });
  });

  it("hides a collapsed Gateway's listeners and the hostnames only they serve, and takes their worst state", () => {
    const g = sampleGraph();
    const nodes = g.nodes.map((n) => (n.id === 'Gateway/infra/gw#foo' ? { ...n, state: WARN } : n));
    const view = collapseGraph(
      { ...g, nodes },
      { namespaces: new Set(), owners: new Set(['Gateway/infra/gw']) },
    );
    const ids = view.nodes.map((n) => n.id);
    expect(ids).not.toContain('Gateway/infra/gw#foo');
    expect(ids).not.toContain('Hostname/infra/gw/443/foo.example.com');
    const gw = view.nodes.find((n) => n.id === 'Gateway/infra/gw');
    expect(gw?.state).toEqual(WARN);
    expect(gw?.details[0]).toBe('collapsed: 2 listeners, 2 hostnames');
    // What the listeners led to hangs off the Gateway now.
    expect(view.edges.map((e) => e.id)).toContain(
      'certificate:Gateway/infra/gw->Secret/infra/foo-cert',
    );
    // Laid out and drawn like any graph: the Gateway without listener rows.
    const layout = layoutGraph(view);
    const flow = toFlow(view, layout, undefined, {
      collapsedOwners: new Set(['Gateway/infra/gw']),
    });
    const tools = flow.nodes.find((n) => n.type === 'owner-tools');
    expect(tools?.type === 'owner-tools' && tools.data.collapsed).toBe(true);
    expect(flow.nodes.some((n) => n.parentId === 'Gateway/infra/gw' && n.type === 'listener')).toBe(
      false,
    );
  });

  it('lays collapsed namespaces out as tiles filling the lowest column', () => {
    const g = sampleGraph();
    const view = collapseGraph(g, {
      namespaces: new Set(['infra', 'certs', 'shop']),
      owners: new Set(),
    });
    expect(view.nodes.every(isSummary)).toBe(true);
    const layout = layoutGraph(view);
    const xs = new Set(view.nodes.map((n) => layout.positions.get(n.id)?.x));
    expect(xs.size).toBe(3);
    const flow = toFlow(view, layout);
    expect(flow.nodes.filter((n) => n.type === 'summary')).toHaveLength(3);
    expect(flow.nodes.filter((n) => n.type === 'namespace')).toHaveLength(0);
  });
});

describe('collapsing and expanding in place', () => {
  it('puts a collapsed namespace where its box was, and brings it back there, the rest unmoved', () => {
    const g = sampleGraph();
    const cache = new LayoutCache();
    const all = cache.layout(g, 'all');
    const collapsed = collapseGraph(g, { namespaces: new Set(['infra']), owners: new Set() });
    const one = cache.layout(collapsed, 'infra collapsed', 'all');
    const box = (l: typeof all, ns: string) =>
      namespaceBoxes(
        l.graph.nodes.filter((n) => !l.parentOf.has(n.id)),
        l.positions,
        l.sizes,
        l.columns,
      ).find((b) => b.namespace === ns);
    const infra = box(all, 'infra');
    const tile = one.positions.get(summaryId('infra'));
    expect(tile?.y).toBe(infra?.y);
    expect(tile?.x).toBe(columnX(0));
    // Nothing else moved.
    for (const n of collapsed.nodes)
      if (n.namespace !== 'infra')
        expect(one.positions.get(n.id), n.id).toEqual(all.positions.get(n.id));
    // Expanded again from the collapsed view (as if the first were forgotten): in its place.
    const back = new LayoutCache();
    back.layout(collapsed, 'infra collapsed');
    const again = back.layout(g, 'all', 'infra collapsed');
    expect(box(again, 'infra')?.y).toBe(
      back.layout(collapsed, 'infra collapsed').positions.get(summaryId('infra'))?.y,
    );
    expect(again.fresh).toBe(false);
  });
});

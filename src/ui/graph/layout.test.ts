import { describe, expect, it } from 'vitest';
import type { Graph } from '../../core';
import { BOX_GAP, columnX, GRID_RIGHT, NODE_GAP, tierOf } from './geometry';
import { layoutGraph } from './layout';
import { findSlot } from './layout-place';
import type { Layout } from './layout';
import { boxesClash, namespaceBoxes } from './namespace-boxes';
import type { NamespaceBox } from './namespace-boxes';
import { bigGraph, edge, node, renamed, sampleGraph } from './test-graph';

function topLevel(graph: Graph, layout: Layout) {
  return graph.nodes
    .filter((n) => !layout.parentOf.has(n.id))
    .map((n) => {
      const p = layout.positions.get(n.id);
      const s = layout.sizes.get(n.id);
      if (!p || !s) throw new Error(`no place for ${n.id}`);
      return { id: n.id, ...p, ...s };
    });
}

function overlaps(graph: Graph, layout: Layout): string[] {
  const rects = topLevel(graph, layout).sort((a, b) => a.y - b.y);
  const found: string[] = [];
  rects.forEach((a, i) => {
    for (let j = i + 1; j < rects.length; j++) {
      const b = rects[j];
      if (!b || b.y >= a.y + a.h) break;
      if (b.x < a.x + a.w && a.x < b.x + b.w) found.push(`${a.id} × ${b.id}`);
    }
  });
  return found;
}

const xOf = (layout: Layout, id: string) => layout.positions.get(id)?.x ?? Number.NaN;
const yOf = (layout: Layout, id: string) => layout.positions.get(id)?.y ?? Number.NaN;

function boxesOf(graph: Graph, layout: Layout): Map<string, NamespaceBox> {
  const top = graph.nodes.filter((n) => !layout.parentOf.has(n.id));
  return new Map(
    namespaceBoxes(top, layout.positions, layout.sizes, layout.columns).map((b) => [
      b.namespace,
      b,
    ]),
  );
}

function noClash(boxes: readonly NamespaceBox[]): boolean {
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++)
      if (boxesClash(boxes[i] as NamespaceBox, boxes[j] as NamespaceBox, BOX_GAP - 1)) return false;
  return true;
}

describe('layoutGraph', () => {
  it('is deterministic', () => {
    const a = layoutGraph(sampleGraph());
    const b = layoutGraph(sampleGraph());
    expect([...a.positions]).toEqual([...b.positions]);
    expect(a.fresh).toBe(true);
  });

  it('puts lanes in traffic order: hostnames → listeners → certificates, and below them routes → Services → upstream TLS', () => {
    const l = layoutGraph(sampleGraph());
    const serving = [
      'Hostname/infra/gw/443/foo.example.com',
      'Gateway/infra/gw',
      'Secret/infra/foo-cert',
    ].map((id) => xOf(l, id));
    expect(serving).toEqual([columnX(0), columnX(1), columnX(2)]);
    const routing = ['HTTPRoute/shop/store', 'Service/shop/auth', 'BackendTLSPolicy/shop/tls'].map(
      (id) => xOf(l, id),
    );
    expect(routing).toEqual([columnX(3), columnX(4), columnX(5)]);
    expect(columnX(3)).toBe(columnX(0));
    expect(xOf(l, 'ReferenceGrant/certs/allow')).toBe(xOf(l, 'Secret/certs/wild-cert'));
    // A CA bundle sits under the policy that trusts it.
    expect(xOf(l, 'ConfigMap/shop/ca')).toBe(columnX(5));
    expect(yOf(l, 'ConfigMap/shop/ca')).toBeGreaterThan(yOf(l, 'BackendTLSPolicy/shop/tls'));
    // Three columns: as wide as a laptop's graph pane at a readable zoom.
    expect(GRID_RIGHT).toBeLessThanOrEqual(600);
  });

  it("puts a namespace's routing part below its serving part", () => {
    const g = bigGraph(600);
    const l = layoutGraph(g);
    for (const ns of ['team-0', 'team-3']) {
      const nodes = topLevel(g, l).filter((n) => n.id.split('/')[1] === ns);
      const serving = nodes.filter((n) => tierOf(l.columns.get(n.id) ?? 0) === 0);
      const routing = nodes.filter((n) => tierOf(l.columns.get(n.id) ?? 0) === 1);
      expect(serving.length && routing.length).toBeTruthy();
      const servingBottom = Math.max(...serving.map((n) => n.y + n.h));
      expect(Math.min(...routing.map((n) => n.y))).toBeGreaterThan(servingBottom);
    }
  });

  it("packs namespaces without a staircase: one holding only certificates sits beside another's routing part", () => {
    const sample = sampleGraph();
    const redirect = node('HTTPRoute', 'infra', 'redirect');
    const g = {
      nodes: [...sample.nodes, redirect],
      edges: [...sample.edges, edge('attaches', 'Gateway/infra/gw#foo', redirect.id)],
    };
    const l = layoutGraph(g);
    const boxes = boxesOf(g, l);
    const infra = boxes.get('infra');
    const certs = boxes.get('certs');
    const shop = boxes.get('shop');
    if (!infra || !certs || !shop) throw new Error('no boxes');
    // infra: an L (its serving part wide, its routing part one column); certs beside the foot.
    expect(infra.blocks).toHaveLength(2);
    expect(certs.y).toBeLessThan(infra.y + infra.h);
    expect(certs.y).toBeGreaterThan(infra.y);
    // The graph is shorter than the namespaces stacked one above the other.
    const height = Math.max(...[...boxes.values()].map((b) => b.y + b.h));
    const stacked = [...boxes.values()].reduce((sum, b) => sum + b.h, 0);
    expect(height).toBeLessThan(stacked);
    expect(noClash([...boxes.values()])).toBe(true);
  });

  it('sorts namespaces as people do: team-2 before team-10', () => {
    const g = bigGraph(600);
    const l = layoutGraph(g);
    const top = (ns: string) =>
      Math.min(
        ...topLevel(g, l)
          .filter((n) => n.id.split('/')[1] === ns)
          .map((n) => n.y),
      );
    expect(top('team-2')).toBeLessThan(top('team-10'));
  });

  it('draws listeners inside their Gateway, one below the other', () => {
    const l = layoutGraph(sampleGraph());
    const gw = l.sizes.get('Gateway/infra/gw');
    const foo = l.positions.get('Gateway/infra/gw#foo');
    const wild = l.positions.get('Gateway/infra/gw#wild');
    const size = l.sizes.get('Gateway/infra/gw#wild');
    expect(l.parentOf.get('Gateway/infra/gw#foo')).toBe('Gateway/infra/gw');
    expect(foo && wild && gw && size).toBeTruthy();
    if (!foo || !wild || !gw || !size) return;
    expect(wild.y).toBeGreaterThan(foo.y);
    expect(wild.y + size.h).toBeLessThanOrEqual(gw.h);
    expect(foo.x + size.w).toBeLessThanOrEqual(gw.w);
  });

  it('puts a client-CA ConfigMap beside the certificates and a backend CA with the upstream TLS', () => {
    const g = sampleGraph();
    const client = node('ConfigMap', 'infra', 'client-ca');
    const gw = g.nodes[1]?.id ?? '';
    const l = layoutGraph({
      nodes: [...g.nodes, client],
      edges: [...g.edges, edge('client-ca', gw, client.id)],
    });
    expect(xOf(l, client.id)).toBe(columnX(2));
    expect(l.columns.get(client.id)).toBe(2);
    expect(l.columns.get('ConfigMap/shop/ca')).toBe(5);
  });

  it('never overlaps nodes, nor namespaces', () => {
    const g = bigGraph(600);
    const l = layoutGraph(g);
    expect(overlaps(g, l)).toEqual([]);
    expect(noClash([...boxesOf(g, l).values()])).toBe(true);
  });

  it('keeps the position of every node that still exists when nodes are added', () => {
    const g = sampleGraph();
    const before = layoutGraph(g);
    const extra = node('HTTPRoute', 'shop', 'new-route');
    const svc = node('Service', 'shop', 'new-svc');
    const next = {
      nodes: [...g.nodes, extra, svc],
      edges: [
        ...g.edges,
        edge('attaches', 'Gateway/infra/gw#foo', extra.id),
        edge('backend', extra.id, svc.id),
      ],
    };
    const after = layoutGraph(next, before);
    expect(after.fresh).toBe(false);
    for (const n of g.nodes)
      expect(after.positions.get(n.id), n.id).toEqual(before.positions.get(n.id));
    expect(xOf(after, extra.id)).toBe(columnX(3));
    expect(overlaps(next, after)).toEqual([]);
  });

  it('keeps a node being renamed (a name typed letter by letter) where it is, with the same geometry', () => {
    const g = sampleGraph();
    const before = layoutGraph(g);
    for (const [from, to] of [
      ['HTTPRoute/shop/store', 'HTTPRoute/shop/store2'],
      ['Gateway/infra/gw#foo', 'Gateway/infra/gw#foo2'],
      ['Gateway/infra/gw', 'Gateway/infra/gw2'],
    ] as const) {
      const next = renamed(g, from, to);
      expect(next.nodes.map((n) => n.id)).toContain(to);
      const after = layoutGraph(next, before);
      expect(after.geometry).toBe(before.geometry);
      expect(after.fresh).toBe(false);
      expect(after.positions.get(to)).toEqual(before.positions.get(from));
      expect(after.positions.has(from)).toBe(false);
      for (const n of next.nodes) expect(after.positions.has(n.id), n.id).toBe(true);
      // Listeners follow their renamed owner.
      for (const [child, owner] of after.parentOf)
        expect(next.nodes.find((n) => n.id === child)?.parent).toBe(owner);
    }
    // A renamed listener may lose the routes that named it: still the same places.
    const renamedListener = renamed(g, 'Gateway/infra/gw#wild', 'Gateway/infra/gw#wild2');
    const detached = {
      ...renamedListener,
      edges: renamedListener.edges.filter((e) => e.type !== 'attaches'),
    };
    expect(layoutGraph(detached, before).geometry).toBe(before.geometry);
    // Renaming into another namespace is a move, not a rename: laid out anew.
    const moved = renamed(g, 'HTTPRoute/shop/store', 'HTTPRoute/infra/store');
    const other = moved.nodes.map((n) =>
      n.id === 'HTTPRoute/infra/store' ? { ...n, namespace: 'infra' } : n,
    );
    expect(layoutGraph({ ...moved, nodes: other }, before).geometry).not.toBe(before.geometry);
  });

  it('keeps the position of every remaining node when nodes are removed', () => {
    const g = sampleGraph();
    const before = layoutGraph(g);
    const gone = new Set(['Secret/infra/foo-cert', 'ReferenceGrant/certs/allow']);
    const next = {
      nodes: g.nodes.filter((n) => !gone.has(n.id)),
      edges: g.edges.filter((e) => !gone.has(e.source) && !gone.has(e.target)),
    };
    const after = layoutGraph(next, before);
    for (const n of next.nodes)
      expect(after.positions.get(n.id), n.id).toEqual(before.positions.get(n.id));
  });

  it('when a namespace runs out of room, moves the bands below it down together, without overlap', () => {
    const g = bigGraph(300);
    const before = layoutGraph(g);
    const added = Array.from({ length: 40 }, (_, i) => node('Service', 'team-0', `extra-${i}`));
    const next = { nodes: [...g.nodes, ...added], edges: g.edges };
    const after = layoutGraph(next, before);
    expect(overlaps(next, after)).toEqual([]);
    const team0 = g.nodes.filter((n) => n.namespace === 'team-0');
    for (const n of team0)
      expect(after.positions.get(n.id), n.id).toEqual(before.positions.get(n.id));
    // Every node of one lower band moved by the same amount.
    const lower = g.nodes.filter((n) => n.namespace === 'team-3' && !before.parentOf.has(n.id));
    const deltas = new Set(
      lower.map((n) => (after.positions.get(n.id)?.y ?? 0) - (before.positions.get(n.id)?.y ?? 0)),
    );
    expect(deltas.size).toBe(1);
  });

  it('grows a Gateway that gains a listener and pushes what is below it', () => {
    const gwA = node('Gateway', 'infra', 'a');
    const gwB = node('Gateway', 'infra', 'b');
    const la = { ...node('Listener', 'infra', 'x'), id: `${gwA.id}#x`, parent: gwA.id };
    const g = { nodes: [gwA, la, gwB], edges: [] };
    const before = layoutGraph(g);
    const lb = { ...la, id: `${gwA.id}#y`, name: 'y' };
    const next = { nodes: [gwA, la, lb, gwB], edges: [] };
    const after = layoutGraph(next, before);
    expect(after.positions.get(gwA.id)).toEqual(before.positions.get(gwA.id));
    expect(overlaps(next, after)).toEqual([]);
  });

  it('lays out 10,000 objects quickly', () => {
    const g = bigGraph(10_000);
    let t = performance.now();
    const l = layoutGraph(g);
    const fresh = performance.now() - t;
    const extra = node('HTTPRoute', 'team-7', 'one-more');
    t = performance.now();
    layoutGraph({ nodes: [...g.nodes, extra], edges: g.edges }, l);
    const incremental = performance.now() - t;
    console.log(
      `layout of ${g.nodes.length} nodes, ${g.edges.length} edges: fresh ${fresh.toFixed(0)} ms, one added ${incremental.toFixed(0)} ms`,
    );
    expect(overlaps(g, l)).toEqual([]);
  });
});

describe('findSlot', () => {
  it('finds the free slot nearest the wanted top, else goes past the last span', () => {
    const spans: [number, number][] = [
      [0, 100],
      [300, 400],
    ];
    expect(findSlot(spans, 0, 500, 50, 150)).toBe(150);
    expect(findSlot(spans, 0, 500, 50, 100)).toBe(100 + NODE_GAP);
    expect(findSlot(spans, 0, 500, 50, 290)).toBe(300 - NODE_GAP - 50);
    expect(findSlot(spans, 0, 450, 150, 0)).toBe(100 + NODE_GAP);
    expect(findSlot(spans, 0, 450, 200, 0)).toBe(400 + NODE_GAP);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Graph } from '../../core';
import { edgeAriaLabel, edgeLabelLines, grantText } from './edge-text';
import { layoutGraph } from './layout';
import { newFlowCache, toFlow } from './to-flow';
import type { FlowEdge, FlowNode, GraphNodeData, ObjectFlowNode } from './to-flow';
import { bigGraph, edge, node, renamed, sampleGraph } from './test-graph';

function flowOf(graph: Graph) {
  return toFlow(graph, layoutGraph(graph));
}

const objectNode = (nodes: FlowNode[], id: string) =>
  nodes.find((n) => n.id === id) as ObjectFlowNode;
const edgeOf = (edges: FlowEdge[], id: string) => edges.find((e) => e.id === id) as FlowEdge;

describe('toFlow nodes', () => {
  it('names every node by its label and state, and picks a component per kind', () => {
    const { nodes } = flowOf(sampleGraph());
    const gw = objectNode(nodes, 'Gateway/infra/gw');
    expect(gw.ariaLabel).toBe('Gateway infra/gw. OK');
    expect(gw.type).toBe('owner');
    const l = objectNode(nodes, 'Gateway/infra/gw#foo');
    expect(l.ariaLabel).toBe('Listener foo. OK');
    expect(l.type).toBe('listener');
    expect(l.parentId).toBe('Gateway/infra/gw');
    expect(l.draggable).toBe(false);
    expect(objectNode(nodes, 'Hostname/infra/gw/443/foo.example.com').type).toBe('hostname');
    expect(objectNode(nodes, 'Secret/infra/foo-cert').type).toBe('object');
  });

  it('puts each namespace box before its nodes, and listeners after their owner (reading order)', () => {
    const { nodes } = flowOf(sampleGraph());
    const namespaces = nodes.filter((n) => n.type === 'namespace');
    expect(namespaces.map((n) => n.data.namespace)).toEqual(['infra', 'certs', 'shop']);
    for (const ns of namespaces)
      expect(ns).toMatchObject({ zIndex: -1, selectable: false, focusable: false });
    const ids = nodes.map((n) => n.id);
    for (const n of nodes) {
      if (n.type === 'namespace' || n.type === 'owner-tools' || n.parentId) continue;
      const ns = n.type === 'summary' ? n.data.summary.namespace : n.data.node.namespace;
      expect(ids.indexOf(`namespace:${ns}`), n.id).toBeLessThan(ids.indexOf(n.id));
    }
    expect(ids.indexOf('Gateway/infra/gw#foo')).toBeGreaterThan(ids.indexOf('Gateway/infra/gw'));
    // Hostnames, then the Gateway and its listeners, then certificates; routes after.
    expect(ids.indexOf('Hostname/infra/gw/443/foo.example.com')).toBeLessThan(
      ids.indexOf('Gateway/infra/gw'),
    );
    expect(ids.indexOf('Gateway/infra/gw#wild')).toBeLessThan(ids.indexOf('Secret/infra/foo-cert'));
    expect(ids.indexOf('HTTPRoute/shop/store')).toBeLessThan(ids.indexOf('Service/shop/auth'));
  });

  it('gives every node a fixed size and its handles, so nothing needs measuring', () => {
    const { nodes } = flowOf(sampleGraph());
    for (const n of nodes) {
      expect(n.width, n.id).toBeGreaterThan(0);
      expect(n.measured).toEqual({ width: n.width, height: n.height });
      if (n.type !== 'namespace' && n.type !== 'owner-tools')
        expect(n.handles?.map((h) => h.id)).toEqual(['in', 'out', 'in-right', 'out-left']);
    }
  });

  it('carries the state and the missing flag in the data', () => {
    const g = sampleGraph();
    const missing = node('Service', 'shop', 'gone', {
      missing: true,
      details: ['not in the workspace'],
      state: { level: 'error', reason: 'NotFound' },
    });
    const { nodes } = flowOf({ nodes: [...g.nodes, missing], edges: g.edges });
    const data = objectNode(nodes, missing.id).data as GraphNodeData;
    expect(data.node.missing).toBe(true);
    expect(data.node.state).toEqual({ level: 'error', reason: 'NotFound' });
    expect(objectNode(nodes, missing.id).domAttributes?.['aria-describedby']).toContain(
      `gt-desc-${missing.id}`,
    );
  });

  it('reuses the node objects that did not change', () => {
    const g = sampleGraph();
    const cache = newFlowCache();
    const layout = layoutGraph(g);
    const a = toFlow(g, layout, cache);
    const changed = g.nodes.map((n) =>
      n.id === 'Secret/infra/foo-cert'
        ? { ...n, state: { level: 'error' as const, reason: 'Expired' } }
        : { ...n },
    );
    const b = toFlow({ nodes: changed, edges: g.edges.map((e) => ({ ...e })) }, layout, cache);
    const same = b.nodes.filter((n) => a.nodes.includes(n)).length;
    expect(same).toBe(a.nodes.length - 1);
    expect(b.nodes.find((n) => n.id === 'Secret/infra/foo-cert')).not.toBe(
      a.nodes.find((n) => n.id === 'Secret/infra/foo-cert'),
    );
    expect(b.edges.every((e) => a.edges.includes(e))).toBe(true);
  });
});

describe('toFlow after a rename', () => {
  it('draws only the renamed node and its edges anew; the rest are the same objects', () => {
    const g = sampleGraph();
    const cache = newFlowCache();
    const layout = layoutGraph(g);
    const a = toFlow(g, layout, cache);
    const next = renamed(g, 'HTTPRoute/shop/store', 'HTTPRoute/shop/store2');
    const b = toFlow(next, layoutGraph(next, layout), cache);
    const fresh = toFlow(next, layoutGraph(next, layout));
    expect(b).toEqual(fresh);
    const newNodes = b.nodes.filter((n) => !a.nodes.includes(n)).map((n) => n.id);
    expect(newNodes).toEqual(['HTTPRoute/shop/store2']);
    const newEdges = b.edges.filter((e) => !a.edges.includes(e)).map((e) => e.id);
    expect(newEdges.sort()).toEqual([
      'attaches:Gateway/infra/gw#wild->HTTPRoute/shop/store2',
      'backend:HTTPRoute/shop/store2->Service/shop/auth',
    ]);
  });
});

/** One change of a graph between keystrokes. */
const change = fc.record({
  type: fc.constantFrom('state', 'copy', 'rename', 'edge-state', 'add', 'nothing'),
  at: fc.nat(),
});

function changed(g: Graph, c: { type: string; at: number }, k: number): Graph {
  const n = g.nodes[c.at % g.nodes.length];
  const e = g.edges[c.at % g.edges.length];
  if (!n || !e) return g;
  const nodes = g.nodes.slice();
  const edges = g.edges.slice();
  const i = c.at % g.nodes.length;
  switch (c.type) {
    case 'state':
      nodes[i] = { ...n, state: { level: 'error', reason: `R${k}`, message: 'm' } };
      return { nodes, edges };
    case 'copy':
      nodes[i] = { ...n };
      return { nodes, edges };
    case 'rename':
      return renamed(g, n.id, `${n.id}x`);
    case 'edge-state':
      edges[c.at % g.edges.length] = { ...e, state: { level: 'warning', reason: `W${k}` } };
      return { nodes, edges };
    case 'add':
      return { nodes: [...nodes, node('Service', n.namespace, `added-${k}`)], edges };
    default:
      return { nodes, edges };
  }
}

describe('toFlow from one keystroke to the next', () => {
  it('gives what mapping the graph afresh gives, whatever changed', () => {
    fc.assert(
      fc.property(fc.array(change, { minLength: 1, maxLength: 8 }), (changes) => {
        let g = bigGraph(60);
        let layout = layoutGraph(g);
        const cache = newFlowCache();
        toFlow(g, layout, cache);
        changes.forEach((c, k) => {
          g = changed(g, c, k);
          layout = layoutGraph(g, layout);
          expect(toFlow(g, layout, cache)).toEqual(toFlow(g, layout));
        });
      }),
      { numRuns: 60 },
    );
  });

  it('returns the very same flow when nothing drawn changed, and replaces only what did', () => {
    const g = bigGraph(60);
    const layout = layoutGraph(g);
    const cache = newFlowCache();
    const a = toFlow(g, layout, cache);
    expect(toFlow({ nodes: g.nodes.slice(), edges: g.edges.slice() }, layout, cache)).toBe(a);
    const next = renamed(g, 'Gateway/team-0/gw0#l1', 'Gateway/team-0/gw0#l1x');
    const b = toFlow(next, layoutGraph(next, layout), cache);
    expect(b.nodes.filter((n, i) => n !== a.nodes[i]).map((n) => n.id)).toEqual([
      'Gateway/team-0/gw0#l1x',
    ]);
    expect(b.edges.filter((e, i) => e !== a.edges[i]).length).toBe(
      next.edges.filter((e) => e.id.includes('#l1x')).length,
    );
  });
});

describe('toFlow edges', () => {
  it('labels a cross-namespace reference with the ReferenceGrant that permits it', () => {
    const { edges } = flowOf(sampleGraph());
    const e = edgeOf(edges, 'certificate:Gateway/infra/gw#wild->Secret/certs/wild-cert');
    expect(e.data?.lines).toEqual(['via ReferenceGrant certs/allow']);
    expect(e.ariaLabel).toBe(
      'Listener wild uses certificate Secret certs/wild-cert, via ReferenceGrant certs/allow. OK',
    );
  });

  it('says when no ReferenceGrant permits it, with the reason, in the label and the name', () => {
    const g = sampleGraph();
    const bad = edge('certificate', 'Gateway/infra/gw#foo', 'Secret/certs/wild-cert', {
      grant: null,
      state: { level: 'error', reason: 'RefNotPermitted', message: 'not permitted' },
    });
    const { edges } = flowOf({ nodes: g.nodes, edges: [...g.edges, bad] });
    const e = edgeOf(edges, bad.id);
    expect(e.data?.lines).toEqual(['RefNotPermitted', 'no ReferenceGrant']);
    expect(e.ariaLabel).toBe(
      'Listener foo uses certificate Secret certs/wild-cert, no ReferenceGrant. Error: RefNotPermitted',
    );
    expect(e.zIndex).toBe(1);
  });
});

describe('edge words', () => {
  it('words grants and edges', () => {
    expect(grantText('ReferenceGrant/certs/allow')).toBe('via ReferenceGrant certs/allow');
    expect(grantText(null)).toBe('no ReferenceGrant');
    expect(grantText(undefined)).toBeUndefined();
    const e = edge('attaches', 'a', 'b', {
      state: { level: 'warning', reason: 'Overlap' },
      label: 'x.example.com',
    });
    expect(edgeLabelLines(e)).toEqual(['Overlap', 'x.example.com']);
    expect(edgeAriaLabel(e, 'Listener a', 'HTTPRoute ns/b')).toBe(
      'Listener a routes to HTTPRoute ns/b. Warning: Overlap',
    );
  });
});

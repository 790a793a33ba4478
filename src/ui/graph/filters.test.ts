import { describe, expect, it } from 'vitest';
import { facets, filterGraph, filterKey, isFiltering, NO_FILTER, searchGraph } from './filters';
import { edge, node, sampleGraph } from './test-graph';

const ids = (g: { nodes: readonly { id: string }[] }) => g.nodes.map((n) => n.id);

describe('filterGraph', () => {
  it('returns the same graph when nothing is filtered', () => {
    const g = sampleGraph();
    expect(filterGraph(g, NO_FILTER)).toBe(g);
    expect(isFiltering(NO_FILTER)).toBe(false);
    expect(filterKey(NO_FILTER)).toBe('all');
  });

  it('keeps one namespace and the edges inside it', () => {
    const g = filterGraph(sampleGraph(), { ...NO_FILTER, namespace: 'shop' });
    expect(ids(g)).toEqual([
      'HTTPRoute/shop/store',
      'Service/shop/auth',
      'BackendTLSPolicy/shop/tls',
      'ConfigMap/shop/ca',
    ]);
    expect(g.edges.map((e) => e.type)).toEqual(['backend', 'policy', 'ca']);
  });

  it('hides kinds; listeners go with their Gateway', () => {
    const g = filterGraph(sampleGraph(), {
      ...NO_FILTER,
      hiddenKinds: new Set(['Gateway', 'Hostname']),
    });
    expect(ids(g).some((id) => id.startsWith('Gateway/') || id.startsWith('Hostname/'))).toBe(
      false,
    );
    expect(ids(g)).toContain('Secret/infra/foo-cert');
  });

  it('shows only problems: failing objects, both ends of failing references, and owners of listeners', () => {
    const base = sampleGraph();
    const nodes = base.nodes.map((n) =>
      n.id === 'Gateway/infra/gw#foo'
        ? { ...n, state: { level: 'error' as const, reason: 'Invalid' } }
        : n,
    );
    const missing = node('Service', 'shop', 'gone', {
      missing: true,
      state: { level: 'error', reason: 'NotFound' },
    });
    const bad = edge('backend', 'HTTPRoute/shop/store', missing.id, {
      state: { level: 'error', reason: 'BackendNotFound' },
    });
    const g = filterGraph(
      { nodes: [...nodes, missing], edges: [...base.edges, bad] },
      { ...NO_FILTER, onlyProblems: true },
    );
    expect(ids(g).sort()).toEqual(
      [
        'Gateway/infra/gw',
        'Gateway/infra/gw#foo',
        'HTTPRoute/shop/store',
        'Service/shop/gone',
      ].sort(),
    );
    expect(g.edges.map((e) => e.id)).toEqual([bad.id]);
  });

  it('lists namespaces and kinds in traffic order', () => {
    expect(facets(sampleGraph())).toEqual({
      namespaces: ['certs', 'infra', 'shop'],
      kinds: [
        'Hostname',
        'Gateway',
        'Secret',
        'ReferenceGrant',
        'HTTPRoute',
        'Service',
        'BackendTLSPolicy',
        'ConfigMap',
      ],
    });
  });

  it('keys each distinct filter', () => {
    const a = filterKey({ ...NO_FILTER, namespace: 'shop' });
    const b = filterKey({ ...NO_FILTER, namespace: 'shop', onlyProblems: true });
    expect(a).not.toBe(b);
    expect(filterKey({ ...NO_FILTER, hiddenKinds: new Set(['Secret', 'Service']) })).toBe(
      filterKey({ ...NO_FILTER, hiddenKinds: new Set(['Service', 'Secret']) }),
    );
  });
});

describe('searchGraph', () => {
  it('finds by name, by label and by hostname, case-insensitively', () => {
    const g = sampleGraph();
    expect(searchGraph(g, 'FOO-CERT')).toEqual(['Secret/infra/foo-cert']);
    expect(searchGraph(g, 'shop/store')).toEqual(['HTTPRoute/shop/store']);
    expect(searchGraph(g, 'store.example.com')).toContain('HTTPRoute/shop/store');
    expect(searchGraph(g, '  ')).toEqual([]);
  });

  it('finds the listener that serves a hostname, exact or by wildcard', () => {
    const g = sampleGraph();
    expect(searchGraph(g, 'foo.example.com')).toEqual(
      expect.arrayContaining([
        'Gateway/infra/gw#foo',
        'Hostname/infra/gw/443/foo.example.com',
        'Gateway/infra/gw#wild',
      ]),
    );
    expect(searchGraph(g, 'api.example.com')).toEqual([
      'Gateway/infra/gw#wild',
      'Hostname/infra/gw/443/*.example.com',
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { focusGraph, focusKey, focusName } from './focus';
import { edge, hostname, listener, node, sampleGraph } from './test-graph';

function twoGateways() {
  const g = sampleGraph();
  const other = node('Gateway', 'edge', 'other');
  const l = listener(other, 'web');
  const h = hostname(other, 'web.example.com');
  const s = node('Secret', 'edge', 'web-cert');
  const r = node('HTTPRoute', 'edge', 'web');
  return {
    nodes: [...g.nodes, other, l, h, s, r],
    edges: [
      ...g.edges,
      edge('serves', h.id, l.id),
      edge('certificate', l.id, s.id),
      edge('attaches', l.id, r.id),
      // The other Gateway's route also sends to the shop's Service.
      edge('backend', r.id, 'Service/shop/auth'),
    ],
  };
}

describe('focusGraph', () => {
  it('hands on the very graph when nothing is focused', () => {
    const g = sampleGraph();
    expect(focusGraph(g, undefined)).toBe(g);
    expect(focusKey(undefined)).toBe('');
  });

  it('shows a Gateway and what it touches: listeners, hostnames, certificates and their grants, routes onwards', () => {
    const g = twoGateways();
    const f = focusGraph(g, { type: 'owner', id: 'Gateway/infra/gw' });
    const ids = new Set(f.nodes.map((n) => n.id));
    for (const id of [
      'Gateway/infra/gw',
      'Gateway/infra/gw#foo',
      'Hostname/infra/gw/443/foo.example.com',
      'Secret/certs/wild-cert',
      'ReferenceGrant/certs/allow',
      'HTTPRoute/shop/store',
      'Service/shop/auth',
      'BackendTLSPolicy/shop/tls',
      'ConfigMap/shop/ca',
    ])
      expect(ids.has(id), id).toBe(true);
    // Not the other Gateway, nor its route that shares the Service.
    expect(ids.has('Gateway/edge/other')).toBe(false);
    expect(ids.has('HTTPRoute/edge/web')).toBe(false);
    for (const e of f.edges) expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
    expect(focusName({ type: 'owner', id: 'Gateway/infra/gw' }, g)).toBe('Gateway infra/gw');
  });

  it("shows a namespace with what leads to it (and the listener's Gateway and hostname) and what it leads to", () => {
    const g = twoGateways();
    const f = focusGraph(g, { type: 'namespace', namespace: 'shop' });
    const ids = new Set(f.nodes.map((n) => n.id));
    for (const id of [
      'HTTPRoute/shop/store',
      'Service/shop/auth',
      'ConfigMap/shop/ca',
      'Gateway/infra/gw#wild',
      'Gateway/infra/gw',
      'Hostname/infra/gw/443/*.example.com',
      'HTTPRoute/edge/web',
    ])
      expect(ids.has(id), id).toBe(true);
    // The Gateway's other listener is not part of it.
    expect(ids.has('Gateway/infra/gw#foo')).toBe(false);
    expect(ids.has('Secret/infra/foo-cert')).toBe(false);
  });
});

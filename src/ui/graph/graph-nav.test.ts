import { describe, expect, it } from 'vitest';
import { flowRects } from './flow-rects';
import { navigate, navIndex } from './graph-nav';
import type { NavTrail } from './graph-nav';
import { layoutGraph } from './layout';
import { edge, node, sampleGraph } from './test-graph';
import { toFlow } from './to-flow';

function index() {
  const g = sampleGraph();
  const second = node('HTTPRoute', 'shop', 'second');
  const graph = {
    nodes: [...g.nodes, second],
    edges: [...g.edges, edge('attaches', 'Gateway/infra/gw#wild', second.id)],
  };
  const flow = toFlow(graph, layoutGraph(graph));
  return navIndex(flow, flowRects(flow.nodes).rects);
}

describe('keyboard moves in the graph', () => {
  it('goes through nodes in reading order: namespace by namespace, column by column', () => {
    const { order } = index();
    expect(order.indexOf('Hostname/infra/gw/443/foo.example.com')).toBeLessThan(
      order.indexOf('Gateway/infra/gw'),
    );
    expect(order.indexOf('Gateway/infra/gw')).toBeLessThan(order.indexOf('Gateway/infra/gw#foo'));
    expect(order.indexOf('Secret/infra/foo-cert')).toBeLessThan(
      order.indexOf('Secret/certs/wild-cert'),
    );
    expect(order).not.toContain('tools:Gateway/infra/gw');
  });

  it('follows edges right and back left, and Down goes to the next of the same fan', () => {
    const ix = index();
    let trail: NavTrail | undefined;
    const go = (from: string, key: Parameters<typeof navigate>[2]) => {
      const m = navigate(ix, from, key, trail);
      trail = m?.trail;
      return m?.to;
    };
    // Hostname → its listener → its certificate.
    expect(go('Hostname/infra/gw/443/*.example.com', 'ArrowRight')).toBe('Gateway/infra/gw#wild');
    expect(go('Gateway/infra/gw#wild', 'ArrowRight')).toBe('Secret/certs/wild-cert');
    // The next thing the listener leads to: its routes.
    expect(go('Secret/certs/wild-cert', 'ArrowDown')).toBe('HTTPRoute/shop/store');
    expect(go('HTTPRoute/shop/store', 'ArrowDown')).toBe('HTTPRoute/shop/second');
    // Left goes back to where Right came from.
    expect(go('HTTPRoute/shop/second', 'ArrowLeft')).toBe('Gateway/infra/gw#wild');
    // A Gateway leads to its listeners; Up from a first listener is its Gateway.
    trail = undefined;
    expect(go('Gateway/infra/gw', 'ArrowRight')).toBe('Gateway/infra/gw#foo');
    trail = undefined;
    expect(go('Gateway/infra/gw#foo', 'ArrowUp')).toBe('Gateway/infra/gw');
    // Nowhere further right than a certificate.
    expect(navigate(ix, 'Secret/infra/foo-cert', 'ArrowRight', undefined)).toBeUndefined();
    expect(navigate(ix, 'Secret/infra/foo-cert', 'Home', undefined)?.to).toBe(ix.order[0]);
  });

  it('moves up and down a column across namespaces', () => {
    const ix = index();
    // The certificate column: infra's Secret, then certs' ReferenceGrant and Secret.
    expect(navigate(ix, 'Secret/infra/foo-cert', 'ArrowDown', undefined)?.to).toBe(
      'ReferenceGrant/certs/allow',
    );
  });
});

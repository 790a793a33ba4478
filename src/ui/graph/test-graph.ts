/** Builders of small graphs for the graph mappers' unit tests. */
import type { EdgeType, Graph, GraphEdge, GraphNode, NodeState, NodeType } from '../../core';

const OK: NodeState = { level: 'ok' };

export function node(
  type: NodeType,
  namespace: string,
  name: string,
  extra: Partial<GraphNode> = {},
): GraphNode {
  const id = `${type}/${namespace}/${name}`;
  return {
    id,
    type,
    namespace,
    name,
    label: `${type} ${namespace}/${name}`,
    details: [],
    state: OK,
    ...extra,
  };
}

export function listener(
  owner: GraphNode,
  name: string,
  extra: Partial<GraphNode> = {},
): GraphNode {
  return {
    id: `${owner.id}#${name}`,
    type: 'Listener',
    namespace: owner.namespace,
    name,
    label: `Listener ${name}`,
    details: ['HTTPS :443', `${name}.example.com`, '1 routes'],
    state: OK,
    parent: owner.id,
    hostnames: [`${name}.example.com`],
    ...extra,
  };
}

export function hostname(owner: GraphNode, host: string): GraphNode {
  return {
    id: `Hostname/${owner.namespace}/${owner.name}/443/${host}`,
    type: 'Hostname',
    namespace: owner.namespace,
    name: host,
    label: `Hostname ${host}:443`,
    details: [],
    state: OK,
    hostnames: [host],
  };
}

export function edge(
  type: EdgeType,
  source: string,
  target: string,
  extra: Partial<GraphEdge> = {},
): GraphEdge {
  return { id: `${type}:${source}->${target}`, type, source, target, state: OK, ...extra };
}

/**
 * A Gateway in `infra` with two listeners, their hostnames and Secrets (one in `certs`, allowed
 * by a ReferenceGrant), a route in `shop` to a Service with a BackendTLSPolicy and its CA.
 */
export function sampleGraph(): Graph {
  const gw = node('Gateway', 'infra', 'gw');
  const foo = listener(gw, 'foo');
  const wild = listener(gw, 'wild', { hostnames: ['*.example.com'] });
  const hFoo = hostname(gw, 'foo.example.com');
  const hWild = hostname(gw, '*.example.com');
  const s1 = node('Secret', 'infra', 'foo-cert');
  const s2 = node('Secret', 'certs', 'wild-cert');
  const grant = node('ReferenceGrant', 'certs', 'allow');
  const route = node('HTTPRoute', 'shop', 'store', { hostnames: ['store.example.com'] });
  const svc = node('Service', 'shop', 'auth');
  const pol = node('BackendTLSPolicy', 'shop', 'tls');
  const ca = node('ConfigMap', 'shop', 'ca');
  return {
    nodes: [gw, foo, hFoo, s1, wild, hWild, s2, grant, route, svc, pol, ca],
    edges: [
      edge('serves', hFoo.id, foo.id),
      edge('certificate', foo.id, s1.id),
      edge('serves', hWild.id, wild.id),
      edge('grant', grant.id, s2.id),
      edge('certificate', wild.id, s2.id, { grant: grant.id }),
      edge('attaches', wild.id, route.id, { label: 'store.example.com' }),
      edge('backend', route.id, svc.id, { label: ':443' }),
      edge('policy', svc.id, pol.id),
      edge('ca', pol.id, ca.id),
    ],
  };
}

/** About `objects` nodes in many namespaces, shaped like the benchmark workspace. */
export function bigGraph(objects: number): Graph {
  const nodes: GraphNode[] = [];
  const edges: GraphEdge[] = [];
  const gateways = Math.max(1, Math.round(objects / 50));
  for (let g = 0; g < gateways; g++) {
    const ns = `team-${g % 50}`;
    const gw = node('Gateway', ns, `gw${g}`);
    nodes.push(gw);
    for (let l = 0; l < 6; l++) {
      const li = listener(gw, `l${l}`);
      const h = hostname(gw, `h${l}.app${g}.example.com`);
      const s = node('Secret', 'certs', `gw${g}-s${l}`);
      nodes.push(li, h, s);
      edges.push(edge('serves', h.id, li.id), edge('certificate', li.id, s.id));
      for (let r = 0; r < 3; r++) {
        const route = node('HTTPRoute', ns, `gw${g}-l${l}-r${r}`);
        const svc = node('Service', ns, `gw${g}-l${l}-svc${r}`);
        nodes.push(route, svc);
        edges.push(edge('attaches', li.id, route.id), edge('backend', route.id, svc.id));
        if (r === 0) {
          const pol = node('BackendTLSPolicy', ns, `gw${g}-l${l}-tls`);
          nodes.push(pol);
          edges.push(edge('policy', svc.id, pol.id));
        }
      }
    }
  }
  return { nodes, edges };
}

/** `graph` with node `from` renamed to `to`, in place, with its edges and listeners following. */
export function renamed(graph: Graph, from: string, to: string): Graph {
  const id = (x: string) =>
    x === from ? to : x.startsWith(`${from}#`) ? to + x.slice(from.length) : x;
  return {
    nodes: graph.nodes.map((n) => ({
      ...n,
      id: id(n.id),
      ...(n.id === from
        ? { name: to.split(/[/#]/).pop() ?? n.name, label: `${n.type} ${to}` }
        : {}),
      ...(n.parent ? { parent: id(n.parent) } : {}),
    })),
    edges: graph.edges.map((e) => ({
      ...e,
      id: `${e.type}:${id(e.source)}->${id(e.target)}`,
      source: id(e.source),
      target: id(e.target),
    })),
  };
}

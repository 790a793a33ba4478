/**
 * Collapsed namespaces and Gateways: a namespace collapses into one node that counts what it
 * holds and shows its worst state; a Gateway or ListenerSet hides its listeners (and the
 * hostnames only they serve) and takes their worst state. Edges to what is hidden go to what
 * hides it, one edge per pair of ends (the worst state of those it stands for). Pure.
 */
import { countText } from '../../core';
import type { GraphEdge, GraphNode, NodeState, NodeType } from '../../core';
import { compareNames } from './layout-namespace';
import { isSummary, summaryId } from './view-graph';
import type { NamespaceSummary, ViewGraph, ViewNode } from './view-graph';

export interface Collapse {
  readonly namespaces: ReadonlySet<string>;
  /** Ids of Gateways and ListenerSets. */
  readonly owners: ReadonlySet<string>;
}

export const NO_COLLAPSE: Collapse = { namespaces: new Set(), owners: new Set() };

export function isCollapsing(c: Collapse): boolean {
  return c.namespaces.size > 0 || c.owners.size > 0;
}

/** A stable key of what is collapsed, to keep one layout per view. */
export function collapseKey(c: Collapse): string {
  if (!isCollapsing(c)) return '';
  return JSON.stringify([[...c.namespaces].sort(), [...c.owners].sort()]);
}

const rank = { ok: 0, warning: 1, error: 2 } as const;

/** The worse of two states (the first of equals). */
export function worse(a: NodeState, b: NodeState): NodeState {
  return rank[b.level] > rank[a.level] ? b : a;
}

/** Words for counts of kinds: "2 Gateways", "1 Secret", "3 HTTPRoutes". */
function counted(n: number, kind: string): string {
  return countText(n, kind, kind.endsWith('s') ? `${kind}es` : undefined);
}

const SUMMARY_ORDER: readonly NodeType[] = [
  'Gateway',
  'ListenerSet',
  'Listener',
  'Hostname',
  'Secret',
  'ReferenceGrant',
  'HTTPRoute',
  'GRPCRoute',
  'TLSRoute',
  'TCPRoute',
  'UDPRoute',
  'Service',
  'BackendTLSPolicy',
  'ConfigMap',
];

const SHORT: Partial<Record<NodeType, string>> = {
  Listener: 'listener',
  Hostname: 'hostname',
  BackendTLSPolicy: 'BackendTLSPolicy',
};

function summarize(namespace: string, nodes: readonly GraphNode[]): NamespaceSummary {
  const counts = new Map<NodeType, number>();
  let state: NodeState = { level: 'ok' };
  let problems = 0;
  for (const n of nodes) {
    counts.set(n.type, (counts.get(n.type) ?? 0) + 1);
    state = worse(state, n.state);
    if (n.state.level !== 'ok') problems++;
  }
  const kinds = SUMMARY_ORDER.filter((k) => counts.has(k));
  const parts = kinds.map((k) => counted(counts.get(k) ?? 0, SHORT[k] ?? k));
  const total = nodes.length - (counts.get('Listener') ?? 0) - (counts.get('Hostname') ?? 0);
  const name = namespace || '(cluster)';
  return {
    id: summaryId(namespace),
    type: 'Namespace',
    namespace,
    name,
    label: `Namespace ${name}, collapsed`,
    details: [
      `${counted(total, 'object')}${problems ? ` · ${counted(problems, 'problem')}` : ''}`,
      parts.join(' · '),
    ],
    state,
    total,
    counts: kinds.map((k) => [k, counts.get(k) ?? 0] as const),
    problems,
  };
}

/** The graph with what `c` collapses hidden behind the nodes that stand for it. */
export function collapseGraph(graph: ViewGraph, c: Collapse): ViewGraph {
  if (!isCollapsing(c)) return graph;
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  // Hidden node → the node that stands for it.
  const rep = new Map<string, string>();
  const inNamespace = new Map<string, GraphNode[]>();
  for (const n of graph.nodes) {
    if (isSummary(n)) continue;
    if (c.namespaces.has(n.namespace)) {
      rep.set(n.id, summaryId(n.namespace));
      const list = inNamespace.get(n.namespace);
      if (list) list.push(n);
      else inNamespace.set(n.namespace, [n]);
    } else if (n.type === 'Listener' && n.parent && c.owners.has(n.parent) && byId.has(n.parent))
      rep.set(n.id, n.parent);
  }
  // A hostname goes with the collapsed owner(s) of the listeners it serves, if it serves no other.
  const hostOwner = new Map<string, string | null>();
  for (const e of graph.edges) {
    if (e.type !== 'serves' || rep.has(e.source)) continue;
    const owner = rep.get(e.target);
    const was = hostOwner.get(e.source);
    if (!owner || !c.owners.has(owner)) hostOwner.set(e.source, null);
    else if (was === undefined) hostOwner.set(e.source, owner);
    else if (was !== owner) hostOwner.set(e.source, null);
  }
  for (const [host, owner] of hostOwner) if (owner) rep.set(host, owner);

  // Collapsed owners: their own state and that of what they hide; counts of it.
  const hiddenBy = new Map<string, GraphNode[]>();
  for (const [id, by] of rep) {
    if (!c.owners.has(by)) continue;
    const n = byId.get(id);
    if (!n || isSummary(n)) continue;
    const list = hiddenBy.get(by);
    if (list) list.push(n);
    else hiddenBy.set(by, [n]);
  }
  const nodes: ViewNode[] = [];
  const summaries = [...inNamespace.keys()].sort(compareNames);
  for (const ns of summaries) nodes.push(summarize(ns, inNamespace.get(ns) ?? []));
  for (const n of graph.nodes) {
    if (rep.has(n.id)) continue;
    const hidden = hiddenBy.get(n.id);
    if (!hidden || isSummary(n)) {
      nodes.push(n);
      continue;
    }
    let state = n.state;
    for (const h of hidden) state = worse(state, h.state);
    const listeners = hidden.filter((h) => h.type === 'Listener').length;
    const hosts = hidden.length - listeners;
    nodes.push({
      ...n,
      state,
      details: [
        `collapsed: ${counted(listeners, 'listener')}${hosts ? `, ${counted(hosts, 'hostname')}` : ''}`,
        ...n.details,
      ],
    });
  }

  const edges: GraphEdge[] = [];
  const merged = new Map<string, { edge: GraphEdge; count: number; at: number }>();
  for (const e of graph.edges) {
    const source = rep.get(e.source) ?? e.source;
    const target = rep.get(e.target) ?? e.target;
    if (source === target) continue;
    if (source === e.source && target === e.target) {
      edges.push(e);
      continue;
    }
    const id = `${e.type}:${source}->${target}`;
    const m = merged.get(id);
    if (!m) {
      merged.set(id, { edge: { ...e, id, source, target }, count: 1, at: edges.length });
      edges.push(e); // its place, filled in below
    } else {
      m.count++;
      m.edge = { ...m.edge, state: worse(m.edge.state, e.state) };
    }
  }
  for (const { edge, count, at } of merged.values())
    edges[at] = count === 1 ? edge : { ...edge, grant: undefined, label: `${count} references` };
  return { nodes, edges };
}

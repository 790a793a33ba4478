/**
 * Focus on a Gateway (or ListenerSet) or a namespace: just it and what it touches. From the
 * focused objects, everything downstream in traffic order (listeners, certificates, routes,
 * Services, upstream TLS), and one step upstream (the hostnames served, the ReferenceGrants
 * that permit a reference, the listeners routes attach to, with their Gateway). Pure.
 */
import type { Graph, GraphEdge, GraphNode } from '../../core';

export type Focus =
  | { readonly type: 'namespace'; readonly namespace: string }
  | { readonly type: 'owner'; readonly id: string };

export function focusKey(f: Focus | undefined): string {
  return !f ? '' : f.type === 'namespace' ? `ns:${f.namespace}` : `owner:${f.id}`;
}

/** Words for what is focused: "namespace infra", "Gateway infra/edge". */
export function focusName(f: Focus, graph: Graph | undefined): string {
  if (f.type === 'namespace') return `namespace ${f.namespace || '(cluster)'}`;
  const n = graph?.nodes.find((x) => x.id === f.id);
  return n ? `${n.type} ${n.namespace}/${n.name}` : f.id;
}

export function focusGraph(graph: Graph, f: Focus | undefined): Graph {
  if (!f) return graph;
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const out = new Map<string, GraphEdge[]>();
  const into = new Map<string, GraphEdge[]>();
  const children = new Map<string, string[]>();
  for (const e of graph.edges) {
    push(out, e.source, e);
    push(into, e.target, e);
  }
  for (const n of graph.nodes) if (n.parent) push(children, n.parent, n.id);

  const seeds =
    f.type === 'namespace'
      ? graph.nodes.filter((n) => n.namespace === f.namespace)
      : [byId.get(f.id)].filter((n): n is GraphNode => !!n);
  if (seeds.length === 0) return { nodes: [], edges: [] };

  const keep = new Set<string>();
  const queue: string[] = [];
  const visit = (id: string) => {
    if (keep.has(id) || !byId.has(id)) return;
    keep.add(id);
    queue.push(id);
  };
  for (const s of seeds) {
    visit(s.id);
    for (const c of children.get(s.id) ?? []) visit(c);
  }
  // Downstream: everything the focused objects lead to. A ListenerSet leads to its Gateway
  // (drawn for context, without its other listeners); an owner reached otherwise is its own.
  for (let i = 0; i < queue.length; i++) {
    const id = queue[i] as string;
    for (const e of out.get(id) ?? []) visit(e.target);
    // ListenerSets that attach to a focused Gateway are part of it.
    if (f.type === 'owner' && id === f.id)
      for (const e of into.get(id) ?? [])
        if (e.type === 'parent') {
          visit(e.source);
          for (const c of children.get(e.source) ?? []) visit(c);
        }
  }
  // One step upstream of what is kept: who serves, permits or attaches to it.
  const seedIds = new Set(seeds.map((s) => s.id));
  // (Each step looks at what was kept before it: nothing it adds is followed further.)
  for (const id of Array.from(keep))
    for (const e of into.get(id) ?? [])
      if (e.type === 'serves' || e.type === 'grant' || seedIds.has(id)) keep.add(e.source);
  // A listener is drawn inside its owner.
  for (const id of Array.from(keep)) {
    const parent = byId.get(id)?.parent;
    if (parent && byId.has(parent)) keep.add(parent);
  }
  // Hostnames of the listeners kept that way, so every kept listener still says what it serves.
  for (const id of Array.from(keep))
    if (byId.get(id)?.type === 'Listener')
      for (const e of into.get(id) ?? []) if (e.type === 'serves') keep.add(e.source);
  return {
    nodes: graph.nodes.filter((n) => keep.has(n.id)),
    edges: graph.edges.filter((e) => keep.has(e.source) && keep.has(e.target)),
  };
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

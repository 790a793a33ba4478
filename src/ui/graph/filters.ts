/** What the graph shows: filters (namespace, kinds, only problems) and search. Pure. */
import type { Graph, GraphNode, NodeType } from '../../core';
import { NODE_TYPES } from '../../core/graph/types';
import { compareNames } from './layout-namespace';
import { nodeIndex } from './node-index';

export interface GraphFilter {
  /** Only this namespace; undefined for all. */
  readonly namespace?: string;
  /** Kinds hidden (listeners follow their Gateway or ListenerSet). */
  readonly hiddenKinds: ReadonlySet<NodeType>;
  /** Only objects with a warning or error, the ends of failing references, and their owners. */
  readonly onlyProblems: boolean;
}

export const NO_FILTER: GraphFilter = { hiddenKinds: new Set(), onlyProblems: false };

export function isFiltering(f: GraphFilter): boolean {
  return f.namespace !== undefined || f.hiddenKinds.size > 0 || f.onlyProblems;
}

/** A stable key of a filter, to keep one layout per view. */
export function filterKey(f: GraphFilter): string {
  if (!isFiltering(f)) return 'all';
  return JSON.stringify([f.namespace ?? null, [...f.hiddenKinds].sort(), f.onlyProblems]);
}

/** The kind a node is filtered by: a listener goes with its owner. */
function kindOf(n: GraphNode, byId: ReadonlyMap<string, GraphNode>): NodeType {
  return n.type === 'Listener' && n.parent ? (byId.get(n.parent)?.type ?? n.type) : n.type;
}

/** The part of the graph a filter shows (the same graph object when nothing is filtered). */
export function filterGraph(graph: Graph, f: GraphFilter): Graph {
  if (!isFiltering(f)) return graph;
  const byId = nodeIndex(graph);
  const passes = (n: GraphNode) =>
    (f.namespace === undefined || n.namespace === f.namespace) &&
    !f.hiddenKinds.has(kindOf(n, byId));
  let keep = new Set(graph.nodes.filter(passes).map((n) => n.id));
  if (f.onlyProblems) {
    const problems = new Set(
      graph.nodes.filter((n) => keep.has(n.id) && n.state.level !== 'ok').map((n) => n.id),
    );
    for (const e of graph.edges)
      if (e.state.level !== 'ok' && keep.has(e.source) && keep.has(e.target)) {
        problems.add(e.source);
        problems.add(e.target);
      }
    keep = problems;
  }
  // A listener is drawn inside its owner: keep the owner of every kept listener.
  for (const n of graph.nodes)
    if (keep.has(n.id) && n.parent && byId.has(n.parent)) keep.add(n.parent);
  return {
    nodes: graph.nodes.filter((n) => keep.has(n.id)),
    edges: graph.edges.filter((e) => keep.has(e.source) && keep.has(e.target)),
  };
}

/** Namespaces and kinds present, sorted, for the filter controls. */
export function facets(graph: Graph): { namespaces: string[]; kinds: NodeType[] } {
  const namespaces = new Set<string>();
  const kinds = new Set<NodeType>();
  for (const n of graph.nodes) {
    namespaces.add(n.namespace);
    if (n.type !== 'Listener') kinds.add(n.type);
  }
  return {
    namespaces: [...namespaces].sort(compareNames),
    kinds: KIND_ORDER.filter((k) => kinds.has(k)),
  };
}

/** Kinds in traffic order. */
export const KIND_ORDER: readonly NodeType[] = NODE_TYPES.filter((k) => k !== 'Listener');

/** Does a served hostname pattern answer `host`? A leading `*.` matches one or more labels. */
function hostMatches(pattern: string, host: string): boolean {
  if (!pattern.startsWith('*.')) return false;
  const suffix = pattern.slice(1);
  return host.length > suffix.length && host.endsWith(suffix);
}

/**
 * Ids of nodes matching a search, in graph order: the text in the name or the accessible label,
 * a hostname containing it, or a wildcard hostname that would serve it.
 */
export function searchGraph(
  graph: {
    readonly nodes: readonly {
      readonly id: string;
      readonly name: string;
      readonly label: string;
      readonly hostnames?: readonly string[];
    }[];
  },
  query: string,
): string[] {
  const q = query.trim().toLowerCase();
  if (!q) return [];
  return graph.nodes
    .filter(
      (n) =>
        n.name.toLowerCase().includes(q) ||
        n.label.toLowerCase().includes(q) ||
        (n.hostnames ?? []).some((h) => {
          const host = h.toLowerCase();
          return host.includes(q) || hostMatches(host, q);
        }),
    )
    .map((n) => n.id);
}

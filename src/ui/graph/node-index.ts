import type { Graph, GraphNode } from '../../core';

const indexes = new WeakMap<Graph, ReadonlyMap<string, GraphNode>>();

/**
 * A graph's nodes by id, made once per graph: the graph view, the filters and the Inspector
 * all look nodes up in the same result, and at 10,000 objects each index costs milliseconds.
 */
export function nodeIndex(graph: Graph): ReadonlyMap<string, GraphNode> {
  let index = indexes.get(graph);
  if (!index) indexes.set(graph, (index = new Map(graph.nodes.map((n) => [n.id, n]))));
  return index;
}

import type { Flow } from './to-flow';

/** Positions in a flow's lists. */
export interface FlowChanges {
  readonly nodes: readonly number[];
  readonly edges: readonly number[];
}

/**
 * Where `after` holds other items than `before`, when each of those is where its predecessor
 * was: a node with the same id, place, size and owner; an edge with the same id between the
 * same ends. Then everything worked out from places (rectangles, the window around the view)
 * holds for `after` as it did for `before`. Undefined when anything moved, came or went.
 */
export function changesInPlace(before: Flow, after: Flow): FlowChanges | undefined {
  if (before.nodes.length !== after.nodes.length || before.edges.length !== after.edges.length)
    return undefined;
  const nodes: number[] = [];
  const edges: number[] = [];
  for (let i = 0; i < after.nodes.length; i++) {
    const a = before.nodes[i];
    const b = after.nodes[i];
    if (a === b) continue;
    if (
      !a ||
      !b ||
      a.id !== b.id ||
      a.parentId !== b.parentId ||
      a.position.x !== b.position.x ||
      a.position.y !== b.position.y ||
      a.width !== b.width ||
      a.height !== b.height
    )
      return undefined;
    nodes.push(i);
  }
  for (let i = 0; i < after.edges.length; i++) {
    const a = before.edges[i];
    const b = after.edges[i];
    if (a === b) continue;
    if (!a || !b || a.id !== b.id || a.source !== b.source || a.target !== b.target)
      return undefined;
    edges.push(i);
  }
  return { nodes, edges };
}

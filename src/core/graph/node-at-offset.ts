import type { GraphNode } from './types';

/**
 * The graph node under the cursor: the smallest node whose source range in `file` contains
 * `offset` (a listener rather than its Gateway). Nodes without a range (missing referents,
 * hostnames) are never picked.
 */
export function nodeAtOffset(
  nodes: readonly GraphNode[],
  file: string,
  offset: number,
): GraphNode | undefined {
  let best: GraphNode | undefined;
  let bestSize = Infinity;
  for (const node of nodes) {
    const r = node.range;
    if (!r || r.file !== file || offset < r.start || offset > r.end) continue;
    const size = r.end - r.start;
    if (size < bestSize) {
      best = node;
      bestSize = size;
    }
  }
  return best;
}

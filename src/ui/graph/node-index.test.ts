import { describe, expect, it } from 'vitest';
import { nodeIndex } from './node-index';
import { bigGraph } from './test-graph';

describe('nodeIndex', () => {
  it('indexes every node of a graph by id, once per graph', () => {
    const g = bigGraph(50);
    const index = nodeIndex(g);
    expect(index.size).toBe(g.nodes.length);
    for (const n of g.nodes) expect(index.get(n.id)).toBe(n);
    expect(nodeIndex(g)).toBe(index);
    const next = { ...g, nodes: g.nodes.slice(1) };
    expect(nodeIndex(next)).not.toBe(index);
    expect(nodeIndex(next).has(g.nodes[0]!.id)).toBe(false);
  });
});

/**
 * Graph nodes and edges are named for screen readers by what they are, then their state, so
 * a person who cannot see the colours hears it: `Listener shop. Warning: CERT_…`.
 */
import { describe, expect, it } from 'vitest';
import { analyzeWorkspace } from '../../core';
import { sampleIndex, openSample } from '../../worker/testdata/open-sample';
import { edgeAriaLabel } from './edge-text';
import { nodeAriaLabel, stateWords } from './nodes/state-text';

const now = new Date('2031-03-04T05:06:07Z');
const ends = /\. (OK|Error: \S+|Warning: \S+)$/;

describe('accessible names of the graph', async () => {
  const graphs = await Promise.all(
    sampleIndex().map(async (s) => ({
      sample: s.id,
      graph: analyzeWorkspace(await openSample(s.id, now), { now }).graph(),
    })),
  );

  it('the samples have nodes and edges in every state', () => {
    const levels = new Set(
      graphs.flatMap(({ graph }) => [...graph.nodes, ...graph.edges].map((x) => x.state.level)),
    );
    expect([...levels].sort()).toEqual(['error', 'ok', 'warning']);
  });

  it('every node is named by its label, then its state', () => {
    for (const { sample, graph } of graphs)
      for (const n of graph.nodes) {
        const name = nodeAriaLabel(n);
        expect(name, sample).toMatch(ends);
        expect(name).toBe(`${n.label}. ${stateWords(n.state)}`);
      }
  });

  it('every edge is named by its ends and relation, then its state', () => {
    for (const { sample, graph } of graphs) {
      const label = new Map(graph.nodes.map((n) => [n.id, n.label]));
      for (const e of graph.edges) {
        const name = edgeAriaLabel(
          e,
          label.get(e.source) ?? e.source,
          label.get(e.target) ?? e.target,
        );
        expect(name, sample).toMatch(ends);
        expect(name.endsWith(`. ${stateWords(e.state)}`)).toBe(true);
        // The ends are named without their own states.
        expect(name.startsWith(`${label.get(e.source)} `), name).toBe(true);
      }
    }
  });

  it('a state names its reason', () => {
    expect(stateWords({ level: 'ok' })).toBe('OK');
    expect(stateWords({ level: 'warning', reason: 'CERT_HOSTNAME_NOT_COVERED' })).toBe(
      'Warning: CERT_HOSTNAME_NOT_COVERED',
    );
    expect(stateWords({ level: 'error', reason: 'CERT_EXPIRED' })).toBe('Error: CERT_EXPIRED');
  });
});

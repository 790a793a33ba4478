import { describe, expect, it } from 'vitest';
import { layoutGraph } from './layout';
import { canvasClass, markFlow } from './mark-flow';
import { sampleGraph } from './test-graph';
import { toFlow } from './to-flow';

const flow = () => {
  const g = sampleGraph();
  return toFlow(g, layoutGraph(g));
};
const serves = 'serves:Hostname/infra/gw/443/foo.example.com->Gateway/infra/gw#foo';

describe('markFlow', () => {
  it('returns the flow itself when nothing is marked', () => {
    const f = flow();
    expect(markFlow(f, {})).toBe(f);
    expect(canvasClass({})).toBe('');
  });

  it('selects one node and names it current, leaving every other node object untouched', () => {
    const f = flow();
    const m = markFlow(f, { selectedId: 'Secret/infra/foo-cert' });
    const changed = m.nodes.filter((n, i) => n !== f.nodes[i]);
    expect(changed.map((n) => n.id)).toEqual(['Secret/infra/foo-cert']);
    expect(changed[0]).toMatchObject({ selected: true, domAttributes: { 'aria-current': true } });
    expect(m.edges).toBe(f.edges);
  });

  it('lights up the SNI path and lets the canvas dim the rest', () => {
    const f = flow();
    const lit = {
      nodes: new Set(['Hostname/infra/gw/443/foo.example.com', 'Gateway/infra/gw#foo']),
      edges: new Set([serves]),
    };
    const m = markFlow(f, { lit });
    const listener = m.nodes.find((n) => n.id === 'Gateway/infra/gw#foo');
    expect(listener?.className).toBe('gt-lit');
    expect(listener?.data).toMatchObject({ lit: true });
    const edge = m.edges.find((e) => e.id === serves);
    expect(edge).toMatchObject({ className: 'gt-lit', data: { lit: true } });
    expect(m.edges.filter((e, i) => e !== f.edges[i])).toHaveLength(1);
    expect(canvasClass({ lit })).toBe('is-lighting');
  });

  it('marks search matches', () => {
    const matches = new Set(['Gateway/infra/gw#foo', 'HTTPRoute/shop/store']);
    const m = markFlow(flow(), { matches });
    expect(
      m.nodes
        .filter((n) => n.className === 'gt-match')
        .map((n) => n.id)
        .sort(),
    ).toEqual([...matches].sort());
    expect(canvasClass({ matches })).toBe('is-searching');
  });
});

import { describe, expect, it } from 'vitest';
import { DeltaDecoder, DeltaEncoder, sameJson, transferables } from './delta';
import { WorkspaceHost } from './host';
import { PartJoiner, toPosts } from './parts';
import type { WorkerMessage, WorkerResponse } from './protocol';

function gateway(listeners: string): string {
  return `apiVersion: gateway.networking.k8s.io/v1
kind: Gateway
metadata: {name: gw, namespace: infra}
spec:
  gatewayClassName: example
  listeners:
${listeners}---
apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata: {name: shop, namespace: infra}
spec:
  parentRefs: [{name: gw}]
  hostnames: [shop.example.com]
  rules: [{backendRefs: [{name: shop, port: 80}]}]
---
apiVersion: v1
kind: Service
metadata: {name: shop, namespace: infra}
spec: {ports: [{port: 80}]}
`;
}

const versions = [
  gateway('  - {name: http, port: 80, protocol: HTTP}\n'),
  // A comment above everything: every range moves, nothing else changes.
  `# edge\n${gateway('  - {name: http, port: 80, protocol: HTTP}\n')}`,
  `# edge\n${gateway('  - {name: http1, port: 80, protocol: HTTP}\n  - {name: www, port: 8080, protocol: HTTP, hostname: www.example.com}\n')}`,
  gateway(''),
  'not: [valid',
  gateway('  - {name: http, port: 80, protocol: HTTP}\n'),
];

/** What the worker would answer for each version, as plain JSON. */
function analyses(): WorkerResponse[] {
  const host = new WorkspaceHost();
  return versions.map((text, i) =>
    host.handle({
      type: 'analyze',
      id: i + 1,
      revision: i + 1,
      files: [{ path: 'a.yaml', text }],
      now: '2027-01-01T00:00:00Z',
    }),
  );
}

/** Through the boundary as the worker sends it: encoded, sliced, cloned, joined, decoded. */
function across(responses: WorkerResponse[], slice = 3): WorkerResponse[] {
  const encoder = new DeltaEncoder();
  const joiner = new PartJoiner();
  const decoder = new DeltaDecoder();
  const out: WorkerResponse[] = [];
  for (const r of responses) {
    const encoded = encoder.encode(r);
    for (const [m, transfer] of toPosts(encoded, slice)) {
      const whole = joiner.take(structuredClone(m, { transfer }) as WorkerMessage);
      if (whole) out.push(decoder.decode(whole));
    }
  }
  return out;
}

describe('results as changes', () => {
  it('arrive equal to what the worker computed, edit after edit', () => {
    const sent = analyses();
    const plain = JSON.parse(JSON.stringify(sent)) as unknown;
    expect(across(sent)).toEqual(plain);
    expect(across(sent, 1000)).toEqual(plain);
  });

  it('carry only what changed: moved ranges travel in the range table', () => {
    const [a, b] = analyses();
    const encoder = new DeltaEncoder();
    const first = encoder.encode(a as WorkerResponse);
    const second = encoder.encode(b as WorkerResponse);
    if (first.type !== 'analysis' || second.type !== 'analysis') throw new Error('not analyses');
    expect(first.result.graph.nodes.length).toBeGreaterThan(3);
    expect(second.result.graph.nodes).toEqual([]);
    expect(second.result.graph.edges).toEqual([]);
    expect(second.delta?.base).toBe(0);
    expect([...(second.delta?.orders['graph.nodes'] ?? [])].every((o) => o >= 0)).toBe(true);
  });

  it('give out the very same node objects for nodes whose body and range did not change', () => {
    const [a] = analyses();
    const out = across([a, a, analyses()[1]] as WorkerResponse[]);
    const nodes = (r: WorkerResponse | undefined) =>
      r?.type === 'analysis' ? r.result.graph.nodes : [];
    const [first, same, moved] = out.map(nodes);
    expect(same).toEqual(first);
    expect(same?.every((n, i) => n === first?.[i])).toBe(true);
    // Every range moved (a comment above everything): new node objects with the new ranges.
    expect(moved?.some((n, i) => n === first?.[i] && n.range)).toBe(false);
    expect(moved?.find((n) => n.range)?.range?.line).toBe(
      (first?.find((n) => n.range)?.range?.line ?? 0) + 1,
    );
  });

  it('refuse changes to a result the page does not have', () => {
    const encoder = new DeltaEncoder();
    const [a, b] = analyses();
    encoder.encode(a as WorkerResponse);
    const change = encoder.encode(b as WorkerResponse);
    expect(() => new DeltaDecoder().decode(change)).toThrow();
  });

  it('leave other responses alone', () => {
    const sni = { type: 'sni', id: 1, revision: 1, answer: null } as const;
    expect(new DeltaEncoder().encode(sni)).toBe(sni);
    expect(new DeltaDecoder().decode(sni)).toBe(sni);
    expect(transferables(sni)).toEqual([]);
  });
});

describe('sameJson', () => {
  it('compares JSON values deeply, leaving out one property of the top object', () => {
    expect(sameJson({ a: [1, { b: 'x' }], c: null }, { c: null, a: [1, { b: 'x' }] })).toBe(true);
    expect(sameJson({ a: [1, 2] }, { a: [1, 2, 3] })).toBe(false);
    expect(sameJson({ a: 1, range: { start: 1 } }, { a: 1, range: { start: 2 } })).toBe(false);
    expect(sameJson({ a: 1, range: { start: 1 } }, { a: 1, range: { start: 2 } }, 'range')).toBe(
      true,
    );
    expect(sameJson({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(sameJson({ a: 1 }, { a: 1, b: 2 })).toBe(false);
    expect(sameJson([], {})).toBe(false);
    expect(sameJson('1', 1)).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { WorkspaceHost } from './host';
import { PartJoiner, toMessages } from './parts';
import type { WorkerMessage } from './protocol';

/** A workspace with many objects: one Gateway and 30 routes, each to its own Service. */
function workspace(): string {
  const docs = [
    `apiVersion: gateway.networking.k8s.io/v1
kind: Gateway
metadata: {name: gw, namespace: infra}
spec:
  gatewayClassName: example
  listeners:
  - {name: http, port: 80, protocol: HTTP, allowedRoutes: {namespaces: {from: All}}}
`,
  ];
  for (let i = 0; i < 30; i++)
    docs.push(`apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata: {name: r${i}, namespace: apps}
spec:
  parentRefs: [{name: gw, namespace: infra}]
  hostnames: [h${i}.example.com]
  rules: [{backendRefs: [{name: missing-${i}, port: 80}]}]
`);
  return docs.join('---\n');
}

function analysis() {
  return new WorkspaceHost().handle({
    type: 'analyze',
    id: 4,
    revision: 9,
    files: [{ path: 'a.yaml', text: workspace() }],
    now: '2027-01-01T00:00:00Z',
  });
}

describe('a result in parts', () => {
  it('comes back whole, equal to the result sent', () => {
    const response = analysis();
    const messages = toMessages(response, 7);
    expect(messages.length).toBeGreaterThan(10);
    const joiner = new PartJoiner();
    // What crosses the boundary is cloned: compare the JSON of what arrives.
    const arrived = messages.map((m) => joiner.take(structuredClone(m) as WorkerMessage));
    expect(arrived.slice(0, -1).every((r) => r === undefined)).toBe(true);
    expect(arrived.at(-1)).toEqual(JSON.parse(JSON.stringify(response)));
  });

  it('never puts more than a slice of a list in one message', () => {
    for (const m of toMessages(analysis(), 7)) {
      if (m.type === 'part') expect(m.items.length).toBeLessThanOrEqual(7);
      else if (m.type === 'analysis') {
        expect(m.result.graph.nodes).toEqual([]);
        expect(m.result.status).toEqual([]);
      }
    }
  });

  it('sends a small result, and every other response, as one message', () => {
    const response = analysis();
    expect(toMessages(response, 10_000)).toEqual([response]);
    const sni = { type: 'sni', id: 1, revision: 1, answer: null } as const;
    expect(toMessages(sni, 1)).toEqual([sni]);
    expect(new PartJoiner().take(sni)).toBe(sni);
  });

  it('keeps the slices of interleaved requests apart', () => {
    const a = toMessages(analysis(), 5);
    const b = toMessages({ ...analysis(), id: 5 } as ReturnType<typeof analysis>, 5);
    const joiner = new PartJoiner();
    const out: unknown[] = [];
    for (let i = 0; i < Math.max(a.length, b.length); i++)
      for (const m of [a[i], b[i]]) if (m) out.push(joiner.take(m));
    const whole = out.filter(Boolean) as { id: number }[];
    expect(whole.map((r) => r.id).sort()).toEqual([4, 5]);
  });
});

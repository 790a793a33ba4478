import { describe, expect, it } from 'vitest';
import { WorkspaceHost } from './host';

const gateway = `apiVersion: gateway.networking.k8s.io/v1
kind: Gateway
metadata: {name: gw, namespace: infra}
spec:
  gatewayClassName: example
  listeners:
  - {name: http, port: 80, protocol: HTTP, hostname: shop.example.com}
`;

describe('WorkspaceHost', () => {
  it('answers analyze with plain JSON for the revision asked', () => {
    const host = new WorkspaceHost();
    const r = host.handle({
      type: 'analyze',
      id: 1,
      revision: 7,
      files: [{ path: 'a.yaml', text: gateway }],
      now: '2027-01-01T00:00:00Z',
    });
    expect(r.type).toBe('analysis');
    if (r.type !== 'analysis') return;
    expect(r.result.revision).toBe(7);
    expect(JSON.parse(JSON.stringify(r.result.graph))).toEqual(r.result.graph);
    expect(r.result.graph.nodes.map((n) => n.label)).toContain('Listener http');
  });

  it('answers SNI lookups against the latest analysis', () => {
    const host = new WorkspaceHost();
    host.handle({
      type: 'analyze',
      id: 1,
      revision: 1,
      files: [{ path: 'a.yaml', text: gateway }],
      now: '2027-01-01T00:00:00Z',
    });
    const r = host.handle({
      type: 'sni',
      id: 2,
      revision: 1,
      gateway: { namespace: 'infra', name: 'gw' },
      port: 80,
      host: 'shop.example.com',
    });
    expect(r).toMatchObject({ type: 'sni', answer: { listener: 'http' } });
  });

  it('follows the focused listener while its name is typed, and carries its status', () => {
    const host = new WorkspaceHost();
    const analyze = (text: string, revision: number, focus: string, offset: number) =>
      host.handle({
        type: 'analyze',
        id: revision,
        revision,
        files: [{ path: 'a.yaml', text }],
        now: '2027-01-01T00:00:00Z',
        focus,
        focusAt: { file: 'a.yaml', offset },
      });
    const first = analyze(gateway, 1, 'Gateway/infra/gw#http', 0);
    if (first.type !== 'analysis') throw new Error(first.type);
    const listener = first.result.graph.nodes.find((n) => n.id === 'Gateway/infra/gw#http');
    const start = listener?.range?.start ?? -1;
    expect(start).toBeGreaterThan(0);
    // "http" becomes "https": the old id is gone, the listener is followed by where it starts.
    const renamed = analyze(
      gateway.replace('name: http,', 'name: https,'),
      2,
      'Gateway/infra/gw#http',
      start,
    );
    expect(renamed).toMatchObject({ result: { focus: 'Gateway/infra/gw#https' } });
    if (renamed.type !== 'analysis') return;
    expect(renamed.result.status.map((s) => s.metadata.name)).toEqual(['gw']);
    // With the text the Inspector shows, so the page need not read the file for it.
    expect(renamed.result.focusSource).toBe(
      '  - {name: https, port: 80, protocol: HTTP, hostname: shop.example.com}',
    );
    // An object of another kind now there is not the focused one: the focus stays as asked.
    const other = analyze(gateway, 3, 'HTTPRoute/infra/gone', start);
    expect(other).toMatchObject({ result: { focus: 'HTTPRoute/infra/gone', status: [] } });
  });

  it('never throws on hostile input', () => {
    const host = new WorkspaceHost();
    const r = host.handle({
      type: 'analyze',
      id: 1,
      revision: 1,
      files: [{ path: 'x', text: 'a: &a [*a' }],
      now: 'not a date',
    });
    expect(['analysis', 'error']).toContain(r.type);
  });
});

describe('the status of the focused object', () => {
  it('comes with an analysis, and on request for another object', () => {
    const host = new WorkspaceHost();
    const r = host.handle({
      type: 'analyze',
      id: 1,
      revision: 3,
      files: [{ path: 'a.yaml', text: gateway }],
      now: '2027-01-01T00:00:00Z',
      focus: 'Gateway/infra/gw#http',
    });
    if (r.type !== 'analysis') throw new Error(r.type);
    expect(r.result.focus).toBe('Gateway/infra/gw#http');
    expect(r.result.status.map((s) => `${s.kind}/${s.metadata.name}`)).toEqual(['Gateway/gw']);

    const none = host.handle({ type: 'status', id: 2, revision: 3, focus: 'Service/infra/x' });
    expect(none).toMatchObject({ type: 'status', revision: 3, status: [] });
    const gw = host.handle({ type: 'status', id: 3, revision: 3, focus: 'Gateway/infra/gw' });
    expect(gw).toMatchObject({ type: 'status', revision: 3, focus: 'Gateway/infra/gw' });
    if (gw.type !== 'status') return;
    expect(gw.status[0]?.status).toHaveProperty('listeners');
  });

  it('is left out without a focus', () => {
    const r = new WorkspaceHost().handle({
      type: 'analyze',
      id: 1,
      revision: 1,
      files: [{ path: 'a.yaml', text: gateway }],
      now: '2027-01-01T00:00:00Z',
    });
    expect(r).toMatchObject({ type: 'analysis', result: { status: [] } });
  });
});

describe('the clock', () => {
  it('is read to the minute, so an edit within a minute reuses what only the clock could change', () => {
    const host = new WorkspaceHost();
    // The Gateway stays as it is; another file changes.
    const at = (now: string, other: string) => {
      const r = host.handle({
        type: 'analyze',
        id: 1,
        revision: 1,
        files: [
          { path: 'a.yaml', text: gateway },
          { path: 'b.yaml', text: other },
        ],
        now,
      });
      if (r.type !== 'analysis') throw new Error(r.type);
      return r.result.serving.gateways[0];
    };
    const first = at('2027-01-01T10:00:05Z', '# one\n');
    expect(at('2027-01-01T10:00:40Z', '# two\n')).toBe(first);
    expect(at('2027-01-01T10:01:02Z', '# three\n')).not.toBe(first);
  });
});

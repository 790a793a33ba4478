import { describe, expect, it } from 'vitest';
import { Analyzer, analyzeWorkspace } from '../index';
import type { Graph } from '../index';
import { tlsSecret } from '../testdata/tls-secret';

const now = new Date('2031-03-04T05:06:07Z');

const gateway = `apiVersion: gateway.networking.k8s.io/v1
kind: Gateway
metadata: { name: edge, namespace: infra }
spec:
  gatewayClassName: designer
  listeners:
    - name: shop
      protocol: HTTPS
      port: 443
      hostname: shop.example.com
      tls: { certificateRefs: [{ name: foo-cert }] }
    - name: legacy
      protocol: HTTPS
      port: 443
      hostname: legacy.example.com
      tls: { certificateRefs: [{ name: old-cert }] }
    - name: bar
      protocol: HTTPS
      port: 443
      hostname: bar.example.com
      tls: { certificateRefs: [{ name: bar-cert }] }
`;
const files = [
  { path: 'gateway.yaml', text: gateway },
  {
    path: 'secrets.yaml',
    text: [
      tlsSecret('infra', 'foo-cert', 'foo'),
      tlsSecret('infra', 'old-cert', 'expired'),
      tlsSecret('infra', 'bar-cert', 'bar'),
    ].join('---\n'),
  },
];

function stateOf(g: Graph, id: string): string {
  const x = g.nodes.find((n) => n.id === id) ?? g.edges.find((e) => e.id === id);
  if (!x) return 'not drawn';
  return x.state.level === 'ok' ? 'ok' : `${x.state.level}/${x.state.reason}`;
}

const listener = (name: string) => `Gateway/infra/edge#${name}`;
const hostname = (name: string) => `Hostname/infra/edge/443/${name}`;
const serves = (host: string, name: string) => `serves:${hostname(host)}->${listener(name)}`;
const certificate = (name: string, secret: string) =>
  `certificate:${listener(name)}->Secret/infra/${secret}`;

describe('certificate problems are states of the serving', () => {
  const a = analyzeWorkspace(files, { now });
  const g = a.graph();

  it('a certificate that does not cover the hostname: hostname, serves edge, listener and certificate edge warn; the Secret is fine', () => {
    for (const id of [
      hostname('shop.example.com'),
      serves('shop.example.com', 'shop'),
      listener('shop'),
      certificate('shop', 'foo-cert'),
    ])
      expect(stateOf(g, id), id).toBe('warning/CERT_HOSTNAME_NOT_COVERED');
    expect(stateOf(g, 'Secret/infra/foo-cert')).toBe('ok');
    // A certificate serving the name it covers: all fine.
    for (const id of [hostname('bar.example.com'), listener('bar'), certificate('bar', 'bar-cert')])
      expect(stateOf(g, id), id).toBe('ok');
  });

  it('an expired certificate: the serving is in error, and the Secret carries its own fact', () => {
    for (const id of [
      hostname('legacy.example.com'),
      serves('legacy.example.com', 'legacy'),
      listener('legacy'),
      certificate('legacy', 'old-cert'),
    ])
      expect(stateOf(g, id), id).toBe('error/CERT_EXPIRED');
    expect(stateOf(g, 'Secret/infra/old-cert')).toBe('error/Expired');
    expect(g.nodes.find((n) => n.id === 'Secret/infra/old-cert')?.state.message).toBe(
      'The certificate is expired since 2026-11-23 00:42 UTC.',
    );
  });

  it('each diagnostic names the elements it concerns, the node that holds it first', () => {
    const d = a.diagnostics.find(
      (x) => x.code === 'CERT_HOSTNAME_NOT_COVERED' && x.message.includes('"shop"'),
    );
    expect(d?.elements).toEqual([
      listener('shop'),
      certificate('shop', 'foo-cert'),
      hostname('shop.example.com'),
      serves('shop.example.com', 'shop'),
    ]);
    const ids = new Set([...g.nodes.map((n) => n.id), ...g.edges.map((e) => e.id)]);
    for (const x of a.diagnostics) for (const id of x.elements ?? []) expect(ids).toContain(id);
  });

  it('serving a name the certificate covers clears the states, incrementally as afresh', () => {
    const warm = new Analyzer();
    warm.analyze(files, { now }).graph();
    const fixed = [
      {
        path: 'gateway.yaml',
        text: gateway.replace('hostname: shop.example.com', 'hostname: foo.example.com'),
      },
      files[1]!,
    ];
    const after = warm.analyze(fixed, { now }).graph();
    expect(after).toEqual(new Analyzer().analyze(fixed, { now }).graph());
    expect(stateOf(after, listener('shop'))).toBe('ok');
    expect(stateOf(after, certificate('shop', 'foo-cert'))).toBe('ok');
    expect(stateOf(after, hostname('foo.example.com'))).toBe('ok');
    expect(stateOf(after, hostname('shop.example.com'))).toBe('not drawn');
  });
});

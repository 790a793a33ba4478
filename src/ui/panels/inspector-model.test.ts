import { describe, expect, it } from 'vitest';
import { analyzeWorkspace } from '../../core';
import type { SourceFile } from '../../core';
import { tlsSecret } from '../../core/testdata/tls-secret';
import { openSample } from '../../worker/testdata/open-sample';
import { toInspector } from './inspector-model';
import type { InspectorInput } from './inspector-model';
import { yamlExcerpt } from './yaml-excerpt';

/** A sample opened as the app opens it, judged at a fixed instant. */
async function sample(
  name: string,
): Promise<{ files: SourceFile[]; input: InspectorInput; now: Date }> {
  const now = new Date('2031-02-03T04:05:06Z');
  const files = await openSample(name, now);
  const a = analyzeWorkspace(files, { now });
  const input = {
    graph: a.graph(),
    status: a.status,
    diagnostics: a.diagnostics,
    certificates: a.certificates(),
    serving: a.serving,
  };
  return { files, input, now };
}

describe('toInspector', async () => {
  const wildcard = await sample('guide-wildcard-tls');
  const trouble = await sample('troubleshooting');

  it('is undefined for a node that is not in the graph', () => {
    expect(
      toInspector('Gateway/nowhere/x', wildcard.input, wildcard.files, wildcard.now),
    ).toBeUndefined();
  });

  it('shows a Gateway with its conditions and its listeners', () => {
    const m = toInspector(
      'Gateway/infra/wildcard-tls-gateway',
      wildcard.input,
      wildcard.files,
      wildcard.now,
    );
    expect(m?.label).toBe('Gateway infra/wildcard-tls-gateway');
    expect(m?.conditions[0]?.title).toBe('Conditions');
    expect(m?.conditions[0]?.conditions.map((c) => [c.type, c.status, c.badge.level])).toEqual([
      ['Accepted', 'True', 'ok'],
      ['Programmed', 'True', 'ok'],
      ['ResolvedRefs', 'True', 'ok'],
    ]);
    expect(m?.children.map((c) => c.label)).toEqual([
      'Listener foo-https',
      'Listener wildcard-https',
      'Listener http',
    ]);
    expect(
      m?.yaml?.text.startsWith('apiVersion: gateway.networking.k8s.io/v1\nkind: Gateway'),
    ).toBe(true);
  });

  it('shows a listener with its fields, its status entry and its edges', () => {
    const m = toInspector(
      'Gateway/infra/wildcard-tls-gateway#wildcard-https',
      wildcard.input,
      wildcard.files,
      wildcard.now,
    );
    expect(m?.owner?.id).toBe('Gateway/infra/wildcard-tls-gateway');
    expect(m?.facts).toEqual(
      expect.arrayContaining([
        { label: 'Port', value: '443' },
        { label: 'TLS mode', value: 'Terminate' },
        { label: 'Certificates', value: 'certs/wildcard-example-com-cert' },
        { label: 'Attached routes', value: '1' },
      ]),
    );
    expect(
      m?.conditions[0]?.conditions.find((c) => c.type === 'OverlappingTLSConfig')?.badge.level,
    ).toBe('warning');
    // The excerpt starts at the line of the list item and keeps its YAML shape.
    expect(m?.yaml?.text.split('\n').slice(0, 2)).toEqual([
      '- name: wildcard-https',
      '  protocol: HTTPS',
    ]);
    const cert = m?.outgoing.find((e) => e.relation === 'certificate');
    expect(cert?.other.id).toBe('Secret/certs/wildcard-example-com-cert');
    expect(cert?.grant).toMatchObject({
      id: 'ReferenceGrant/certs/allow-infra-gateways',
      badge: { level: 'ok' },
    });
    expect(m?.incoming.map((e) => e.relation)).toEqual(['hostname']);
    expect(m?.diagnostics.map((d) => d.diagnostic.code)).toEqual(['LISTENER_OVERLAPPING_TLS']);
  });

  it('shows the certificate facts of a Secret and hides its YAML', () => {
    const m = toInspector(
      'Secret/infra/foo-example-com-cert',
      wildcard.input,
      wildcard.files,
      wildcard.now,
    );
    expect(m?.yaml).toBeUndefined();
    expect(m?.certificate?.key.level).toBe('ok');
    const fields = m?.certificate?.certificates[0]?.fields ?? [];
    expect(fields.find((f) => f.label === 'SANs')?.value).toBe('foo.example.com');
    expect(fields.find((f) => f.label === 'Not after')?.badge?.text).toBe('valid');
    expect(fields.find((f) => f.label === 'SHA-256')?.value).toMatch(
      /^([0-9A-F]{2}:){31}[0-9A-F]{2}$/,
    );
  });

  it('flags an expiring certificate and a reference no grant permits', () => {
    const legacy = toInspector(
      'Secret/infra/legacy-cert',
      trouble.input,
      trouble.files,
      trouble.now,
    );
    expect(
      legacy?.certificate?.certificates[0]?.fields.find((f) => f.label === 'Not after')?.badge
        ?.level,
    ).toBe('warning');
    const shop = toInspector('Gateway/infra/edge#shop', trouble.input, trouble.files, trouble.now);
    expect(shop?.state).toMatchObject({ level: 'error', text: 'Invalid' });
    expect(shop?.outgoing.find((e) => e.relation === 'certificate')?.grant?.badge.text).toBe(
      'not permitted',
    );
    expect(shop?.diagnostics.map((d) => d.diagnostic.code)).toContain('REF_NOT_PERMITTED');
  });

  it('groups a route status by parent', () => {
    const m = toInspector('HTTPRoute/infra/shop', trouble.input, trouble.files, trouble.now);
    expect(m?.conditions[0]?.title).toBe('Parent Gateway infra/edge · listener shop');
    expect(m?.conditions[0]?.conditions.find((c) => c.type === 'Accepted')?.badge.level).toBe(
      'error',
    );
  });
});

describe('yamlExcerpt', () => {
  const files = [{ path: 'a.yaml', text: 'x:\n  - a: 1\n    b:\n      c: 2\nnext: 3\n' }];
  const range = { file: 'a.yaml', start: 7, end: 30, line: 2, column: 5, endLine: 5, endColumn: 1 };

  it('takes whole lines, removes the common indentation and caps the length', () => {
    expect(yamlExcerpt(files, range)).toEqual({
      location: 'a.yaml:2',
      text: '- a: 1\n  b:\n    c: 2',
      more: 0,
    });
    expect(yamlExcerpt(files, range, 2)).toEqual({
      location: 'a.yaml:2',
      text: '- a: 1\n  b:',
      more: 1,
    });
    expect(yamlExcerpt([], range)).toBeUndefined();
  });

  it('never says "certificate OK" beside a certificate problem: the edge and the listener carry it', () => {
    const now = new Date('2031-03-04T05:06:07Z');
    const files = [
      {
        path: 'gateway.yaml',
        text: `apiVersion: gateway.networking.k8s.io/v1
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
`,
      },
      { path: 'secret.yaml', text: tlsSecret('infra', 'foo-cert', 'foo') },
    ];
    const a = analyzeWorkspace(files, { now });
    const input = {
      graph: a.graph(),
      status: a.status,
      diagnostics: a.diagnostics,
      certificates: a.certificates(),
      serving: a.serving,
    };
    const m = toInspector('Gateway/infra/edge#shop', input, files, now);
    expect(m?.state).toMatchObject({ level: 'warning', text: 'CERT_HOSTNAME_NOT_COVERED' });
    const certificate = m?.outgoing.find((e) => e.relation === 'certificate');
    expect(certificate?.state).toMatchObject({
      level: 'warning',
      text: 'CERT_HOSTNAME_NOT_COVERED',
    });
    expect(m?.incoming.find((e) => e.relation === 'hostname')?.state.level).toBe('warning');
    expect(m?.diagnostics.map((d) => d.diagnostic.code)).toEqual(['CERT_HOSTNAME_NOT_COVERED']);
    // The Secret is what it is: fine, and used by a listener whose edge warns.
    const secret = toInspector('Secret/infra/foo-cert', input, files, now);
    expect(secret?.state.level).toBe('ok');
    expect(secret?.diagnostics).toEqual([]);
    expect(secret?.incoming[0]?.state.text).toBe('CERT_HOSTNAME_NOT_COVERED');
    // The Gateway lists what is wrong with its listeners.
    const gateway = toInspector('Gateway/infra/edge', input, files, now);
    expect(gateway?.diagnostics.map((d) => d.diagnostic.code)).toEqual([
      'CERT_HOSTNAME_NOT_COVERED',
    ]);
  });
});

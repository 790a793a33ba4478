/**
 * Bad input is a diagnostic, never an exception: bombs, deep nesting, garbage, prototype keys,
 * wrong types, duplicate keys, bad UTF-8 and templates all give clear findings in bounded time.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeWorkspace } from './index';
import type { Analysis } from './index';

function analyze(text: string, extra: { invalidUtf8?: boolean } = {}): Analysis {
  return analyzeWorkspace([{ path: 'in.yaml', text, ...extra }], {
    now: new Date('2027-01-01T00:00:00Z'),
  });
}

function codes(a: Analysis): string[] {
  return a.diagnostics.map((d) => d.code);
}

function timed<T>(f: () => T): { value: T; ms: number } {
  const t = performance.now();
  const value = f();
  return { value, ms: performance.now() - t };
}

describe('hostile input', () => {
  it('stops an alias expansion bomb', () => {
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (const [i, n] of ['b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'].entries())
      bomb.push(
        `${n}: &${n} [${Array(9)
          .fill(`*${String.fromCharCode(97 + i)}`)
          .join(',')}]`,
      );
    const { value, ms } = timed(() =>
      analyze(
        `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\ndata:\n  ${bomb.join('\n  ')}\n`,
      ),
    );
    expect(codes(value)).toContain('YAML_ALIAS_LIMIT');
    expect(ms).toBeLessThan(5000);
  });

  it('reports 20,000-deep nesting, flow and block, without a stack overflow', () => {
    const flow = `a: ${'['.repeat(20000)}${']'.repeat(20000)}\n`;
    const block = `${'- '.repeat(20000)}x\n`;
    const mapping =
      Array.from({ length: 2000 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n') + ' v\n';
    for (const text of [flow, block, mapping]) {
      const { value, ms } = timed(() => analyze(text));
      expect(ms).toBeLessThan(10000);
      expect(value.diagnostics.every((d) => d.range && d.range.line >= 1)).toBe(true);
    }
    expect(codes(analyze(flow)).some((c) => c === 'YAML_TOO_DEEP' || c.startsWith('YAML_'))).toBe(
      true,
    );
  });

  it('reads binary garbage and NUL bytes as a YAML error with a position', () => {
    const bytes = Array.from({ length: 5000 }, (_, i) =>
      String.fromCharCode((i * 7919) % 256),
    ).join('');
    for (const text of [bytes, 'a: b\u0000c\n', '\u0007\u0001---\n\u0000']) {
      const a = analyze(text);
      expect(a.diagnostics.length).toBeGreaterThan(0);
      for (const d of a.diagnostics) expect(d.range?.line).toBeGreaterThanOrEqual(1);
    }
  });

  it('keeps __proto__ and constructor keys as data', () => {
    const text = `apiVersion: gateway.networking.k8s.io/v1
kind: Gateway
metadata:
  name: gw
  __proto__: {polluted: true}
  constructor: {prototype: {polluted: true}}
spec:
  gatewayClassName: x
  __proto__: {listeners: []}
  listeners:
  - name: http
    port: 80
    protocol: HTTP
    __proto__: {hostname: evil.example.com}
`;
    const a = analyze(text);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(a.status).toHaveLength(1);
    expect(codes(a)).toContain('UNKNOWN_FIELD');
    const sni = a.sni({ namespace: 'default', name: 'gw' }, 80, 'anything.example.com');
    expect(sni?.listener).toBe('http');
  });

  it('reports wrong types at every level of a Gateway without throwing', () => {
    const wrong = [
      'apiVersion: 42\nkind: Gateway\nmetadata: {name: g}',
      'apiVersion: gateway.networking.k8s.io/v1\nkind: [Gateway]\nmetadata: {name: g}',
      'apiVersion: gateway.networking.k8s.io/v1\nkind: Gateway\nmetadata: [g]',
      'apiVersion: gateway.networking.k8s.io/v1\nkind: Gateway\nmetadata: {name: g}\nspec: "listeners"',
      'apiVersion: gateway.networking.k8s.io/v1\nkind: Gateway\nmetadata: {name: g}\nspec: {gatewayClassName: 1, listeners: {a: 1}}',
      'apiVersion: gateway.networking.k8s.io/v1\nkind: Gateway\nmetadata: {name: g}\nspec: {gatewayClassName: c, listeners: [1, "x", null, [ ]]}',
      'apiVersion: gateway.networking.k8s.io/v1\nkind: Gateway\nmetadata: {name: g}\nspec: {gatewayClassName: c, listeners: [{name: a, port: "443", protocol: 7, tls: [x]}]}',
      'apiVersion: gateway.networking.k8s.io/v1\nkind: Gateway\nmetadata: {name: g}\nspec: {gatewayClassName: c, listeners: [{name: a, port: 443, protocol: HTTPS, tls: {certificateRefs: "s"}}]}',
      'apiVersion: gateway.networking.k8s.io/v1\nkind: Gateway\nmetadata: {name: g}\nspec: {gatewayClassName: c, listeners: [{name: a, port: 443, protocol: HTTPS, tls: {certificateRefs: [{name: [1]}]}}]}',
    ];
    for (const text of wrong) {
      const a = analyze(text);
      expect(
        a.diagnostics.some((d) => d.severity === 'error'),
        text,
      ).toBe(true);
    }
  });

  it('reports duplicate keys at the second key', () => {
    const a = analyze('apiVersion: v1\nkind: Secret\nmetadata:\n  name: a\n  name: b\n');
    const d = a.diagnostics.find((x) => x.code === 'YAML_DUPLICATE_KEY');
    expect(d?.range?.line).toBe(5);
  });

  it('reports bytes that are not UTF-8, and Go templates', () => {
    expect(codes(analyze('a: \uFFFD\n', { invalidUtf8: true }))).toContain('INVALID_UTF8');
    const helm = 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: {{ .Values.name }}\n';
    expect(codes(analyze(helm))).toContain('TEMPLATE_SYNTAX');
  });

  it('never throws on arbitrary text or arbitrary Kubernetes-shaped values', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => void analyze(text)),
      { numRuns: 300 },
    );
    const kinds = [
      'Gateway',
      'ListenerSet',
      'HTTPRoute',
      'TLSRoute',
      'TCPRoute',
      'GRPCRoute',
      'BackendTLSPolicy',
      'ReferenceGrant',
      'Secret',
      'Service',
      'ConfigMap',
      'Namespace',
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...kinds),
        fc.constantFrom('v1', 'v1beta1', 'v1alpha2', 'v1alpha3'),
        fc.anything(),
        fc.anything(),
        (kind, version, spec, data) => {
          const group = ['Secret', 'Service', 'ConfigMap', 'Namespace'].includes(kind)
            ? ''
            : 'gateway.networking.k8s.io/';
          const doc = {
            apiVersion: `${group}${version}`,
            kind,
            metadata: { name: 'x' },
            spec,
            data,
          };
          void analyze(
            JSON.stringify(doc, (_k, v) => (typeof v === 'bigint' ? String(v) : v)) ?? 'null',
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  it('caps the number of syntax errors reported for one broken document', () => {
    const garbage = Array.from({ length: 3000 }, (_, i) => `{{ ${i} }]: [`).join('\n');
    expect(analyze(garbage).diagnostics.length).toBeLessThanOrEqual(30);
  });
});

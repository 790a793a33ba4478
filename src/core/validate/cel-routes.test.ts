import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { splitApiVersion } from '../model/object';
import { formatPath } from '../model/path';
import { validateCel } from './cel-rules';
import { isIP } from './ip';

function found(text: string): string[] {
  const o = parse(text) as Record<string, unknown>;
  const { group, version } = splitApiVersion(String(o.apiVersion));
  return validateCel(group, version, String(o.kind), o).map(
    (p) => `${p.code} ${formatPath(p.path)}`,
  );
}

const route = (kind: string, version: string, spec: string) => `
apiVersion: gateway.networking.k8s.io/${version}
kind: ${kind}
metadata: {name: r, namespace: apps}
spec:
${spec}`;

describe('PARENT_REF_DUPLICATE', () => {
  const refs = (entries: string) =>
    found(
      route(
        'HTTPRoute',
        'v1',
        `  parentRefs:\n${entries}\n  rules: [{backendRefs: [{name: s, port: 80}]}]`,
      ),
    );

  it('accepts one parent narrowed by distinct sectionNames or distinct ports', () => {
    expect(
      refs(`
  - {name: gw, sectionName: http}
  - {name: gw, sectionName: https}
  - {name: other, port: 80}
  - {name: other, port: 443}`),
    ).toEqual([]);
  });

  it('accepts the same name in other namespaces, groups or kinds', () => {
    expect(
      refs(`
  - {name: gw}
  - {name: gw, namespace: infra}
  - {name: gw, kind: ListenerSet}
  - {name: gw, group: example.com, kind: Gateway}`),
    ).toEqual([]);
  });

  it('flags a parent named twice without sectionName or port (defaults applied)', () => {
    expect(
      refs(`
  - {name: gw}
  - {group: gateway.networking.k8s.io, kind: Gateway, name: gw}`),
    ).toEqual(['PARENT_REF_DUPLICATE spec.parentRefs[1]']);
  });

  it('flags an exact repeat with the same sectionName and port', () => {
    expect(
      refs(`
  - {name: gw, sectionName: https, port: 443}
  - {name: gw, sectionName: https, port: 443}`),
    ).toEqual(['PARENT_REF_DUPLICATE spec.parentRefs[1]']);
  });

  it('flags mixing a whole-parent reference with a narrowed one', () => {
    expect(
      refs(`
  - {name: gw, sectionName: http}
  - {name: gw}
  - {name: gw2, port: 80}
  - {name: gw2, port: 80, sectionName: http}`),
    ).toEqual([
      'PARENT_REF_DUPLICATE spec.parentRefs[1]',
      'PARENT_REF_DUPLICATE spec.parentRefs[3]',
    ]);
  });

  it('applies to every route kind and version', () => {
    const spec = `  parentRefs: [{name: gw}, {name: gw}]
  hostnames: [a.example.com]
  rules: [{backendRefs: [{name: s, port: 80}]}]`;
    for (const [kind, version] of [
      ['GRPCRoute', 'v1'],
      ['TLSRoute', 'v1'],
      ['TLSRoute', 'v1alpha2'],
      ['TCPRoute', 'v1'],
      ['UDPRoute', 'v1alpha2'],
    ] as const)
      expect(
        found(
          route(
            kind,
            version,
            spec.replace(
              '  hostnames: [a.example.com]\n',
              kind === 'TLSRoute' ? '  hostnames: [a.example.com]\n' : '',
            ),
          ),
        ),
      ).toEqual(['PARENT_REF_DUPLICATE spec.parentRefs[1]']);
  });
});

describe('BACKEND_REF_PORT_REQUIRED', () => {
  it('flags a core Service backend without port, in every route kind', () => {
    for (const kind of ['HTTPRoute', 'GRPCRoute', 'TCPRoute', 'UDPRoute'])
      expect(
        found(route(kind, 'v1', `  rules: [{backendRefs: [{name: s, port: 80}, {name: t}]}]`)),
      ).toEqual(['BACKEND_REF_PORT_REQUIRED spec.rules[0].backendRefs[1]']);
    expect(
      found(
        route(
          'TLSRoute',
          'v1',
          `  hostnames: [a.example.com]\n  rules: [{backendRefs: [{name: s, kind: Service, group: ""}]}]`,
        ),
      ),
    ).toEqual(['BACKEND_REF_PORT_REQUIRED spec.rules[0].backendRefs[0]']);
  });

  it('does not require a port for other kinds', () => {
    expect(
      found(
        route(
          'HTTPRoute',
          'v1',
          `  rules: [{backendRefs: [{name: s, kind: Backend, group: example.com}, {name: t, group: x.io, kind: Service}]}]`,
        ),
      ),
    ).toEqual([]);
  });

  it('checks mirror and external-auth backends in rule and backendRef filters', () => {
    expect(
      found(
        route(
          'HTTPRoute',
          'v1',
          `  rules:
  - filters:
    - {type: RequestMirror, requestMirror: {backendRef: {name: mirror}}}
    - type: ExternalAuth
      externalAuth: {protocol: HTTP, http: {}, backendRef: {name: auth}}
    backendRefs:
    - name: s
      port: 80
      filters:
      - {type: RequestMirror, requestMirror: {backendRef: {name: mirror2, port: 80}}}
      - {type: RequestMirror, requestMirror: {backendRef: {name: mirror3}}}`,
        ),
      ),
    ).toEqual([
      'BACKEND_REF_PORT_REQUIRED spec.rules[0].filters[0].requestMirror.backendRef',
      'BACKEND_REF_PORT_REQUIRED spec.rules[0].filters[1].externalAuth.backendRef',
      'BACKEND_REF_PORT_REQUIRED spec.rules[0].backendRefs[0].filters[1].requestMirror.backendRef',
    ]);
  });

  it('checks GRPCRoute mirror backends too', () => {
    expect(
      found(
        route(
          'GRPCRoute',
          'v1',
          `  rules:
  - filters: [{type: RequestMirror, requestMirror: {backendRef: {name: m}}}]
    backendRefs: [{name: s, port: 9000}]`,
        ),
      ),
    ).toEqual(['BACKEND_REF_PORT_REQUIRED spec.rules[0].filters[0].requestMirror.backendRef']);
  });
});

describe('ROUTE_RULE_NAME_DUPLICATE', () => {
  it('flags a repeated rule name; unnamed rules never clash', () => {
    expect(
      found(
        route(
          'HTTPRoute',
          'v1',
          `  rules:
  - {name: a}
  - {}
  - {}
  - {name: a}`,
        ),
      ),
    ).toEqual(['ROUTE_RULE_NAME_DUPLICATE spec.rules[3].name']);
  });

  it('is checked on v1alpha2 L4 routes, which allow several rules', () => {
    const spec = `  rules:\n  - {name: a, backendRefs: [{name: s, port: 1}]}\n  - {name: a, backendRefs: [{name: s, port: 1}]}`;
    expect(found(route('TCPRoute', 'v1alpha2', spec))).toEqual([
      'ROUTE_RULE_NAME_DUPLICATE spec.rules[1].name',
    ]);
    expect(found(route('TCPRoute', 'v1', spec))).toEqual([]);
  });
});

describe('TLSRoute hostnames (v1, v1alpha3)', () => {
  const tls = (version: string, hostnames: string) =>
    found(
      route(
        'TLSRoute',
        version,
        `  hostnames: ${hostnames}\n  rules: [{backendRefs: [{name: s, port: 443}]}]`,
      ),
    );

  it('accepts precise and wildcard DNS names', () => {
    expect(tls('v1', '[a.example.com, "*.example.com", "*.com", "1.2.3.com"]')).toEqual([]);
  });

  it('HOSTNAME_IS_IP: IPv4 literals (which the schema pattern lets through)', () => {
    expect(tls('v1', '["10.0.0.1", "01.2.3.4"]')).toEqual(['HOSTNAME_IS_IP spec.hostnames[0]']);
  });

  it('HOSTNAME_INVALID: precise names must be RFC 1123', () => {
    expect(tls('v1alpha3', '[Upper.example.com, "a_b.example.com"]')).toEqual([
      'HOSTNAME_INVALID spec.hostnames[0]',
      'HOSTNAME_INVALID spec.hostnames[1]',
    ]);
  });

  it('HOSTNAME_WILDCARD_INVALID: "*" only as the whole first label', () => {
    expect(tls('v1', '["a.*.example.com", "*example.com", "*.", "*"]')).toEqual([
      'HOSTNAME_WILDCARD_INVALID spec.hostnames[0]',
      'HOSTNAME_WILDCARD_INVALID spec.hostnames[1]',
      'HOSTNAME_WILDCARD_INVALID spec.hostnames[2]',
      'HOSTNAME_WILDCARD_INVALID spec.hostnames[3]',
    ]);
  });

  it('v1alpha2 had no hostname CEL rules', () => {
    expect(tls('v1alpha2', '["10.0.0.1", "a.*.example.com"]')).toEqual([]);
  });
});

describe('isIP', () => {
  it('matches what the Kubernetes CEL library calls an IP', () => {
    for (const ip of [
      '1.2.3.4',
      '255.255.255.255',
      '::',
      '::1',
      '2001:db8::1',
      '::ffff:1.2.3.4',
      '1:2:3:4:5:6:7:8',
    ])
      expect(isIP(ip), ip).toBe(true);
    for (const s of [
      '1.2.3',
      '256.1.1.1',
      '01.2.3.4',
      '1.2.3.4.5',
      'fe80::1%eth0',
      '1:2:3:4:5:6:7:8:9',
      '1::2::3',
      '1.2.3.4::',
      'a.b.c.d',
      '',
    ])
      expect(isIP(s), s).toBe(false);
  });
});

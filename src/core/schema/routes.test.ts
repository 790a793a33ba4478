import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { splitApiVersion } from '../model/object';
import { formatPath } from '../model/path';
import { objectSchemaFor } from './registry';
import { validateSchema } from './validate-schema';

function problemsOf(text: string): string[] {
  const o = parse(text) as Record<string, unknown>;
  const { group, version } = splitApiVersion(String(o.apiVersion));
  const schema = objectSchemaFor(group, version, String(o.kind));
  if (!schema) throw new Error(`no schema for ${String(o.apiVersion)} ${String(o.kind)}`);
  return validateSchema(o, schema).map((p) => `${p.code} ${formatPath(p.path)}`);
}

const route = (apiVersion: string, kind: string, spec: string) =>
  `apiVersion: gateway.networking.k8s.io/${apiVersion}\nkind: ${kind}\nmetadata: {name: r, namespace: apps}\nspec:\n${spec}`;

describe('HTTPRoute schema', () => {
  const httpRoute = `
  parentRefs: [{name: gw, sectionName: https, port: 443}]
  hostnames: [app.example.com, "*.example.org"]
  rules:
  - name: api
    matches:
    - path: {type: PathPrefix, value: /api}
      headers: [{name: x-env, value: prod}]
      queryParams: [{name: debug, type: Exact, value: "1"}]
      method: GET
    filters:
    - type: RequestHeaderModifier
      requestHeaderModifier: {set: [{name: x-a, value: b}], add: [{name: x-c, value: d}], remove: [x-e]}
    - type: RequestMirror
      requestMirror: {backendRef: {name: shadow, port: 8080}, fraction: {numerator: 1, denominator: 10}}
    - type: CORS
      cors: {allowOrigins: ["https://a.example.com"], allowMethods: [GET], allowCredentials: true, maxAge: 60}
    - type: ExternalAuth
      externalAuth: {protocol: HTTP, backendRef: {name: auth, port: 9000}, http: {path: /check}, forwardBody: {maxSize: 1024}}
    - type: ExtensionRef
      extensionRef: {group: example.com, kind: Filter, name: f}
    backendRefs:
    - name: api
      port: 8080
      weight: 90
      filters: [{type: URLRewrite, urlRewrite: {hostname: internal.example.com, path: {type: ReplacePrefixMatch, replacePrefixMatch: /}}}]
    timeouts: {request: 10s, backendRequest: 2s}
    retry: {attempts: 3, backoff: 100ms, codes: [502, 503]}
    sessionPersistence: {type: Cookie, cookie: {name: session, lifetimeType: Permanent}, absoluteTimeout: 1h}
  - filters:
    - type: RequestRedirect
      requestRedirect: {scheme: https, hostname: app.example.com, port: 443, statusCode: 301, path: {type: ReplaceFullPath, replaceFullPath: /}}
  useDefaultGateways: None`;

  it('accepts a full v1 and v1beta1 HTTPRoute', () => {
    expect(problemsOf(route('v1', 'HTTPRoute', httpRoute))).toEqual([]);
    expect(problemsOf(route('v1beta1', 'HTTPRoute', httpRoute))).toEqual([]);
  });

  it('models filters field by field: typos are unknown fields, the redirect status code is an enum', () => {
    expect(
      problemsOf(
        route(
          'v1',
          'HTTPRoute',
          `  rules:
  - filters:
    - {type: RequestMirror, requestMirror: {backendRef: {name: m, port: 80, prot: 1}, percnt: 5}}
    - {type: RequestRedirect, requestRedirect: {statusCode: 304}}
    - {type: Teleport}
    backendRefs: [{name: s, port: 0, weight: -1}]
    matches: [{path: {type: Glob}, headers: [{name: "bad header", value: x}]}]
    timeouts: {request: 10 seconds}`,
        ),
      ),
    ).toEqual([
      'UNKNOWN_FIELD spec.rules[0].filters[0].requestMirror.backendRef.prot',
      'UNKNOWN_FIELD spec.rules[0].filters[0].requestMirror.percnt',
      'FIELD_ENUM spec.rules[0].filters[1].requestRedirect.statusCode',
      'FIELD_ENUM spec.rules[0].filters[2].type',
      'FIELD_OUT_OF_RANGE spec.rules[0].backendRefs[0].port',
      'FIELD_OUT_OF_RANGE spec.rules[0].backendRefs[0].weight',
      'FIELD_ENUM spec.rules[0].matches[0].path.type',
      'FIELD_PATTERN spec.rules[0].matches[0].headers[0].name',
      'FIELD_PATTERN spec.rules[0].timeouts.request',
    ]);
  });

  it('limits hostnames, parentRefs and rules', () => {
    const many = (n: number, item: (i: number) => string) =>
      `[${Array.from({ length: n }, (_, i) => item(i)).join(', ')}]`;
    expect(
      problemsOf(
        route(
          'v1',
          'HTTPRoute',
          `  hostnames: ${many(17, (i) => `h${i}.example.com`)}
  parentRefs: ${many(33, (i) => `{name: gw${i}}`)}
  rules: ${many(17, () => '{}')}`,
        ),
      ),
    ).toEqual([
      'LIST_TOO_LONG spec.hostnames',
      'LIST_TOO_LONG spec.parentRefs',
      'LIST_TOO_LONG spec.rules',
    ]);
  });
});

describe('GRPCRoute schema', () => {
  const grpcRoute = `
  parentRefs: [{name: gw}]
  hostnames: [grpc.example.com]
  rules:
  - matches:
    - method: {service: pkg.v1.Svc, method: Get}
      headers: [{name: x-tenant, value: a}]
    filters: [{type: RequestMirror, requestMirror: {backendRef: {name: m, port: 9000}}}]
    backendRefs: [{name: svc, port: 9000, filters: [{type: ResponseHeaderModifier, responseHeaderModifier: {remove: [x]}}]}]
    sessionPersistence: {type: Header, header: {name: x-session}}`;

  it('accepts v1 and v1alpha2', () => {
    expect(problemsOf(route('v1', 'GRPCRoute', grpcRoute))).toEqual([]);
    expect(problemsOf(route('v1alpha2', 'GRPCRoute', grpcRoute))).toEqual([]);
  });

  it('has only the GRPCRoute filters', () => {
    expect(
      problemsOf(
        route(
          'v1',
          'GRPCRoute',
          `  rules: [{filters: [{type: URLRewrite, urlRewrite: {}}], timeouts: {}}]`,
        ),
      ),
    ).toEqual([
      'FIELD_ENUM spec.rules[0].filters[0].type',
      'UNKNOWN_FIELD spec.rules[0].filters[0].urlRewrite',
      'UNKNOWN_FIELD spec.rules[0].timeouts',
    ]);
  });
});

describe('TLSRoute schema versions', () => {
  const rules = (n: number) => `  rules:\n${'  - backendRefs: [{name: s, port: 443}]\n'.repeat(n)}`;

  it('v1 and v1alpha3: hostnames required, exactly one rule', () => {
    for (const v of ['v1', 'v1alpha3']) {
      expect(problemsOf(route(v, 'TLSRoute', `  hostnames: [a.example.com]\n${rules(1)}`))).toEqual(
        [],
      );
      expect(problemsOf(route(v, 'TLSRoute', rules(2)))).toEqual([
        'FIELD_REQUIRED spec',
        'LIST_TOO_LONG spec.rules',
      ]);
      expect(problemsOf(route(v, 'TLSRoute', `  hostnames: []\n${rules(1)}`))).toEqual([
        'LIST_TOO_SHORT spec.hostnames',
      ]);
    }
  });

  it('v1alpha2: hostnames optional, up to 16 rules', () => {
    expect(problemsOf(route('v1alpha2', 'TLSRoute', rules(2)))).toEqual([]);
    expect(problemsOf(route('v1alpha2', 'TLSRoute', rules(17)))).toEqual([
      'LIST_TOO_LONG spec.rules',
    ]);
  });

  it('every rule needs backendRefs', () => {
    expect(
      problemsOf(
        route(
          'v1',
          'TLSRoute',
          `  hostnames: [a.example.com]\n  rules: [{name: x, backendRefs: []}]`,
        ),
      ),
    ).toEqual(['LIST_TOO_SHORT spec.rules[0].backendRefs']);
  });
});

describe('TCPRoute and UDPRoute schemas', () => {
  it('v1 allows one rule and no hostnames; v1alpha2 up to 16 rules', () => {
    for (const kind of ['TCPRoute', 'UDPRoute']) {
      const two = `  parentRefs: [{name: gw, port: 5432}]\n  rules:\n  - backendRefs: [{name: db, port: 5432}]\n  - backendRefs: [{name: db2, port: 5432}]`;
      expect(problemsOf(route('v1', kind, two))).toEqual(['LIST_TOO_LONG spec.rules']);
      expect(problemsOf(route('v1alpha2', kind, two))).toEqual([]);
      expect(
        problemsOf(
          route(
            'v1',
            kind,
            `  hostnames: [a.example.com]\n  rules: [{backendRefs: [{name: d, port: 1}]}]`,
          ),
        ),
      ).toEqual(['UNKNOWN_FIELD spec.hostnames']);
      expect(problemsOf(route('v1', kind, `  parentRefs: [{name: gw}]`))).toEqual([
        'FIELD_REQUIRED spec',
      ]);
    }
  });
});

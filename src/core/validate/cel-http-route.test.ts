import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { formatPath } from '../model/path';
import { parseDuration } from './cel-http-route';
import { validateCel } from './cel-rules';

function found(kind: 'HTTPRoute' | 'GRPCRoute', rules: string): string[] {
  const o = parse(`
apiVersion: gateway.networking.k8s.io/v1
kind: ${kind}
metadata: {name: r, namespace: apps}
spec:
  parentRefs: [{name: gw}]
  rules:
${rules}`) as Record<string, unknown>;
  return validateCel('gateway.networking.k8s.io', 'v1', kind, o).map(
    (p) => `${p.code} ${formatPath(p.path)}`,
  );
}
const http = (rules: string) => found('HTTPRoute', rules);
const grpc = (rules: string) => found('GRPCRoute', rules);

describe('match counts', () => {
  const rules = (n: number, perRule: number, withMatches = true) =>
    Array.from({ length: n }, () =>
      withMatches
        ? `  - matches: [${Array.from({ length: perRule }, () => '{}').join(', ')}]`
        : '  - {}',
    ).join('\n');

  it('HTTPROUTE_MATCHES_TOO_MANY: more than 128 matches across rules', () => {
    expect(http(rules(2, 64))).toEqual([]);
    expect(http(rules(3, 64))).toEqual(['HTTPROUTE_MATCHES_TOO_MANY spec.rules']);
  });

  it('HTTPRoute rules without matches count one (the default match), GRPCRoute rules none', () => {
    expect(http(`${rules(2, 64)}\n  - {}`)).toEqual(['HTTPROUTE_MATCHES_TOO_MANY spec.rules']);
    expect(grpc(`${rules(2, 64)}\n  - {}`)).toEqual([]);
    expect(grpc(rules(3, 64))).toEqual(['GRPCROUTE_MATCHES_TOO_MANY spec.rules']);
  });
});

describe('filter lists', () => {
  it('HTTPROUTE_FILTER_REPEATED: a second header modifier, at its type', () => {
    expect(
      http(`
  - filters:
    - {type: RequestHeaderModifier, requestHeaderModifier: {set: [{name: a, value: b}]}}
    - {type: RequestHeaderModifier, requestHeaderModifier: {remove: [c]}}
    - {type: RequestMirror, requestMirror: {backendRef: {name: m, port: 80}}}
    - {type: RequestMirror, requestMirror: {backendRef: {name: n, port: 80}}}`),
    ).toEqual(['HTTPROUTE_FILTER_REPEATED spec.rules[0].filters[1].type']);
  });

  it('GRPCROUTE_FILTER_REPEATED: also inside backendRefs', () => {
    expect(
      grpc(`
  - backendRefs:
    - name: s
      port: 9000
      filters:
      - {type: ResponseHeaderModifier, responseHeaderModifier: {remove: [a]}}
      - {type: ResponseHeaderModifier, responseHeaderModifier: {remove: [b]}}`),
    ).toEqual(['GRPCROUTE_FILTER_REPEATED spec.rules[0].backendRefs[0].filters[1].type']);
  });

  it('HTTPROUTE_REDIRECT_AND_REWRITE: a redirect and a rewrite in one list', () => {
    expect(
      http(`
  - filters:
    - {type: URLRewrite, urlRewrite: {hostname: a.example.com}}
    - {type: RequestRedirect, requestRedirect: {scheme: https}}`),
    ).toEqual(['HTTPROUTE_REDIRECT_AND_REWRITE spec.rules[0].filters[1].type']);
  });

  it('HTTPROUTE_FILTER_FIELD_MISSING / _UNEXPECTED: settings must match the type', () => {
    expect(
      http(`
  - filters:
    - {type: RequestRedirect}
    - {type: CORS, cors: {allowOrigins: ["*"]}, urlRewrite: {hostname: a.example.com}}
    - {type: ExtensionRef, extensionRef: {group: example.com, kind: Filter, name: f}}`),
    ).toEqual([
      'HTTPROUTE_FILTER_FIELD_MISSING spec.rules[0].filters[0].type',
      'HTTPROUTE_FILTER_FIELD_UNEXPECTED spec.rules[0].filters[1].urlRewrite',
    ]);
  });

  it('GRPCROUTE_FILTER_FIELD_MISSING / _UNEXPECTED use the GRPCRoute filter set', () => {
    expect(
      grpc(`
  - filters:
    - {type: RequestMirror}
    - {type: ExtensionRef, extensionRef: {group: a.io, kind: F, name: f}, requestHeaderModifier: {}}`),
    ).toEqual([
      'GRPCROUTE_FILTER_FIELD_MISSING spec.rules[0].filters[0].type',
      'GRPCROUTE_FILTER_FIELD_UNEXPECTED spec.rules[0].filters[1].requestHeaderModifier',
    ]);
  });
});

describe('request mirror', () => {
  it('_MIRROR_PERCENT_AND_FRACTION and _MIRROR_FRACTION_INVALID (denominator defaults to 100)', () => {
    expect(
      http(`
  - filters:
    - type: RequestMirror
      requestMirror: {backendRef: {name: m, port: 80}, percent: 10, fraction: {numerator: 1}}
  - filters:
    - {type: RequestMirror, requestMirror: {backendRef: {name: m, port: 80}, fraction: {numerator: 101}}}
  - filters:
    - {type: RequestMirror, requestMirror: {backendRef: {name: m, port: 80}, fraction: {numerator: 3, denominator: 4}}}`),
    ).toEqual([
      'HTTPROUTE_MIRROR_PERCENT_AND_FRACTION spec.rules[0].filters[0].requestMirror.fraction',
      'HTTPROUTE_MIRROR_FRACTION_INVALID spec.rules[1].filters[0].requestMirror.fraction.numerator',
    ]);
    expect(
      grpc(`
  - filters:
    - {type: RequestMirror, requestMirror: {backendRef: {name: m, port: 80}, fraction: {numerator: 5, denominator: 4}}}`),
    ).toEqual([
      'GRPCROUTE_MIRROR_FRACTION_INVALID spec.rules[0].filters[0].requestMirror.fraction.numerator',
    ]);
  });
});

describe('redirects and rewrites', () => {
  it('HTTPROUTE_REDIRECT_WITH_BACKEND_REFS: a redirect answers, it cannot also forward', () => {
    expect(
      http(`
  - filters: [{type: RequestRedirect, requestRedirect: {scheme: https}}]
    backendRefs: [{name: s, port: 80}]
  - filters: [{type: RequestRedirect, requestRedirect: {scheme: https}}]
    backendRefs: []`),
    ).toEqual(['HTTPROUTE_REDIRECT_WITH_BACKEND_REFS spec.rules[0].filters[0].requestRedirect']);
  });

  it('HTTPROUTE_PATH_MODIFIER_MISMATCH: type and value field must agree', () => {
    expect(
      http(`
  - filters:
    - type: URLRewrite
      urlRewrite: {path: {type: ReplaceFullPath, replacePrefixMatch: /x}}
  - filters:
    - {type: RequestRedirect, requestRedirect: {path: {type: ReplaceFullPath, replaceFullPath: /ok}}}`),
    ).toEqual([
      'HTTPROUTE_PATH_MODIFIER_MISMATCH spec.rules[0].filters[0].urlRewrite.path.type',
      'HTTPROUTE_PATH_MODIFIER_MISMATCH spec.rules[0].filters[0].urlRewrite.path.replacePrefixMatch',
    ]);
  });

  it('HTTPROUTE_REPLACE_PREFIX_NEEDS_ONE_PREFIX_MATCH: exactly one PathPrefix match', () => {
    const rewrite = `{type: URLRewrite, urlRewrite: {path: {type: ReplacePrefixMatch, replacePrefixMatch: /v2}}}`;
    expect(
      http(`
  - filters: [${rewrite}]
  - filters: [${rewrite}]
    matches: [{path: {type: PathPrefix, value: /v1}}]
  - filters: [${rewrite}]
    matches: [{headers: [{name: x, value: y}]}]
  - filters: [${rewrite}]
    matches: [{path: {type: Exact, value: /v1}}]
  - filters: [${rewrite}]
    matches: [{path: {value: /a}}, {path: {value: /b}}]
  - backendRefs:
    - {name: s, port: 80, filters: [${rewrite}]}
    matches: []`),
    ).toEqual([
      'HTTPROUTE_REPLACE_PREFIX_NEEDS_ONE_PREFIX_MATCH spec.rules[3].matches',
      'HTTPROUTE_REPLACE_PREFIX_NEEDS_ONE_PREFIX_MATCH spec.rules[4].matches',
      'HTTPROUTE_REPLACE_PREFIX_NEEDS_ONE_PREFIX_MATCH spec.rules[5].matches',
    ]);
  });
});

describe('external auth and CORS', () => {
  it('HTTPROUTE_EXTERNAL_AUTH_PROTOCOL_MISMATCH: protocol names the settings block', () => {
    expect(
      http(`
  - filters:
    - type: ExternalAuth
      externalAuth: {protocol: GRPC, http: {path: /auth}, backendRef: {name: a, port: 9000}}
    - type: ExternalAuth
      externalAuth: {protocol: HTTP, http: {}, backendRef: {name: a, port: 9000}}`),
    ).toEqual([
      'HTTPROUTE_EXTERNAL_AUTH_PROTOCOL_MISMATCH spec.rules[0].filters[0].externalAuth.protocol',
      'HTTPROUTE_EXTERNAL_AUTH_PROTOCOL_MISMATCH spec.rules[0].filters[0].externalAuth.http',
    ]);
  });

  it('HTTPROUTE_CORS_WILDCARD_NOT_ALONE: "*" with other entries', () => {
    expect(
      http(`
  - filters:
    - type: CORS
      cors:
        allowOrigins: ["*", "https://a.example.com"]
        allowMethods: ["*"]
        allowHeaders: [x-a, "*"]`),
    ).toEqual([
      'HTTPROUTE_CORS_WILDCARD_NOT_ALONE spec.rules[0].filters[0].cors.allowOrigins',
      'HTTPROUTE_CORS_WILDCARD_NOT_ALONE spec.rules[0].filters[0].cors.allowHeaders',
    ]);
  });
});

describe('path matches', () => {
  it('HTTPROUTE_PATH_INVALID: Exact and PathPrefix values must be normalized absolute paths', () => {
    const values = [
      'a',
      '/a//b',
      '/a/./b',
      '/a/../b',
      '/a%2fb',
      '/a%2Fb',
      '/a#b',
      '/a/..',
      '/a/.',
      '/a b',
    ];
    expect(
      http(`
  - matches:
${values.map((v) => `    - {path: {value: "${v}"}}`).join('\n')}
    - {path: {type: Exact, value: "/ok/path-1.html"}}
    - {path: {type: RegularExpression, value: "^/a//b$"}}
    - {path: {type: Exact}}
    - {}`),
    ).toEqual(
      values.map((_, k) => `HTTPROUTE_PATH_INVALID spec.rules[0].matches[${k}].path.value`),
    );
  });
});

describe('timeouts', () => {
  it('HTTPROUTE_BACKEND_TIMEOUT_EXCEEDS_REQUEST unless the request timeout is 0s (disabled)', () => {
    expect(
      http(`
  - timeouts: {request: 10s, backendRequest: 1m}
  - timeouts: {request: 1m, backendRequest: 10s}
  - timeouts: {request: 0s, backendRequest: 1h}
  - timeouts: {request: 1s, backendRequest: 1000ms}
  - timeouts: {request: bogus, backendRequest: 1h}`),
    ).toEqual(['HTTPROUTE_BACKEND_TIMEOUT_EXCEEDS_REQUEST spec.rules[0].timeouts.backendRequest']);
  });

  it('parses Gateway API durations', () => {
    expect(parseDuration('1h30m')).toBe(5_400_000);
    expect(parseDuration('10ms')).toBe(10);
    expect(parseDuration('1m1s1ms')).toBe(61_001);
    expect(parseDuration('1.5s')).toBeUndefined();
    expect(parseDuration('')).toBeUndefined();
  });
});

describe('session persistence', () => {
  it('_SESSION_PERSISTENCE_TYPE_MISMATCH: type (default Cookie) names the settings block', () => {
    expect(
      http(`
  - sessionPersistence: {}
  - sessionPersistence: {type: Header, cookie: {name: c}}
  - sessionPersistence: {type: Cookie, cookie: {name: c}}
  - sessionPersistence: {header: {name: h}}`),
    ).toEqual([
      'HTTPROUTE_SESSION_PERSISTENCE_TYPE_MISMATCH spec.rules[0].sessionPersistence',
      'HTTPROUTE_SESSION_PERSISTENCE_TYPE_MISMATCH spec.rules[1].sessionPersistence.cookie',
      'HTTPROUTE_SESSION_PERSISTENCE_TYPE_MISMATCH spec.rules[1].sessionPersistence.type',
      'HTTPROUTE_SESSION_PERSISTENCE_TYPE_MISMATCH spec.rules[3].sessionPersistence',
      'HTTPROUTE_SESSION_PERSISTENCE_TYPE_MISMATCH spec.rules[3].sessionPersistence.header',
    ]);
  });

  it('_SESSION_ABSOLUTE_TIMEOUT_REQUIRED: a Permanent cookie needs absoluteTimeout', () => {
    expect(
      grpc(`
  - sessionPersistence: {cookie: {lifetimeType: Permanent}}
  - sessionPersistence: {cookie: {lifetimeType: Permanent}, absoluteTimeout: 1h}
  - sessionPersistence: {cookie: {}}`),
    ).toEqual([
      'GRPCROUTE_SESSION_ABSOLUTE_TIMEOUT_REQUIRED spec.rules[0].sessionPersistence.cookie.lifetimeType',
    ]);
  });
});

describe('gRPC method matches', () => {
  it('GRPCROUTE_METHOD_MATCH_EMPTY: a method match needs service or method', () => {
    expect(
      grpc(`
  - matches:
    - method: {}
    - method: {type: RegularExpression}
    - method: {service: pkg.Svc}`),
    ).toEqual([
      'GRPCROUTE_METHOD_MATCH_EMPTY spec.rules[0].matches[0].method',
      'GRPCROUTE_METHOD_MATCH_EMPTY spec.rules[0].matches[1].method',
    ]);
  });

  it('GRPCROUTE_METHOD_MATCH_INVALID: Exact names must be valid identifiers', () => {
    expect(
      grpc(`
  - matches:
    - method: {service: .Pkg.v1.Svc, method: Get_2}
    - method: {service: "pkg/Svc", method: "Get*"}
    - method: {type: RegularExpression, service: "pkg\\\\..*", method: "Get.*"}`),
    ).toEqual([
      'GRPCROUTE_METHOD_MATCH_INVALID spec.rules[0].matches[1].method.service',
      'GRPCROUTE_METHOD_MATCH_INVALID spec.rules[0].matches[1].method.method',
    ]);
  });
});

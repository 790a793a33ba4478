/**
 * Test-only: small workspaces that raise the finding codes no fixture case raises, one code
 * each (see graph/findings-drawn.test.ts). Each names the code it is for.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SourceFile } from '../index';
import { tlsSecret } from './tls-secret';

export interface FindingInput {
  /** The code the input raises. */
  readonly code: string;
  /** Workspaces analysed one after another by one Analyzer (the last one is checked). */
  readonly steps: readonly (readonly SourceFile[])[];
  /** The instant certificates are judged at, when it matters. */
  readonly now?: string;
}

const pem = (file: string) =>
  readFileSync(join(import.meta.dirname, 'certs', file), 'utf8').trim();
const block = (text: string) =>
  text
    .split('\n')
    .map((l) => `    ${l}`)
    .join('\n');

/** A Secret of `infra` with the given PEM texts. */
const secret = (name: string, crt: string, key: string) => `apiVersion: v1
kind: Secret
metadata: {name: ${name}, namespace: infra}
type: kubernetes.io/tls
stringData:
  tls.crt: |
${block(crt)}
  tls.key: |
${block(key)}
`;

const gateway = (listeners: string, spec = '') => `apiVersion: gateway.networking.k8s.io/v1
kind: Gateway
metadata: {name: gw, namespace: infra}
spec:
  gatewayClassName: example
${spec}  listeners:
${listeners}
`;

const http = `  - {name: web, port: 80, protocol: HTTP, allowedRoutes: {namespaces: {from: All}}}`;
const https = (cert: string) =>
  `  - {name: shop, port: 443, protocol: HTTPS, hostname: shop.example.com, tls: {certificateRefs: [{name: ${cert}}]}}`;

const service = (name = 'svc', ports = '[{name: https, port: 443}]') => `apiVersion: v1
kind: Service
metadata: {name: ${name}, namespace: infra}
spec:
  ports: ${ports}
`;

const route = (rules: string, kind = 'HTTPRoute', spec = '') => `apiVersion: gateway.networking.k8s.io/v1
kind: ${kind}
metadata: {name: r, namespace: infra}
spec:
  parentRefs: [{name: gw}]
${spec}  rules:
${rules}
`;

const tls = `  - {name: tls, port: 443, protocol: TLS, tls: {mode: Passthrough}}`;
const tlsRoute = (hostnames: string) =>
  route('  - backendRefs: [{name: svc, port: 443}]', 'TLSRoute', `  hostnames: ${hostnames}\n`);

const policy = (validation: string, targets = '[{group: "", kind: Service, name: svc}]') =>
  `apiVersion: gateway.networking.k8s.io/v1
kind: BackendTLSPolicy
metadata: {name: p, namespace: infra}
spec:
  targetRefs: ${targets}
  validation:
${validation}
`;

const caMap = (name: string, crt: string) => `apiVersion: v1
kind: ConfigMap
metadata: {name: ${name}, namespace: infra}
data:
  ca.crt: ${JSON.stringify(crt)}
`;

const ws = (...docs: string[]) => [[{ path: 'w.yaml', text: docs.join('---\n') }]];

/** A workspace that reaches Service `svc` through an HTTPRoute, and one more document. */
const reached = (...docs: string[]) =>
  ws(gateway(http), route('  - backendRefs: [{name: svc, port: 443}]'), service(), ...docs);

const sans = (entries: string) =>
  reached(policy(`    hostname: svc.example\n    wellKnownCACertificates: System\n    subjectAltNames:\n${entries}`));

const filters = (kind: 'HTTPRoute' | 'GRPCRoute', rule: string) =>
  ws(gateway(http), route(rule, kind), service());

/** Inputs by code: each raises its code (and maybe others). */
export const findingInputs: readonly FindingInput[] = [
  {
    code: 'BACKEND_PORT_NOT_FOUND',
    steps: ws(gateway(http), route('  - backendRefs: [{name: svc, port: 8080}]'), service()),
  },
  {
    code: 'BACKEND_REF_PORT_REQUIRED',
    steps: ws(gateway(http), route('  - backendRefs: [{name: svc}]'), service()),
  },
  {
    code: 'BACKEND_TLS_CA_SOURCE_CONFLICT',
    steps: reached(
      policy(
        '    hostname: svc.example\n    wellKnownCACertificates: System\n    caCertificateRefs: [{group: "", kind: ConfigMap, name: ca}]',
      ),
    ),
  },
  { code: 'BACKEND_TLS_CA_SOURCE_MISSING', steps: reached(policy('    hostname: svc.example')) },
  {
    code: 'BACKEND_TLS_NO_GATEWAY',
    steps: ws(service(), policy('    hostname: svc.example\n    wellKnownCACertificates: System')),
  },
  { code: 'BACKEND_TLS_SAN_HOSTNAME_REQUIRED', steps: sans('    - {type: Hostname}') },
  { code: 'BACKEND_TLS_SAN_URI_REQUIRED', steps: sans('    - {type: URI}') },
  {
    code: 'BACKEND_TLS_SAN_HOSTNAME_FORBIDDEN',
    steps: sans('    - {type: URI, uri: "spiffe://a/b", hostname: a.example}'),
  },
  {
    code: 'BACKEND_TLS_SAN_URI_FORBIDDEN',
    steps: sans('    - {type: Hostname, hostname: a.example, uri: "spiffe://a/b"}'),
  },
  {
    code: 'BACKEND_TLS_TARGET_DUPLICATE',
    steps: reached(
      policy(
        '    hostname: svc.example\n    wellKnownCACertificates: System',
        '[{group: "", kind: Service, name: svc}, {group: "", kind: Service, name: svc}]',
      ),
    ),
  },
  {
    code: 'CA_MALFORMED',
    steps: reached(
      policy(
        '    hostname: svc.example\n    caCertificateRefs: [{group: "", kind: ConfigMap, name: ca}]',
      ),
      caMap('ca', 'not a certificate'),
    ),
  },
  {
    code: 'CERT_EXPIRING',
    now: '2026-11-22T12:00:00Z',
    steps: ws(gateway(https('old')), tlsSecret('infra', 'old', 'expired')),
  },
  {
    code: 'CERT_NOT_YET_VALID',
    now: '2026-01-01T00:00:00Z',
    steps: ws(gateway(https('old')), tlsSecret('infra', 'old', 'expired')),
  },
  {
    code: 'CERT_KEY_MALFORMED',
    steps: ws(
      gateway(https('cert')),
      secret('cert', pem('foo.crt.pem'), '-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----'),
    ),
  },
  {
    code: 'CERT_KEY_MISMATCH',
    steps: ws(gateway(https('cert')), secret('cert', pem('foo.crt.pem'), pem('bar.key.pem'))),
  },
  {
    code: 'CHAIN_OUT_OF_ORDER',
    steps: ws(
      gateway(https('cert')),
      secret('cert', `${pem('foo.crt.pem')}\n${pem('bar.crt.pem')}`, pem('foo.key.pem')),
    ),
  },
  { code: 'DUPLICATE_OBJECT', steps: ws(service(), service()) },
  {
    code: 'FIELD_ENUM',
    steps: ws(gateway('  - {name: tls, port: 443, protocol: TLS, tls: {mode: Reencrypt}}')),
  },
  { code: 'FIELD_PATTERN', steps: ws(gateway('  - {name: Bad_Name, port: 80, protocol: HTTP}')) },
  {
    code: 'FIELD_TOO_LONG',
    steps: ws(gateway(`  - {name: ${'a'.repeat(254)}, port: 80, protocol: HTTP}`)),
  },
  {
    code: 'FIELD_TOO_MANY',
    steps: ws(
      gateway(
        http,
        `  infrastructure:\n    labels: {${Array.from({ length: 9 }, (_, i) => `l${i}: x`).join(', ')}}\n`,
      ),
    ),
  },
  {
    code: 'FIELD_TOO_SHORT',
    steps: ws(gateway(http).replace('gatewayClassName: example', 'gatewayClassName: ""')),
  },
  {
    code: 'FRONTEND_TLS_PORT_DUPLICATE',
    steps: ws(
      gateway(
        https('cert'),
        `  tls:\n    frontend:\n      perPort:\n      - {port: 443, tls: {validation: {caCertificateRefs: [{group: "", kind: ConfigMap, name: ca}]}}}\n      - {port: 443, tls: {validation: {caCertificateRefs: [{group: "", kind: ConfigMap, name: ca}]}}}\n`,
      ),
    ),
  },
  {
    code: 'GATEWAY_ADDRESS_DUPLICATE',
    steps: ws(gateway(http, '  addresses:\n  - {value: 10.0.0.1}\n  - {value: 10.0.0.1}\n')),
  },
  {
    code: 'GATEWAY_ADDRESS_HOSTNAME_INVALID',
    steps: ws(gateway(http, '  addresses:\n  - {type: Hostname, value: LB.example.com}\n')),
  },
  {
    code: 'GATEWAY_INFRASTRUCTURE_KEY_INVALID',
    steps: ws(gateway(http, '  infrastructure:\n    labels: {"-bad": x}\n')),
  },
  {
    code: 'GATEWAY_INFRASTRUCTURE_KEY_PREFIX_TOO_LONG',
    steps: ws(
      gateway(
        http,
        `  infrastructure:\n    labels: {"${`${'a'.repeat(60)}.`.repeat(4)}${'b'.repeat(9)}/name": x}\n`,
      ),
    ),
  },
  {
    code: 'GRPCROUTE_METHOD_MATCH_EMPTY',
    steps: filters('GRPCRoute', '  - matches: [{method: {}}]\n    backendRefs: [{name: svc, port: 443}]'),
  },
  {
    code: 'GRPCROUTE_METHOD_MATCH_INVALID',
    steps: filters(
      'GRPCRoute',
      '  - matches: [{method: {service: "pkg/Svc"}}]\n    backendRefs: [{name: svc, port: 443}]',
    ),
  },
  {
    code: 'HOSTNAME_INVALID',
    steps: ws(gateway(http), route('  - backendRefs: [{name: svc, port: 443}]', 'HTTPRoute', '  hostnames: ["a..example.com"]\n'), service()),
  },
  {
    code: 'HOSTNAME_IS_IP',
    steps: ws(gateway(tls), tlsRoute('["10.0.0.1"]'), service()),
  },
  {
    code: 'HOSTNAME_WILDCARD_INVALID',
    steps: ws(gateway(tls), tlsRoute('["*example.com"]'), service()),
  },
  {
    code: 'HTTPROUTE_BACKEND_TIMEOUT_EXCEEDS_REQUEST',
    steps: filters('HTTPRoute', '  - timeouts: {request: 10s, backendRequest: 1m}\n    backendRefs: [{name: svc, port: 443}]'),
  },
  {
    code: 'HTTPROUTE_CORS_WILDCARD_NOT_ALONE',
    steps: filters('HTTPRoute', '  - filters: [{type: CORS, cors: {allowOrigins: ["*", "https://a.example.com"]}}]'),
  },
  {
    code: 'HTTPROUTE_EXTERNAL_AUTH_PROTOCOL_MISMATCH',
    steps: filters(
      'HTTPRoute',
      '  - filters: [{type: ExternalAuth, externalAuth: {protocol: GRPC, http: {path: /auth}, backendRef: {name: svc, port: 443}}}]',
    ),
  },
  {
    code: 'HTTPROUTE_PATH_INVALID',
    steps: filters('HTTPRoute', '  - matches: [{path: {value: "/a//b"}}]'),
  },
  {
    code: 'HTTPROUTE_PATH_MODIFIER_MISMATCH',
    steps: filters(
      'HTTPRoute',
      '  - filters: [{type: URLRewrite, urlRewrite: {path: {type: ReplaceFullPath, replacePrefixMatch: /x}}}]',
    ),
  },
  {
    code: 'HTTPROUTE_REDIRECT_AND_REWRITE',
    steps: filters(
      'HTTPRoute',
      '  - filters: [{type: URLRewrite, urlRewrite: {hostname: a.example.com}}, {type: RequestRedirect, requestRedirect: {scheme: https}}]',
    ),
  },
  {
    code: 'HTTPROUTE_REDIRECT_WITH_BACKEND_REFS',
    steps: filters(
      'HTTPRoute',
      '  - filters: [{type: RequestRedirect, requestRedirect: {scheme: https}}]\n    backendRefs: [{name: svc, port: 443}]',
    ),
  },
  {
    code: 'HTTPROUTE_REPLACE_PREFIX_NEEDS_ONE_PREFIX_MATCH',
    steps: filters(
      'HTTPRoute',
      '  - filters: [{type: URLRewrite, urlRewrite: {path: {type: ReplacePrefixMatch, replacePrefixMatch: /x}}}]\n    matches: [{path: {type: Exact, value: /v1}}]',
    ),
  },
  {
    code: 'HTTPROUTE_MATCHES_TOO_MANY',
    steps: filters(
      'HTTPRoute',
      Array.from({ length: 3 }, () => `  - matches: [${Array.from({ length: 60 }, () => '{}').join(', ')}]`).join('\n'),
    ),
  },
  {
    code: 'HTTPROUTE_FILTER_REPEATED',
    steps: filters(
      'HTTPRoute',
      '  - filters: [{type: RequestHeaderModifier, requestHeaderModifier: {remove: [a]}}, {type: RequestHeaderModifier, requestHeaderModifier: {remove: [b]}}]',
    ),
  },
  {
    code: 'GRPCROUTE_FILTER_REPEATED',
    steps: filters(
      'GRPCRoute',
      '  - filters: [{type: RequestHeaderModifier, requestHeaderModifier: {remove: [a]}}, {type: RequestHeaderModifier, requestHeaderModifier: {remove: [b]}}]',
    ),
  },
  {
    code: 'HTTPROUTE_FILTER_FIELD_MISSING',
    steps: filters('HTTPRoute', '  - filters: [{type: RequestRedirect}]'),
  },
  {
    code: 'GRPCROUTE_FILTER_FIELD_MISSING',
    steps: filters('GRPCRoute', '  - filters: [{type: RequestMirror}]'),
  },
  {
    code: 'HTTPROUTE_FILTER_FIELD_UNEXPECTED',
    steps: filters(
      'HTTPRoute',
      '  - filters: [{type: CORS, cors: {allowOrigins: ["*"]}, urlRewrite: {hostname: a.example.com}}]',
    ),
  },
  {
    code: 'GRPCROUTE_FILTER_FIELD_UNEXPECTED',
    steps: filters(
      'GRPCRoute',
      '  - filters: [{type: ExtensionRef, extensionRef: {group: a.io, kind: F, name: f}, requestHeaderModifier: {}}]',
    ),
  },
  {
    code: 'HTTPROUTE_MIRROR_PERCENT_AND_FRACTION',
    steps: filters(
      'HTTPRoute',
      '  - filters: [{type: RequestMirror, requestMirror: {backendRef: {name: svc, port: 443}, percent: 10, fraction: {numerator: 1}}}]',
    ),
  },
  {
    code: 'GRPCROUTE_MIRROR_PERCENT_AND_FRACTION',
    steps: filters(
      'GRPCRoute',
      '  - filters: [{type: RequestMirror, requestMirror: {backendRef: {name: svc, port: 443}, percent: 10, fraction: {numerator: 1}}}]',
    ),
  },
  {
    code: 'HTTPROUTE_MIRROR_FRACTION_INVALID',
    steps: filters(
      'HTTPRoute',
      '  - filters: [{type: RequestMirror, requestMirror: {backendRef: {name: svc, port: 443}, fraction: {numerator: 101}}}]',
    ),
  },
  {
    code: 'GRPCROUTE_MIRROR_FRACTION_INVALID',
    steps: filters(
      'GRPCRoute',
      '  - filters: [{type: RequestMirror, requestMirror: {backendRef: {name: svc, port: 443}, fraction: {numerator: 101}}}]',
    ),
  },
  {
    code: 'HTTPROUTE_SESSION_PERSISTENCE_TYPE_MISMATCH',
    steps: filters('HTTPRoute', '  - sessionPersistence: {type: Header, cookie: {name: c}}'),
  },
  {
    code: 'GRPCROUTE_SESSION_PERSISTENCE_TYPE_MISMATCH',
    steps: filters('GRPCRoute', '  - sessionPersistence: {type: Header, cookie: {name: c}}'),
  },
  {
    code: 'HTTPROUTE_SESSION_ABSOLUTE_TIMEOUT_REQUIRED',
    steps: filters('HTTPRoute', '  - sessionPersistence: {cookie: {lifetimeType: Permanent}}'),
  },
  {
    code: 'GRPCROUTE_SESSION_ABSOLUTE_TIMEOUT_REQUIRED',
    steps: filters('GRPCRoute', '  - sessionPersistence: {cookie: {lifetimeType: Permanent}}'),
  },
  {
    code: 'GRPCROUTE_MATCHES_TOO_MANY',
    steps: filters(
      'GRPCRoute',
      Array.from({ length: 3 }, () => `  - matches: [${Array.from({ length: 60 }, () => '{method: {service: s}}').join(', ')}]`).join('\n'),
    ),
  },
  {
    code: 'LISTENER_HOSTNAME_FORBIDDEN',
    steps: ws(gateway('  - {name: db, port: 5432, protocol: TCP, hostname: db.example.com}')),
  },
  {
    code: 'LISTENER_HTTPS_MODE_NOT_TERMINATE',
    steps: ws(gateway('  - {name: a, port: 443, protocol: HTTPS, tls: {mode: Passthrough}}')),
  },
  {
    code: 'LISTENER_NAME_DUPLICATE',
    steps: ws(gateway(`${http}\n  - {name: web, port: 8080, protocol: HTTP}`)),
  },
  {
    code: 'LISTENER_NO_CERTIFICATE',
    steps: ws(gateway('  - {name: a, port: 443, protocol: HTTPS}')),
  },
  {
    code: 'LISTENER_TLS_CERTIFICATE_REFS_REQUIRED',
    steps: ws(gateway('  - {name: a, port: 443, protocol: HTTPS, tls: {certificateRefs: []}}')),
  },
  {
    code: 'LISTENER_TLS_FORBIDDEN',
    steps: ws(gateway('  - {name: a, port: 80, protocol: HTTP, tls: {certificateRefs: [{name: c}]}}')),
  },
  {
    code: 'LISTENER_TLS_MODE_REQUIRED',
    steps: ws(gateway('  - {name: a, port: 443, protocol: TLS}')),
  },
  {
    code: 'LIST_DUPLICATE_KEY',
    steps: ws(service('svc', '[{port: 80}, {port: 80}]')),
  },
  {
    code: 'LIST_TOO_LONG',
    steps: ws(
      gateway(http),
      route(
        `  - backendRefs: [${Array.from({ length: 17 }, (_, i) => `{name: s${i}, port: 80}`).join(', ')}]`,
      ),
    ),
  },
  {
    code: 'LIST_TOO_SHORT',
    steps: ws(
      gateway(
        https('cert'),
        '  tls:\n    frontend:\n      default:\n        validation: {caCertificateRefs: []}\n',
      ),
    ),
  },
  {
    code: 'PARENT_REF_DUPLICATE',
    steps: ws(
      gateway(http),
      route('  - backendRefs: [{name: svc, port: 443}]').replace(
        'parentRefs: [{name: gw}]',
        'parentRefs: [{name: gw}, {name: gw}]',
      ),
      service(),
    ),
  },
  {
    code: 'PARENT_UNSUPPORTED_KIND',
    steps: ws(
      route('  - backendRefs: [{name: svc, port: 443}]').replace(
        'parentRefs: [{name: gw}]',
        'parentRefs: [{group: example.com, kind: Mesh, name: m}]',
      ),
      service(),
    ),
  },
  {
    code: 'ROUTE_RULE_NAME_DUPLICATE',
    steps: filters(
      'HTTPRoute',
      '  - {name: a, backendRefs: [{name: svc, port: 443}]}\n  - {name: a, backendRefs: [{name: svc, port: 443}]}',
    ),
  },
  {
    code: 'TEMPLATE_SYNTAX',
    steps: ws(gateway(http).replace('gatewayClassName: example', 'gatewayClassName: "{{ .Values.cls }}"')),
  },
  {
    code: 'UNKNOWN_FIELD',
    steps: ws(gateway('  - {name: web, port: 80, protocol: HTTP, tsl: {}}')),
  },
  {
    code: 'UNSUPPORTED_API_VERSION',
    steps: ws(gateway(http).replace('gateway.networking.k8s.io/v1\n', 'gateway.networking.k8s.io/v9\n')),
  },
  // The editor keeps a document's last good version while it does not read (someone is
  // typing): findings about its text concern the objects kept.
  ...(
    [
      ['YAML_SYNTAX', 'spec: {gatewayClassName: "x'],
      ['YAML_BAD_INDENT', 'spec:\n\tgatewayClassName: x'],
      ['YAML_BAD_ALIAS', 'spec: *nowhere'],
      ['YAML_TOO_DEEP', `spec: ${'['.repeat(210)}${']'.repeat(210)}`],
      ['YAML_ALIAS_LIMIT', aliasBomb()],
      ['INPUT_TOO_LARGE', `spec: {gatewayClassName: "${'a'.repeat(64 * 1024 * 1024)}"}`],
    ] as const
  ).map(([code, broken]) => ({
    code,
    steps: [
      [{ path: 'w.yaml', text: gateway(http) }],
      [
        {
          path: 'w.yaml',
          text: `apiVersion: gateway.networking.k8s.io/v1\nkind: Gateway\nmetadata: {name: gw, namespace: infra}\n${broken}\n`,
        },
      ],
    ],
  })),
  {
    code: 'YAML_DUPLICATE_KEY',
    steps: ws(gateway(http).replace('gatewayClassName: example', 'gatewayClassName: example\n  gatewayClassName: again')),
  },
  {
    code: 'YAML_WARNING',
    steps: ws(gateway(http).replace('gatewayClassName: example', 'gatewayClassName: !custom example')),
  },
  { code: 'NOT_AN_OBJECT', steps: ws('replicas: 3\n') },
  { code: 'MISSING_KIND', steps: ws('apiVersion: v1\nmetadata: {name: x}\n') },
  { code: 'MISSING_API_VERSION', steps: ws('kind: Service\nmetadata: {name: x}\n') },
  { code: 'MISSING_NAME', steps: ws('apiVersion: v1\nkind: Service\nmetadata: {}\n') },
  {
    code: 'INVALID_UTF8',
    steps: [
      [
        {
          path: 'w.yaml',
          text: gateway(http).replace('gatewayClassName: example', 'gatewayClassName: ex\uFFFDample'),
          invalidUtf8: true,
        },
      ],
    ],
  },
];

/** A document whose aliases expand to more than the 1,000 nodes a document may hold. */
function aliasBomb(): string {
  const lines = ['a0: &a0 [x, x, x, x, x, x, x, x, x, x]'];
  for (let i = 1; i < 6; i++)
    lines.push(`a${i}: &a${i} [${Array.from({ length: 10 }, () => `*a${i - 1}`).join(', ')}]`);
  return `spec:\n${lines.map((l) => `  ${l}`).join('\n')}`;
}

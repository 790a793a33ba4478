import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { splitApiVersion } from '../model/object';
import { formatPath } from '../model/path';
import { objectSchemaFor } from './registry';
import { validateSchema } from './validate-schema';

/** `CODE path` of every schema problem of a one-object YAML document. */
function problemsOf(text: string): string[] {
  const o = parse(text) as Record<string, unknown>;
  const { group, version } = splitApiVersion(String(o.apiVersion));
  const schema = objectSchemaFor(group, version, String(o.kind));
  if (!schema) throw new Error(`no schema for ${String(o.apiVersion)} ${String(o.kind)}`);
  return validateSchema(o, schema).map((p) => `${p.code} ${formatPath(p.path)}`);
}

const full = `
apiVersion: gateway.networking.k8s.io/v1
kind: Gateway
metadata:
  name: gw
  namespace: infra
  labels: {team: platform}
  creationTimestamp: "2025-01-01T00:00:00Z"
  generation: 3
  uid: 0b6e
spec:
  gatewayClassName: example
  addresses: [{type: IPAddress, value: 10.0.0.1}]
  allowedListeners:
    namespaces:
      from: Selector
      selector: {matchLabels: {gateway-access: "true"}}
  infrastructure:
    labels: {cost-center: "42"}
    annotations: {example.com/lb: internal}
    parametersRef: {group: example.com, kind: Params, name: p}
  listeners:
  - name: https
    hostname: "*.example.com"
    port: 443
    protocol: HTTPS
    tls:
      mode: Terminate
      certificateRefs: [{name: wildcard, namespace: certs}]
      options: {example.com/min-version: "1.3"}
    allowedRoutes:
      namespaces: {from: All}
      kinds: [{kind: HTTPRoute}, {group: gateway.networking.k8s.io, kind: GRPCRoute}]
  - {name: tls, port: 8443, protocol: TLS, tls: {mode: Passthrough}}
  tls:
    backend:
      clientCertificateRef: {name: gw-client}
    frontend:
      default:
        validation:
          caCertificateRefs: [{group: "", kind: ConfigMap, name: client-ca}]
      perPort:
      - port: 8443
        tls:
          validation:
            caCertificateRefs: [{group: "", kind: ConfigMap, name: partner-ca}]
            mode: AllowInsecureFallback
status:
  anything: goes
`;

describe('Gateway schema', () => {
  it('accepts a full v1 Gateway without problems', () => {
    expect(problemsOf(full)).toEqual([]);
    expect(problemsOf(full.replace('/v1\n', '/v1beta1\n'))).toEqual([]);
  });

  it('accepts the pre-v1.4 experimental frontendValidation and backendTLS fields', () => {
    expect(
      problemsOf(`
apiVersion: gateway.networking.k8s.io/v1
kind: Gateway
metadata: {name: gw}
spec:
  gatewayClassName: example
  backendTLS:
    clientCertificateRef: {name: gw-client}
  listeners:
  - name: https
    port: 443
    protocol: HTTPS
    tls:
      certificateRefs: [{name: c}]
      frontendValidation:
        caCertificateRefs: [{group: "", kind: ConfigMap, name: ca}]`),
    ).toEqual([]);
  });

  it('reports required fields, enums, patterns, ranges and list limits', () => {
    expect(
      problemsOf(`
apiVersion: gateway.networking.k8s.io/v1
kind: Gateway
metadata: {name: gw}
spec:
  listeners:
  - name: Bad_Name
    hostname: "foo.*.example.com"
    port: 70000
    protocol: "HTTPS!"
    tls: {mode: Reencrypt, certificateRefs: [{kind: Secret}]}
    allowedRoutes: {namespaces: {from: None}}
  - {name: b, port: 80, protocol: HTTP}
  - {name: b, port: 81, protocol: HTTP}
  tls:
    frontend:
      perPort: [{port: 443}]`),
    ).toEqual([
      'FIELD_REQUIRED spec',
      'FIELD_PATTERN spec.listeners[0].name',
      'HOSTNAME_INVALID spec.listeners[0].hostname',
      'FIELD_OUT_OF_RANGE spec.listeners[0].port',
      'FIELD_PATTERN spec.listeners[0].protocol',
      'FIELD_ENUM spec.listeners[0].tls.mode',
      'FIELD_REQUIRED spec.listeners[0].tls.certificateRefs[0]',
      'FIELD_ENUM spec.listeners[0].allowedRoutes.namespaces.from',
      'LIST_DUPLICATE_KEY spec.listeners[2]',
      'FIELD_REQUIRED spec.tls.frontend',
      'FIELD_REQUIRED spec.tls.frontend.perPort[0]',
    ]);
  });

  it('warns about unknown fields with their path', () => {
    const result = validateSchemaOf(`
apiVersion: gateway.networking.k8s.io/v1
kind: Gateway
metadata: {name: gw}
spec:
  gatewayClassName: example
  listeners:
  - {name: a, port: 80, protocol: HTTP, tsl: {}}
  spec: {}
extra: 1`);
    expect(result).toEqual([
      'UNKNOWN_FIELD spec.listeners[0].tsl (warning)',
      'UNKNOWN_FIELD spec.spec (warning)',
      'UNKNOWN_FIELD extra (warning)',
    ]);
  });

  it('GatewayClass: controllerName is required and has the domain/path form', () => {
    const gc = (spec: string) =>
      problemsOf(
        `apiVersion: gateway.networking.k8s.io/v1\nkind: GatewayClass\nmetadata: {name: c}\nspec: ${spec}`,
      );
    expect(gc('{controllerName: example.com/gateway-controller, description: Example}')).toEqual(
      [],
    );
    expect(gc('{controllerName: gateway-controller}')).toEqual([
      'FIELD_PATTERN spec.controllerName',
    ]);
    expect(gc('{description: x}')).toEqual(['FIELD_REQUIRED spec']);
  });
});

function validateSchemaOf(text: string): string[] {
  const o = parse(text) as Record<string, unknown>;
  const schema = objectSchemaFor('gateway.networking.k8s.io', 'v1', 'Gateway');
  if (!schema) throw new Error('no schema');
  return validateSchema(o, schema).map(
    (p) => `${p.code} ${formatPath(p.path)}${p.warning ? ' (warning)' : ''}`,
  );
}

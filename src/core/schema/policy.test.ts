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

describe('BackendTLSPolicy schema', () => {
  const v1 = (version: string) => `
apiVersion: gateway.networking.k8s.io/${version}
kind: BackendTLSPolicy
metadata: {name: invoicer-tls, namespace: orders}
spec:
  targetRefs:
  - {group: "", kind: Service, name: invoicer, sectionName: https}
  validation:
    hostname: invoicer.orders.svc.example
    caCertificateRefs: [{group: "", kind: ConfigMap, name: invoicer-ca}]
    subjectAltNames:
    - {type: Hostname, hostname: "*.internal"}
    - {type: URI, uri: "spiffe://cluster/ns/orders/sa/invoicer"}
  options: {example.com/min-version: "1.3"}`;

  it('accepts v1 and v1alpha3', () => {
    expect(problemsOf(v1('v1'))).toEqual([]);
    expect(problemsOf(v1('v1alpha3'))).toEqual([]);
  });

  it('checks hostname, well-known CA sets, SAN types and target references', () => {
    expect(
      problemsOf(`
apiVersion: gateway.networking.k8s.io/v1
kind: BackendTLSPolicy
metadata: {name: p}
spec:
  targetRefs: [{kind: Service, name: s, namespace: other}]
  validation:
    hostname: "*.wildcard.example"
    wellKnownCACertificates: Mozilla
    subjectAltNames: [{type: IP, hostname: a.example}, {type: URI, uri: not-a-uri}]`),
    ).toEqual([
      'FIELD_REQUIRED spec.targetRefs[0]',
      'UNKNOWN_FIELD spec.targetRefs[0].namespace',
      'HOSTNAME_INVALID spec.validation.hostname',
      'FIELD_PATTERN spec.validation.wellKnownCACertificates',
      'FIELD_ENUM spec.validation.subjectAltNames[0].type',
      'FIELD_PATTERN spec.validation.subjectAltNames[1].uri',
    ]);
  });

  it('accepts vendor well-known CA sets (pattern since v1.5)', () => {
    expect(
      problemsOf(
        v1('v1').replace(
          'caCertificateRefs: [{group: "", kind: ConfigMap, name: invoicer-ca}]',
          'wellKnownCACertificates: vendor.example/bundle',
        ),
      ),
    ).toEqual([]);
  });

  it('v1alpha2 has the old shape: targetRef and tls', () => {
    const old = `
apiVersion: gateway.networking.k8s.io/v1alpha2
kind: BackendTLSPolicy
metadata: {name: p, namespace: orders}
spec:
  targetRef: {group: "", kind: Service, name: invoicer, namespace: orders, sectionName: https}
  tls: {hostname: invoicer.example, caCertRefs: [{group: "", kind: ConfigMap, name: ca}], wellKnownCACerts: System}`;
    expect(problemsOf(old)).toEqual([]);
    expect(
      problemsOf(old.replace('wellKnownCACerts: System', 'wellKnownCACerts: vendor.example/x')),
    ).toEqual(['FIELD_ENUM spec.tls.wellKnownCACerts']);
    expect(problemsOf(v1('v1').replace('/v1\n', '/v1alpha2\n'))).toEqual([
      'FIELD_REQUIRED spec', // targetRef
      'FIELD_REQUIRED spec', // tls
      'UNKNOWN_FIELD spec.targetRefs',
      'UNKNOWN_FIELD spec.validation',
      'UNKNOWN_FIELD spec.options',
    ]);
  });
});

describe('ReferenceGrant schema', () => {
  const grant = (version: string) => `
apiVersion: gateway.networking.k8s.io/${version}
kind: ReferenceGrant
metadata: {name: allow-gw-certs, namespace: certs}
spec:
  from: [{group: gateway.networking.k8s.io, kind: Gateway, namespace: infra}]
  to: [{group: "", kind: Secret, name: wildcard-cert}, {group: "", kind: Secret}]`;

  it('accepts v1, v1beta1 and v1alpha2', () => {
    for (const v of ['v1', 'v1beta1', 'v1alpha2']) expect(problemsOf(grant(v))).toEqual([]);
  });

  it('requires from.namespace and to.group, with 1 to 16 entries each', () => {
    expect(
      problemsOf(`
apiVersion: gateway.networking.k8s.io/v1beta1
kind: ReferenceGrant
metadata: {name: g}
spec:
  from: [{group: gateway.networking.k8s.io, kind: HTTPRoute}]
  to: []`),
    ).toEqual(['FIELD_REQUIRED spec.from[0]', 'LIST_TOO_SHORT spec.to']);
  });
});

import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { formatPath } from '../model/path';
import { validateCel } from './cel-rules';

function found(version: string, spec: string): string[] {
  const o = parse(`
apiVersion: gateway.networking.k8s.io/${version}
kind: BackendTLSPolicy
metadata: {name: p, namespace: orders}
spec:
${spec}`) as Record<string, unknown>;
  return validateCel('gateway.networking.k8s.io', version, 'BackendTLSPolicy', o).map(
    (p) => `${p.code} ${formatPath(p.path)}`,
  );
}

const target = `  targetRefs: [{group: "", kind: Service, name: invoicer}]`;

describe('BackendTLSPolicy CA source (v1, v1alpha3)', () => {
  it('accepts caCertificateRefs or wellKnownCACertificates alone', () => {
    for (const version of ['v1', 'v1alpha3']) {
      expect(
        found(
          version,
          `${target}
  validation: {hostname: invoicer.example, caCertificateRefs: [{group: "", kind: ConfigMap, name: ca}]}`,
        ),
      ).toEqual([]);
      expect(
        found(
          version,
          `${target}\n  validation: {hostname: invoicer.example, wellKnownCACertificates: System}`,
        ),
      ).toEqual([]);
    }
  });

  it('BACKEND_TLS_CA_SOURCE_CONFLICT: both sources', () => {
    expect(
      found(
        'v1',
        `${target}
  validation:
    hostname: invoicer.example
    caCertificateRefs: [{group: "", kind: ConfigMap, name: ca}]
    wellKnownCACertificates: System`,
      ),
    ).toEqual(['BACKEND_TLS_CA_SOURCE_CONFLICT spec.validation.wellKnownCACertificates']);
  });

  it('BACKEND_TLS_CA_SOURCE_MISSING: neither source (empty values count as unset)', () => {
    expect(found('v1', `${target}\n  validation: {hostname: invoicer.example}`)).toEqual([
      'BACKEND_TLS_CA_SOURCE_MISSING spec.validation',
    ]);
    expect(
      found(
        'v1alpha3',
        `${target}\n  validation: {hostname: a.example, caCertificateRefs: [], wellKnownCACertificates: ""}`,
      ),
    ).toEqual(['BACKEND_TLS_CA_SOURCE_MISSING spec.validation']);
  });
});

describe('BackendTLSPolicy v1alpha2 (old field names)', () => {
  const old = (tls: string) =>
    found('v1alpha2', `  targetRef: {group: "", kind: Service, name: invoicer}\n  tls: ${tls}`);

  it('applies the CA rules to tls.caCertRefs and tls.wellKnownCACerts', () => {
    expect(
      old(`{hostname: a.example, caCertRefs: [{group: "", kind: ConfigMap, name: ca}]}`),
    ).toEqual([]);
    expect(old(`{hostname: a.example, wellKnownCACerts: System}`)).toEqual([]);
    expect(
      old(
        `{hostname: a.example, wellKnownCACerts: System, caCertRefs: [{group: "", kind: ConfigMap, name: ca}]}`,
      ),
    ).toEqual(['BACKEND_TLS_CA_SOURCE_CONFLICT spec.tls.wellKnownCACerts']);
    expect(old(`{hostname: a.example}`)).toEqual(['BACKEND_TLS_CA_SOURCE_MISSING spec.tls']);
  });

  it('ignores the v1 field names on v1alpha2 (they are unknown fields there)', () => {
    expect(
      found(
        'v1alpha2',
        `  targetRef: {group: "", kind: Service, name: s}
  validation: {hostname: a.example}
  targetRefs: [{group: "", kind: Service, name: s}, {group: "", kind: Service, name: s}]
  tls: {hostname: a.example, wellKnownCACerts: System}`,
      ),
    ).toEqual([]);
  });
});

describe('BackendTLSPolicy subjectAltNames', () => {
  const sans = (entries: string) =>
    found(
      'v1',
      `${target}\n  validation:\n    hostname: a.example\n    wellKnownCACertificates: System\n    subjectAltNames:\n${entries}`,
    );

  it('accepts entries that hold what their type says', () => {
    expect(
      sans(`    - {type: Hostname, hostname: invoicer.internal}
    - {type: URI, uri: "spiffe://cluster/ns/orders/sa/invoicer"}`),
    ).toEqual([]);
  });

  it('BACKEND_TLS_SAN_HOSTNAME_REQUIRED / _URI_REQUIRED at the type', () => {
    expect(sans(`    - {type: Hostname}\n    - {type: URI, uri: ""}`)).toEqual([
      'BACKEND_TLS_SAN_HOSTNAME_REQUIRED spec.validation.subjectAltNames[0].type',
      'BACKEND_TLS_SAN_URI_REQUIRED spec.validation.subjectAltNames[1].type',
    ]);
  });

  it('BACKEND_TLS_SAN_HOSTNAME_FORBIDDEN / _URI_FORBIDDEN at the misplaced field', () => {
    expect(
      sans(`    - {type: URI, uri: "spiffe://a/b", hostname: a.example}
    - {type: Hostname, hostname: a.example, uri: "spiffe://a/b"}`),
    ).toEqual([
      'BACKEND_TLS_SAN_HOSTNAME_FORBIDDEN spec.validation.subjectAltNames[0].hostname',
      'BACKEND_TLS_SAN_URI_FORBIDDEN spec.validation.subjectAltNames[1].uri',
    ]);
  });
});

describe('BACKEND_TLS_TARGET_DUPLICATE', () => {
  const targets = (entries: string) =>
    found(
      'v1',
      `  targetRefs:\n${entries}\n  validation: {hostname: a.example, wellKnownCACertificates: System}`,
    );

  it('accepts one Service targeted per port name, and different Services', () => {
    expect(
      targets(`  - {group: "", kind: Service, name: s, sectionName: https}
  - {group: "", kind: Service, name: s, sectionName: admin}
  - {group: "", kind: Service, name: t}`),
    ).toEqual([]);
  });

  it('flags an exact repeat, and mixing whole-Service and per-port targets', () => {
    expect(
      targets(`  - {group: "", kind: Service, name: s}
  - {group: "", kind: Service, name: s}
  - {group: "", kind: Service, name: t, sectionName: https}
  - {group: "", kind: Service, name: t}
  - {group: "", kind: Service, name: u, sectionName: https}
  - {group: "", kind: Service, name: u, sectionName: https}`),
    ).toEqual([
      'BACKEND_TLS_TARGET_DUPLICATE spec.targetRefs[1]',
      'BACKEND_TLS_TARGET_DUPLICATE spec.targetRefs[5]',
      'BACKEND_TLS_TARGET_DUPLICATE spec.targetRefs[3]',
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { formatPath } from '../model/path';
import { objectSchemaFor } from './registry';
import { validateSchema } from './validate-schema';

function problemsOf(kind: string, text: string): string[] {
  const schema = objectSchemaFor('', 'v1', kind);
  if (!schema) throw new Error(`no schema for ${kind}`);
  return validateSchema(parse(text), schema).map(
    (p) => `${p.code} ${formatPath(p.path)}${p.part === 'key' ? ' (key)' : ''}`,
  );
}

describe('core kinds', () => {
  it('Secret: type, base64 data and stringData are strings by key', () => {
    expect(
      problemsOf(
        'Secret',
        `
apiVersion: v1
kind: Secret
metadata: {name: app-cert, namespace: apps, annotations: {cert-manager.io/issuer: x}}
type: kubernetes.io/tls
data: {tls.crt: LS0t, tls.key: LS0t}
stringData: {ca.crt: "-----BEGIN CERTIFICATE-----"}`,
      ),
    ).toEqual([]);
    expect(
      problemsOf(
        'Secret',
        `
apiVersion: v1
kind: Secret
metadata: {name: s}
type: 5
data: {"bad key": x, n: 1}
stringdata: {}`,
      ),
    ).toEqual([
      'FIELD_TYPE type',
      'FIELD_PATTERN data["bad key"] (key)',
      'FIELD_TYPE data.n',
      'UNKNOWN_FIELD stringdata (key)',
    ]);
  });

  it('ConfigMap: data and binaryData', () => {
    expect(
      problemsOf(
        'ConfigMap',
        `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: ca}\ndata: {ca.crt: pem}\nbinaryData: {x: AA==}`,
      ),
    ).toEqual([]);
    expect(
      problemsOf(
        'ConfigMap',
        `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: ca}\ndata: [ca.crt]`,
      ),
    ).toEqual(['FIELD_TYPE data']);
  });

  it('Service: ports are typed, every other spec field is accepted', () => {
    expect(
      problemsOf(
        'Service',
        `
apiVersion: v1
kind: Service
metadata: {name: invoicer, namespace: orders}
spec:
  type: ClusterIP
  selector: {app: invoicer}
  ports:
  - {name: https, port: 443, targetPort: 8443, protocol: TCP, appProtocol: kubernetes.io/h2c}
  - {name: metrics, port: 9090, targetPort: metrics}
status: {loadBalancer: {}}`,
      ),
    ).toEqual([]);
    expect(
      problemsOf(
        'Service',
        `
apiVersion: v1
kind: Service
metadata: {name: s}
spec:
  ports: [{name: a, port: "443"}, {port: 80, protocol: QUIC}, {port: 81, protocol: TCP}, {port: 81, protocol: TCP}]`,
      ),
    ).toEqual([
      'FIELD_TYPE spec.ports[0].port',
      'FIELD_ENUM spec.ports[1].protocol',
      'LIST_DUPLICATE_KEY spec.ports[3]',
    ]);
  });

  it('Namespace: labels are what matters; the rest is open', () => {
    expect(
      problemsOf(
        'Namespace',
        `apiVersion: v1\nkind: Namespace\nmetadata: {name: apps, labels: {team: kiwi}}\nspec: {finalizers: [kubernetes]}`,
      ),
    ).toEqual([]);
    expect(
      problemsOf(
        'Namespace',
        `apiVersion: v1\nkind: Namespace\nmetadata: {name: apps, labels: {shared: true}}`,
      ),
    ).toEqual(['FIELD_TYPE metadata.labels.shared']);
  });
});

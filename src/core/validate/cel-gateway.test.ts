import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { formatPath } from '../model/path';
import { validateCel } from './cel-rules';

function found(spec: string): string[] {
  const o = parse(`
apiVersion: gateway.networking.k8s.io/v1
kind: Gateway
metadata: {name: gw, namespace: infra}
spec:
  gatewayClassName: example
  listeners: [{name: http, port: 80, protocol: HTTP}]
${spec}`) as Record<string, unknown>;
  return validateCel('gateway.networking.k8s.io', 'v1', 'Gateway', o).map(
    (p) => `${p.code} ${formatPath(p.path)}${p.part === 'key' ? ' (key)' : ''}`,
  );
}

describe('Gateway spec.tls.frontend.perPort', () => {
  const perPort = (ports: number[]) => `
  tls:
    frontend:
      default:
        validation: {caCertificateRefs: [{group: "", kind: ConfigMap, name: ca}]}
      perPort:
${ports.map((p) => `      - {port: ${p}, tls: {validation: {caCertificateRefs: [{group: "", kind: ConfigMap, name: ca-${p}}]}}}`).join('\n')}`;

  it('accepts distinct ports', () => {
    expect(found(perPort([443, 8443]))).toEqual([]);
  });

  it('FRONTEND_TLS_PORT_DUPLICATE: points at the port of the repeated entry', () => {
    expect(found(perPort([443, 8443, 443]))).toEqual([
      'FRONTEND_TLS_PORT_DUPLICATE spec.tls.frontend.perPort[2].port',
    ]);
  });
});

describe('Gateway spec.addresses', () => {
  it('accepts distinct addresses of every type, and repeated NamedAddress values', () => {
    expect(
      found(`
  addresses:
  - {value: 10.0.0.1}
  - {type: IPAddress, value: 10.0.0.2}
  - {type: Hostname, value: lb.example.com}
  - {type: NamedAddress, value: pool}
  - {type: NamedAddress, value: pool}
  - {type: Hostname}`),
    ).toEqual([]);
  });

  it('GATEWAY_ADDRESS_DUPLICATE: type defaults to IPAddress before comparing', () => {
    expect(
      found(`
  addresses:
  - {value: 10.0.0.1}
  - {type: IPAddress, value: 10.0.0.1}
  - {type: Hostname, value: lb.example.com}
  - {type: Hostname, value: lb.example.com}`),
    ).toEqual([
      'GATEWAY_ADDRESS_DUPLICATE spec.addresses[1].value',
      'GATEWAY_ADDRESS_DUPLICATE spec.addresses[3].value',
    ]);
  });

  it('GATEWAY_ADDRESS_HOSTNAME_INVALID: a Hostname address must be a DNS name', () => {
    expect(
      found(`
  addresses:
  - {type: Hostname, value: LB.example.com}
  - {type: Hostname, value: "*.lb.example.com"}
  - {type: IPAddress, value: not-checked-here}`),
    ).toEqual(['GATEWAY_ADDRESS_HOSTNAME_INVALID spec.addresses[0].value']);
  });
});

describe('Gateway spec.infrastructure keys', () => {
  it('accepts prefixed and plain keys', () => {
    expect(
      found(`
  infrastructure:
    labels: {app: gw, example.com/team: kiwi}
    annotations: {note: x, a.b.example/owner: me}`),
    ).toEqual([]);
  });

  it('GATEWAY_INFRASTRUCTURE_KEY_INVALID: bad label and annotation keys, on the key', () => {
    expect(
      found(`
  infrastructure:
    labels: {"-bad": x}
    annotations: {"Example.com/x": y}`),
    ).toEqual([
      'GATEWAY_INFRASTRUCTURE_KEY_INVALID spec.infrastructure.labels["-bad"] (key)',
      'GATEWAY_INFRASTRUCTURE_KEY_INVALID spec.infrastructure.annotations["Example.com/x"] (key)',
    ]);
  });

  it('GATEWAY_INFRASTRUCTURE_KEY_PREFIX_TOO_LONG: a prefix of 253 characters or more', () => {
    const prefix = `${'a'.repeat(60)}.`.repeat(4) + 'b'.repeat(9);
    expect(prefix.length).toBe(253);
    const result = found(`
  infrastructure:
    labels: {"${prefix}/name": x, "${prefix.slice(1)}/name": y}`);
    expect(result).toHaveLength(1);
    expect(result[0]).toMatch(
      /^GATEWAY_INFRASTRUCTURE_KEY_PREFIX_TOO_LONG spec\.infrastructure\.labels/,
    );
  });
});

import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { splitApiVersion } from '../model/object';
import { formatPath } from '../model/path';
import { validateCel } from './cel-rules';

/** `CODE path` for every CEL problem of a one-object YAML document. */
function found(text: string): string[] {
  const o = parse(text) as Record<string, unknown>;
  const { group, version } = splitApiVersion(String(o.apiVersion));
  return validateCel(group, version, String(o.kind), o).map(
    (p) => `${p.code} ${formatPath(p.path)}`,
  );
}

const gateway = (listeners: string) => `
apiVersion: gateway.networking.k8s.io/v1
kind: Gateway
metadata: {name: gw, namespace: infra}
spec:
  gatewayClassName: example
  listeners:
${listeners}`;

describe('listener TLS rules (Gateway)', () => {
  it('accepts a well-formed HTTP, HTTPS, TLS passthrough and TCP set', () => {
    expect(
      found(
        gateway(`
  - {name: http, port: 80, protocol: HTTP}
  - name: https
    port: 443
    protocol: HTTPS
    hostname: app.example.com
    tls: {certificateRefs: [{name: app-cert}]}
  - {name: tls, port: 8443, protocol: TLS, tls: {mode: Passthrough}}
  - {name: tcp, port: 5432, protocol: TCP}`),
      ),
    ).toEqual([]);
  });

  it('LISTENER_TLS_FORBIDDEN: tls on HTTP, TCP and UDP listeners, pointing at the tls key', () => {
    expect(
      found(
        gateway(`
  - {name: a, port: 80, protocol: HTTP, tls: {certificateRefs: [{name: c}]}}
  - {name: b, port: 81, protocol: TCP, tls: {}}
  - {name: c, port: 82, protocol: UDP, tls: {mode: Passthrough}}`),
      ),
    ).toEqual([
      'LISTENER_TLS_FORBIDDEN spec.listeners[0].tls',
      'LISTENER_TLS_FORBIDDEN spec.listeners[1].tls',
      'LISTENER_TLS_FORBIDDEN spec.listeners[2].tls',
    ]);
  });

  it('LISTENER_HTTPS_MODE_NOT_TERMINATE: passthrough on HTTPS; Terminate and unset mode pass', () => {
    expect(
      found(
        gateway(`
  - {name: a, port: 443, protocol: HTTPS, tls: {mode: Passthrough}}
  - {name: b, port: 444, protocol: HTTPS, tls: {mode: Terminate, certificateRefs: [{name: c}]}}
  - {name: c, port: 445, protocol: HTTPS, tls: {certificateRefs: [{name: c}]}}`),
      ),
    ).toEqual(['LISTENER_HTTPS_MODE_NOT_TERMINATE spec.listeners[0].tls.mode']);
  });

  it('an HTTPS listener without tls passes validation (no certificate, but not a CEL error)', () => {
    expect(found(gateway(`  - {name: a, port: 443, protocol: HTTPS}`))).toEqual([]);
  });

  it('LISTENER_TLS_MODE_REQUIRED: a TLS listener without tls; tls: {} defaults to Terminate', () => {
    expect(found(gateway(`  - {name: a, port: 443, protocol: TLS}`))).toEqual([
      'LISTENER_TLS_MODE_REQUIRED spec.listeners[0].protocol',
    ]);
    expect(found(gateway(`  - {name: a, port: 443, protocol: TLS, tls: {mode: ''}}`))).toEqual([
      'LISTENER_TLS_MODE_REQUIRED spec.listeners[0].tls.mode',
    ]);
    // `tls: {}` is `{mode: Terminate}` after defaulting: the mode is set, but a cert is missing.
    expect(found(gateway(`  - {name: a, port: 443, protocol: TLS, tls: {}}`))).toEqual([
      'LISTENER_TLS_CERTIFICATE_REFS_REQUIRED spec.listeners[0].tls',
    ]);
  });

  it('LISTENER_HOSTNAME_FORBIDDEN: TCP and UDP listeners with a hostname; empty hostname passes', () => {
    expect(
      found(
        gateway(`
  - {name: a, port: 5432, protocol: TCP, hostname: db.example.com}
  - {name: b, port: 53, protocol: UDP, hostname: dns.example.com}
  - {name: c, port: 54, protocol: UDP, hostname: ''}
  - {name: d, port: 443, protocol: TLS, hostname: x.example.com, tls: {mode: Passthrough}}`),
      ),
    ).toEqual([
      'LISTENER_HOSTNAME_FORBIDDEN spec.listeners[0].hostname',
      'LISTENER_HOSTNAME_FORBIDDEN spec.listeners[1].hostname',
    ]);
  });

  it('LISTENER_NAME_DUPLICATE: points at the name of the second listener', () => {
    expect(
      found(
        gateway(`
  - {name: web, port: 80, protocol: HTTP}
  - {name: web, port: 8080, protocol: HTTP}
  - {name: other, port: 8081, protocol: HTTP}`),
      ),
    ).toEqual(['LISTENER_NAME_DUPLICATE spec.listeners[1].name']);
  });

  it('LISTENER_DUPLICATE: same port, protocol and hostname; unset hostname equals only unset', () => {
    expect(
      found(
        gateway(`
  - {name: a, port: 80, protocol: HTTP}
  - {name: b, port: 80, protocol: HTTP, hostname: a.example.com}
  - {name: c, port: 80, protocol: HTTP}
  - {name: d, port: 80, protocol: HTTP, hostname: a.example.com}
  - {name: e, port: 81, protocol: HTTP}
  - {name: f, port: 80, protocol: HTTPS, tls: {options: {vendor.example/x: y}}}`),
      ),
    ).toEqual(['LISTENER_DUPLICATE spec.listeners[2]', 'LISTENER_DUPLICATE spec.listeners[3]']);
  });

  it('LISTENER_TLS_CERTIFICATE_REFS_REQUIRED: Terminate without certificateRefs or options', () => {
    expect(
      found(
        gateway(`
  - {name: a, port: 443, protocol: HTTPS, tls: {certificateRefs: []}}
  - {name: b, port: 444, protocol: HTTPS, tls: {options: {example.com/cert: managed}}}
  - {name: c, port: 445, protocol: TLS, tls: {mode: Passthrough}}
  - {name: d, port: 446, protocol: HTTPS, tls: {mode: Terminate, options: {}}}`),
      ),
    ).toEqual([
      'LISTENER_TLS_CERTIFICATE_REFS_REQUIRED spec.listeners[0].tls',
      'LISTENER_TLS_CERTIFICATE_REFS_REQUIRED spec.listeners[3].tls',
    ]);
  });

  it('reports only LISTENER_TLS_FORBIDDEN for `tls: {}` on HTTP (removing tls fixes both)', () => {
    expect(found(gateway(`  - {name: a, port: 80, protocol: HTTP, tls: {}}`))).toEqual([
      'LISTENER_TLS_FORBIDDEN spec.listeners[0].tls',
    ]);
  });

  it('v1beta1 Gateways get the same rules', () => {
    const text = gateway(`  - {name: a, port: 443, protocol: TLS}`).replace('/v1\n', '/v1beta1\n');
    expect(found(text)).toEqual(['LISTENER_TLS_MODE_REQUIRED spec.listeners[0].protocol']);
  });

  it('skips listeners whose fields have the wrong type instead of guessing', () => {
    expect(
      found(
        gateway(`
  - {name: a, port: "80", protocol: HTTP}
  - {name: b, port: "80", protocol: HTTP}
  - {name: [x], port: 81, protocol: 7, tls: 3, hostname: 5}
  - {name: [x], port: 81, protocol: 7}
  - {name: c, port: 443, protocol: HTTPS, tls: {mode: 5, certificateRefs: x}}
  - 42
  - null`),
      ),
    ).toEqual([]);
  });
});

describe('listener rules on ListenerSet and XListenerSet', () => {
  const listenerSet = (apiVersion: string, kind: string, listeners: string) => `
apiVersion: ${apiVersion}
kind: ${kind}
metadata: {name: team, namespace: team}
spec:
  parentRef: {name: gw, namespace: infra}
  listeners:
${listeners}`;

  it('ListenerSet v1 has the Gateway rules, TLS mode included', () => {
    expect(
      found(
        listenerSet(
          'gateway.networking.k8s.io/v1',
          'ListenerSet',
          `
  - {name: a, port: 443, protocol: TLS}
  - {name: a, port: 443, protocol: TLS}
  - {name: b, port: 80, protocol: HTTP, tls: {certificateRefs: [{name: c}]}}`,
        ),
      ),
    ).toEqual([
      'LISTENER_TLS_MODE_REQUIRED spec.listeners[0].protocol',
      'LISTENER_TLS_MODE_REQUIRED spec.listeners[1].protocol',
      'LISTENER_TLS_FORBIDDEN spec.listeners[2].tls',
      'LISTENER_NAME_DUPLICATE spec.listeners[1].name',
      'LISTENER_DUPLICATE spec.listeners[1]',
    ]);
  });

  it('ListenerSet v1 skips listeners without a port in the duplicate rule', () => {
    expect(
      found(
        listenerSet(
          'gateway.networking.k8s.io/v1',
          'ListenerSet',
          `
  - {name: a, protocol: HTTP}
  - {name: b, protocol: HTTP}`,
        ),
      ),
    ).toEqual([]);
  });

  it('XListenerSet v1alpha1 has no TLS mode rule and defaults a missing port to 0', () => {
    expect(
      found(
        listenerSet(
          'gateway.networking.x-k8s.io/v1alpha1',
          'XListenerSet',
          `
  - {name: a, protocol: TLS}
  - {name: b, protocol: HTTP}
  - {name: c, protocol: HTTP}
  - {name: d, port: 0, protocol: HTTP, hostname: x.example.com}
  - {name: e, protocol: HTTP, hostname: x.example.com}`,
        ),
      ),
    ).toEqual(['LISTENER_DUPLICATE spec.listeners[2]', 'LISTENER_DUPLICATE spec.listeners[4]']);
  });

  it('names need only be unique within one ListenerSet (other objects are not consulted)', () => {
    expect(
      found(
        listenerSet(
          'gateway.networking.k8s.io/v1',
          'ListenerSet',
          `  - {name: https, port: 443, protocol: HTTPS, tls: {certificateRefs: [{name: c}]}}`,
        ),
      ),
    ).toEqual([]);
  });
});

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

const listenerSet = (apiVersion: string, kind: string, listeners: string) => `
apiVersion: ${apiVersion}
kind: ${kind}
metadata: {name: team-kiwi, namespace: team-kiwi}
spec:
  parentRef: {name: shared-gw, namespace: infra}
  listeners:
${listeners}`;

describe('ListenerSet schema', () => {
  it('accepts entries with the Gateway listener shape', () => {
    expect(
      problemsOf(
        listenerSet(
          'gateway.networking.k8s.io/v1',
          'ListenerSet',
          `  - name: app
    port: 443
    protocol: HTTPS
    hostname: app.team-kiwi.example.com
    tls: {certificateRefs: [{name: app-cert}]}
    allowedRoutes: {namespaces: {from: Same}}`,
        ),
      ),
    ).toEqual([]);
  });

  it('requires port in v1, parentRef and at least one listener', () => {
    expect(
      problemsOf(
        listenerSet('gateway.networking.k8s.io/v1', 'ListenerSet', '  - {name: a, protocol: HTTP}'),
      ),
    ).toEqual(['FIELD_REQUIRED spec.listeners[0]']);
    expect(
      problemsOf(`
apiVersion: gateway.networking.k8s.io/v1
kind: ListenerSet
metadata: {name: x}
spec:
  parentRef: {namespace: infra, sectionName: nope}
  listeners: []`),
    ).toEqual([
      'FIELD_REQUIRED spec.parentRef',
      'UNKNOWN_FIELD spec.parentRef.sectionName',
      'LIST_TOO_SHORT spec.listeners',
    ]);
  });

  it('XListenerSet v1alpha1 lets port be omitted or 0', () => {
    expect(
      problemsOf(
        listenerSet(
          'gateway.networking.x-k8s.io/v1alpha1',
          'XListenerSet',
          `  - {name: a, protocol: HTTP}
  - {name: b, port: 0, protocol: HTTP}
  - {name: c, port: -1, protocol: HTTP}`,
        ),
      ),
    ).toEqual(['FIELD_OUT_OF_RANGE spec.listeners[2].port']);
  });

  it('XListenerSet is only known in its own group', () => {
    expect(
      objectSchemaFor('gateway.networking.k8s.io', 'v1alpha1', 'XListenerSet'),
    ).toBeUndefined();
    expect(objectSchemaFor('gateway.networking.x-k8s.io', 'v1', 'ListenerSet')).toBeUndefined();
  });
});

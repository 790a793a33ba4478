import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { formatPath } from '../model/path';
import { objectSchemaFor, supportedVersions } from '../schema/registry';
import type { Schema } from '../schema/types';
import { validateSchema } from '../schema/validate-schema';
import { validateCel } from './cel-rules';

const G = 'gateway.networking.k8s.io';

const kinds = Object.entries(supportedVersions).flatMap(([key, versions]) => {
  const slash = key.lastIndexOf('/');
  return versions.map((version) => ({
    group: key.slice(0, slash),
    kind: key.slice(slash + 1),
    version,
  }));
});

describe('validateCel dispatch', () => {
  const tlsWithoutMode = {
    apiVersion: `${G}/v1`,
    kind: 'Gateway',
    spec: { listeners: [{ name: 'a', port: 443, protocol: 'TLS' }] },
  };

  it('runs the rules of known kinds and versions', () => {
    expect(validateCel(G, 'v1', 'Gateway', tlsWithoutMode).map((p) => p.code)).toEqual([
      'LISTENER_TLS_MODE_REQUIRED',
    ]);
  });

  it('has nothing to say about unknown kinds, versions, groups, or objects without a spec map', () => {
    expect(validateCel(G, 'v2', 'Gateway', tlsWithoutMode)).toEqual([]);
    expect(validateCel('example.com', 'v1', 'Gateway', tlsWithoutMode)).toEqual([]);
    expect(validateCel(G, 'v1', 'Widget', tlsWithoutMode)).toEqual([]);
    expect(validateCel(G, 'v1', '__proto__', tlsWithoutMode)).toEqual([]);
    expect(validateCel(G, 'v1', 'Gateway', { spec: [] })).toEqual([]);
    expect(validateCel(G, 'v1', 'Gateway', {})).toEqual([]);
  });

  it('kinds without CEL rules (ReferenceGrant, GatewayClass, core kinds) report nothing', () => {
    const grant = parse(`
apiVersion: gateway.networking.k8s.io/v1
kind: ReferenceGrant
spec:
  from: [{group: gateway.networking.k8s.io, kind: Gateway, namespace: infra}, {group: gateway.networking.k8s.io, kind: Gateway, namespace: infra}]
  to: [{group: "", kind: Secret}]`) as Record<string, unknown>;
    expect(validateCel(G, 'v1', 'ReferenceGrant', grant)).toEqual([]);
    expect(validateCel(G, 'v1', 'GatewayClass', { spec: { controllerName: 'x' } })).toEqual([]);
    expect(validateCel('', 'v1', 'Secret', { type: 'kubernetes.io/tls' })).toEqual([]);
  });
});

describe('__proto__ and constructor keys', () => {
  it('reads them as plain own keys, never through the prototype', () => {
    const text = `
apiVersion: gateway.networking.k8s.io/v1
kind: Gateway
metadata: {name: gw, constructor: x, __proto__: {name: y}}
spec:
  __proto__: {gatewayClassName: evil}
  constructor: {}
  gatewayClassName: example
  listeners:
  - {name: constructor, port: 80, protocol: HTTP}
  - {name: constructor, port: 81, protocol: HTTP}
  - {name: __proto__, port: 82, protocol: HTTP}
  - {name: __proto__, port: 83, protocol: HTTP}
  - {name: toString, port: 84, __proto__: {protocol: HTTP}, tls: {certificateRefs: [{name: c}]}}
  - name: https
    port: 443
    protocol: HTTPS
    tls: {options: {__proto__: x, constructor: y}}`;
    const o = parse(text) as Record<string, unknown>;
    const cel = validateCel(G, 'v1', 'Gateway', o).map((p) => `${p.code} ${formatPath(p.path)}`);
    expect(cel).toEqual([
      'LISTENER_NAME_DUPLICATE spec.listeners[1].name',
      'LISTENER_NAME_DUPLICATE spec.listeners[3].name',
    ]);

    const schema = objectSchemaFor(G, 'v1', 'Gateway');
    if (!schema) throw new Error('no Gateway schema');
    const problems = validateSchema(o, schema).map((p) => `${p.code} ${formatPath(p.path)}`);
    expect(problems).toContain('UNKNOWN_FIELD spec.__proto__');
    expect(problems).toContain('UNKNOWN_FIELD spec.constructor');
    expect(problems).toContain('UNKNOWN_FIELD spec.listeners[4].__proto__');
    expect(problems).toContain('FIELD_REQUIRED spec.listeners[4]');
    expect(problems).toContain('FIELD_PATTERN spec.listeners[5].tls.options.__proto__');
    expect(problems.filter((p) => p.startsWith('UNKNOWN_FIELD metadata'))).toEqual([]);
    expect(({} as Record<string, unknown>).gatewayClassName).toBeUndefined();
  });

  it('ignores inherited properties of objects built in code', () => {
    const listener = Object.create({ protocol: 'HTTP', name: 'x' }) as Record<string, unknown>;
    listener.tls = { certificateRefs: [{ name: 'c' }] };
    const spec = { listeners: [listener, Object.create({ name: 'x' })] };
    expect(validateCel(G, 'v1', 'Gateway', { spec })).toEqual([]);
  });
});

/** Values that look like manifests: real keys with random, often wrong, leaves. */
function shaped(s: Schema, depth = 0): fc.Arbitrary<unknown> {
  const wild = fc.oneof(
    fc.anything({
      withBigInt: true,
      withNullPrototype: true,
      withDate: true,
      withSparseArray: true,
      withBoxedValues: true,
      maxDepth: 2,
    }),
    fc.constantFrom(
      null,
      '',
      0,
      80,
      443,
      '*',
      'HTTP',
      'HTTPS',
      'TLS',
      'TCP',
      'Terminate',
      'Passthrough',
      'Service',
      'ReplacePrefixMatch',
      'RequestRedirect',
      'URLRewrite',
      'Cookie',
      '1.2.3.4',
      '*.example.com',
      '1h',
      '__proto__',
    ),
  );
  if (depth > 7) return wild;
  switch (s.type) {
    case 'object': {
      const fields: Record<string, fc.Arbitrary<unknown>> = {};
      for (const [k, sub] of Object.entries(s.properties)) fields[k] = shaped(sub, depth + 1);
      return fc.oneof(
        { weight: 1, arbitrary: wild },
        { weight: 5, arbitrary: fc.record(fields, { requiredKeys: [] }) },
      );
    }
    case 'array':
      return fc.oneof(
        { weight: 1, arbitrary: wild },
        { weight: 4, arbitrary: fc.array(shaped(s.items, depth + 1), { maxLength: 4 }) },
      );
    case 'map':
      return fc.oneof(
        wild,
        fc.dictionary(
          fc.constantFrom('a', 'example.com/x', '__proto__', 'constructor', '-'),
          shaped(s.values, depth + 1),
        ),
      );
    case 'string':
      return fc.oneof(wild, fc.string(), ...(s.enum ? [fc.constantFrom(...s.enum)] : []));
    case 'integer':
      return fc.oneof(wild, fc.integer({ min: -2, max: 70000 }));
    default:
      return wild;
  }
}

describe('never throws', () => {
  it.each(kinds)('$group/$version $kind: on any value', ({ group, version, kind }) => {
    const schema = objectSchemaFor(group, version, kind);
    if (!schema) throw new Error('registered kind without schema');
    fc.assert(
      fc.property(
        fc.anything({ withBigInt: true, withNullPrototype: true, withSparseArray: true }),
        (value) => {
          validateSchema(value, schema);
          validateCel(group, version, kind, value as Record<string, unknown>);
        },
      ),
      { numRuns: 100 },
    );
  });

  it.each(kinds)('$group/$version $kind: on manifest-shaped values', ({ group, version, kind }) => {
    const schema = objectSchemaFor(group, version, kind);
    if (!schema) throw new Error('registered kind without schema');
    fc.assert(
      fc.property(shaped(schema), (value) => {
        const problems = [
          ...validateSchema(value, schema),
          ...validateCel(group, version, kind, value as Record<string, unknown>),
        ];
        for (const p of problems) {
          expect(typeof p.code).toBe('string');
          expect(p.message.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('survives cyclic values built by YAML aliases', () => {
    const o = parse(`
apiVersion: gateway.networking.k8s.io/v1
kind: Gateway
spec: &spec
  gatewayClassName: *spec
  listeners: &ls
  - {name: *ls, port: *ls, protocol: *spec, tls: *spec, hostname: *ls}
  - {name: *ls, port: *ls, protocol: *spec}
  tls: {frontend: {perPort: [{port: *spec}, {port: *spec}]}}`) as Record<string, unknown>;
    const schema = objectSchemaFor(G, 'v1', 'Gateway');
    if (!schema) throw new Error('no Gateway schema');
    expect(() => validateSchema(o, schema)).not.toThrow();
    expect(() => validateCel(G, 'v1', 'Gateway', o)).not.toThrow();
  });
});

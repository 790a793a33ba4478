import { describe, expect, it } from 'vitest';
import { JSON_SCHEMA_DRAFT_07, toJsonSchema } from './json-schema';
import { jsonSchemaFor, objectSchemaFor, supportedVersions } from './registry';
import { obj, str, int, list, map, any, bool } from './dsl';

const kinds = Object.entries(supportedVersions).flatMap(([key, versions]) => {
  const slash = key.lastIndexOf('/');
  return versions.map((version) => ({
    group: key.slice(0, slash),
    kind: key.slice(slash + 1),
    version,
  }));
});

describe('supportedVersions', () => {
  it('lists every kind the resolver reads, newest version first', () => {
    expect(supportedVersions).toEqual({
      'gateway.networking.k8s.io/GatewayClass': ['v1', 'v1beta1'],
      'gateway.networking.k8s.io/Gateway': ['v1', 'v1beta1'],
      'gateway.networking.k8s.io/ListenerSet': ['v1'],
      'gateway.networking.x-k8s.io/XListenerSet': ['v1alpha1'],
      'gateway.networking.k8s.io/HTTPRoute': ['v1', 'v1beta1'],
      'gateway.networking.k8s.io/GRPCRoute': ['v1', 'v1alpha2'],
      'gateway.networking.k8s.io/TLSRoute': ['v1', 'v1alpha3', 'v1alpha2'],
      'gateway.networking.k8s.io/TCPRoute': ['v1', 'v1alpha2'],
      'gateway.networking.k8s.io/UDPRoute': ['v1', 'v1alpha2'],
      'gateway.networking.k8s.io/BackendTLSPolicy': ['v1', 'v1alpha3', 'v1alpha2'],
      'gateway.networking.k8s.io/ReferenceGrant': ['v1', 'v1beta1', 'v1alpha2'],
      '/Secret': ['v1'],
      '/ConfigMap': ['v1'],
      '/Service': ['v1'],
      '/Namespace': ['v1'],
    });
  });
});

describe('objectSchemaFor', () => {
  it('has a whole-object schema for every supported version', () => {
    for (const { group, version, kind } of kinds) {
      const schema = objectSchemaFor(group, version, kind);
      expect(schema?.type, `${group}/${version} ${kind}`).toBe('object');
      expect(Object.keys(schema?.properties ?? {}).slice(0, 3)).toEqual([
        'apiVersion',
        'kind',
        'metadata',
      ]);
    }
  });

  it('Gateway API kinds have spec and status; Secret and ConfigMap their data fields', () => {
    expect(
      Object.keys(objectSchemaFor('gateway.networking.k8s.io', 'v1', 'Gateway')?.properties ?? {}),
    ).toEqual(['apiVersion', 'kind', 'metadata', 'spec', 'status']);
    expect(Object.keys(objectSchemaFor('', 'v1', 'Secret')?.properties ?? {})).toEqual([
      'apiVersion',
      'kind',
      'metadata',
      'type',
      'data',
      'stringData',
      'immutable',
    ]);
    expect(Object.keys(objectSchemaFor('', 'v1', 'ConfigMap')?.properties ?? {})).toContain(
      'binaryData',
    );
  });

  it('returns undefined for unknown groups, versions and kinds', () => {
    expect(objectSchemaFor('gateway.networking.k8s.io', 'v2', 'Gateway')).toBeUndefined();
    expect(objectSchemaFor('apps', 'v1', 'Deployment')).toBeUndefined();
    expect(objectSchemaFor('', 'v1', 'Pod')).toBeUndefined();
    expect(objectSchemaFor('', 'v1', '__proto__')).toBeUndefined();
    expect(objectSchemaFor('gateway.networking.k8s.io', 'constructor', 'Gateway')).toBeUndefined();
  });

  it('returns the same schema object on repeated calls', () => {
    expect(objectSchemaFor('', 'v1', 'Service')).toBe(objectSchemaFor('', 'v1', 'Service'));
  });
});

describe('jsonSchemaFor', () => {
  it('converts every registered schema to plain JSON that round-trips', () => {
    for (const { group, version, kind } of kinds) {
      const schema = jsonSchemaFor(group, version, kind);
      expect(JSON.parse(JSON.stringify(schema))).toEqual(schema);
      expect(schema).toMatchObject({ $schema: JSON_SCHEMA_DRAFT_07, type: 'object', title: kind });
    }
  });

  it('produces well-formed draft-07 nodes with patterns that compile, also in unicode mode', () => {
    const types = new Set(['string', 'integer', 'boolean', 'object', 'array']);
    const walk = (node: unknown, where: string): void => {
      const n = node as Record<string, unknown>;
      if (n.type !== undefined) expect(types.has(String(n.type)), where).toBe(true);
      if (typeof n.pattern === 'string') {
        expect(() => new RegExp(n.pattern as string), where).not.toThrow();
        expect(() => new RegExp(n.pattern as string, 'u'), where).not.toThrow();
      }
      const properties = (n.properties ?? {}) as Record<string, unknown>;
      if (Array.isArray(n.required))
        for (const r of n.required) expect(Object.keys(properties), where).toContain(r);
      for (const [k, v] of Object.entries(properties)) walk(v, `${where}.${k}`);
      if (typeof n.items === 'object') walk(n.items, `${where}[]`);
      if (typeof n.additionalProperties === 'object') walk(n.additionalProperties, `${where}{}`);
      const names = n.propertyNames as { pattern?: string } | undefined;
      if (names?.pattern !== undefined)
        expect(() => new RegExp(names.pattern as string, 'u'), where).not.toThrow();
    };
    for (const { group, version, kind } of kinds)
      walk(jsonSchemaFor(group, version, kind), `${group}/${version}/${kind}`);
  });

  it('carries types, limits, enums, defaults, patterns and docs', () => {
    const schema = jsonSchemaFor('gateway.networking.k8s.io', 'v1', 'Gateway') as {
      properties: {
        apiVersion: unknown;
        spec: { properties: Record<string, any>; required: string[] };
      };
    };
    expect(schema.properties.apiVersion).toMatchObject({
      type: 'string',
      enum: ['gateway.networking.k8s.io/v1'],
    });
    const spec = schema.properties.spec;
    expect(spec.required).toEqual(['gatewayClassName', 'listeners']);
    const listeners = spec.properties.listeners;
    expect(listeners).toMatchObject({ type: 'array', minItems: 1, maxItems: 64 });
    expect(listeners.items.additionalProperties).toBe(false);
    expect(listeners.items.properties.port).toMatchObject({
      type: 'integer',
      minimum: 1,
      maximum: 65535,
    });
    expect(listeners.items.properties.tls.properties.mode).toMatchObject({
      enum: ['Terminate', 'Passthrough'],
      default: 'Terminate',
    });
    expect(listeners.items.properties.hostname.pattern).toBe(
      '^(\\*\\.)?[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$',
    );
    expect(typeof listeners.items.properties.hostname.description).toBe('string');
    expect(listeners.items.properties.tls.properties.options).toMatchObject({
      type: 'object',
      maxProperties: 16,
      additionalProperties: { type: 'string', maxLength: 4096 },
    });
  });

  it('keeps open objects open and any-typed fields unconstrained', () => {
    const service = jsonSchemaFor('', 'v1', 'Service') as { properties: Record<string, any> };
    expect(service.properties.spec.additionalProperties).toBeUndefined();
    expect(service.properties.status).toEqual({});
    expect(service.properties.metadata.additionalProperties).toBeUndefined();
  });

  it('gives unknown kinds a schema that accepts anything', () => {
    expect(jsonSchemaFor('apps', 'v1', 'Deployment')).toEqual({ $schema: JSON_SCHEMA_DRAFT_07 });
  });

  it('toJsonSchema maps each DSL node', () => {
    expect(
      toJsonSchema(
        obj(
          {
            s: str({
              enum: ['a'],
              pattern: /^a$/,
              minLength: 1,
              maxLength: 2,
              default: 'a',
              doc: 'S.',
            }),
            i: int({ enum: [1, 2], minimum: 1, maximum: 2, default: 1 }),
            b: bool(),
            l: list(any(), { minItems: 1, maxItems: 2, mapKeys: ['x'] }),
            m: map(str(), { keyPattern: /^k$/, maxProperties: 3 }),
          },
          { required: ['s'] },
        ),
      ),
    ).toEqual({
      type: 'object',
      properties: {
        s: {
          description: 'S.',
          type: 'string',
          enum: ['a'],
          pattern: '^a$',
          minLength: 1,
          maxLength: 2,
          default: 'a',
        },
        i: { type: 'integer', enum: [1, 2], minimum: 1, maximum: 2, default: 1 },
        b: { type: 'boolean' },
        l: { type: 'array', items: {}, minItems: 1, maxItems: 2 },
        m: {
          type: 'object',
          additionalProperties: { type: 'string' },
          propertyNames: { pattern: '^k$' },
          maxProperties: 3,
        },
      },
      required: ['s'],
      additionalProperties: false,
    });
  });
});

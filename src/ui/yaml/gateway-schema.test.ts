import { describe, expect, it } from 'vitest';
import { allowNull, kindVersions, toGatewaySchema } from './gateway-schema';

type Branch = {
  if: { properties: { apiVersion: { const: string }; kind: { const: string } } };
  then: Record<string, unknown>;
};

describe('toGatewaySchema', () => {
  const schema = toGatewaySchema();
  // The first entry offers skeletons to documents without a kind (see completion.test.ts).
  const branches = (schema.allOf as Branch[]).slice(1);

  it('has one branch per kind and version the core reads, plus List', () => {
    expect(branches).toHaveLength(kindVersions().length + 1);
    const keys = branches.map(
      (b) => `${b.if.properties.apiVersion.const} ${b.if.properties.kind.const}`,
    );
    expect(keys).toContain('gateway.networking.k8s.io/v1 Gateway');
    expect(keys).toContain('gateway.networking.k8s.io/v1beta1 Gateway');
    expect(keys).toContain('gateway.networking.k8s.io/v1alpha2 BackendTLSPolicy');
    expect(keys).toContain('v1 Secret');
    expect(keys).toContain('v1 List');
  });

  it('gives a Gateway its own schema: listeners with the protocol and hostname rules', () => {
    const gateway = branches.find(
      (b) =>
        b.if.properties.kind.const === 'Gateway' &&
        b.if.properties.apiVersion.const.endsWith('/v1'),
    );
    const text = JSON.stringify(gateway?.then);
    expect(text).toContain('"listeners"');
    expect(text).toContain('"hostname"');
    expect(gateway?.then.$schema).toBeUndefined();
  });

  it('dispatches on exact values: a pattern besides each const (completion reads a const as a prefix)', () => {
    const gateway = branches.find((b) => b.if.properties.kind.const === 'Gateway');
    const { kind, apiVersion } = gateway!.if.properties as unknown as Record<
      string,
      { pattern: string }
    >;
    expect(new RegExp(kind!.pattern).test('Gateway')).toBe(true);
    expect(new RegExp(kind!.pattern).test('GatewayClass')).toBe(false);
    expect(new RegExp(apiVersion!.pattern).test('gateway.networking.k8s.io/v1')).toBe(true);
    expect(new RegExp(apiVersion!.pattern).test('gateway.networking.k8s.io/v1beta1')).toBe(false);
    expect(new RegExp(apiVersion!.pattern).test('gatewayXnetworking.k8s.io/v1')).toBe(false);
  });

  it('dispatches only on maps, so an empty document matches no kind', () => {
    expect(branches.every((b) => (b.if as { type?: string }).type === 'object')).toBe(true);
    expect(schema.type).toBeUndefined();
  });

  it('lets any field be null, as the core does (null means unset)', () => {
    expect(allowNull({ type: 'string', enum: ['A'] })).toEqual({
      type: ['string', 'null'],
      enum: ['A', null],
    });
    expect(
      allowNull({
        type: 'object',
        properties: { a: { type: 'integer' } },
        additionalProperties: { type: 'array', items: { type: 'boolean' } },
      }),
    ).toEqual({
      type: ['object', 'null'],
      properties: { a: { type: ['integer', 'null'] } },
      additionalProperties: { type: ['array', 'null'], items: { type: ['boolean', 'null'] } },
    });
    expect(allowNull({ description: 'anything' })).toEqual({ description: 'anything' });
  });

  it('is plain JSON (it is posted to the YAML worker)', () => {
    expect(JSON.parse(JSON.stringify(schema))).toEqual(schema);
  });
});

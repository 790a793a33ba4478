import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { int, list, obj, str } from './dsl';
import { validateSchema } from './validate-schema';

describe('validateSchema: list-map keys', () => {
  const entries = list(obj({ name: str(), port: int() }), { mapKeys: ['name'] });

  it('reports the repeated entry', () => {
    expect(
      validateSchema([{ name: 'a' }, { name: 'b' }, { name: 'a' }], entries).map((p) => [
        p.code,
        p.path,
      ]),
    ).toEqual([['LIST_DUPLICATE_KEY', [2]]]);
  });

  it('tells strings from numbers', () => {
    const ports = list(obj({ port: int() }), { mapKeys: ['port'] });
    expect(validateSchema([{ port: 80 }, { port: '80' }], ports).map((p) => p.code)).toEqual([
      'FIELD_TYPE',
    ]);
  });

  // Regression: keys were compared with JSON.stringify, which throws on cycles and bigints.
  it('does not throw on cyclic key values built by YAML aliases, or on bigints', () => {
    const cyclic = parse('&a [{name: *a}, {name: *a}]');
    expect(() => validateSchema(cyclic, entries)).not.toThrow();
    expect(() => validateSchema([{ name: 1n }, { name: 1n }], entries)).not.toThrow();
    expect(validateSchema([{ name: 1n }, { name: 1n }], entries).map((p) => p.code)).toContain(
      'LIST_DUPLICATE_KEY',
    );
  });
});

describe('validateSchema: integer enums', () => {
  it('accepts listed values and reports others as FIELD_ENUM', () => {
    const code = int({ enum: [301, 302] });
    expect(validateSchema(301, code)).toEqual([]);
    expect(validateSchema(304, code).map((p) => p.code)).toEqual(['FIELD_ENUM']);
    expect(validateSchema('301', code).map((p) => p.code)).toEqual(['FIELD_TYPE']);
  });
});

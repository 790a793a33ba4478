import type {
  AnySchema,
  ArraySchema,
  BooleanSchema,
  IntegerSchema,
  MapSchema,
  ObjectSchema,
  Schema,
  StringSchema,
} from './types';

type Omit2<T, K extends keyof T> = Omit<T, K | 'type'>;

export const str = (s: Omit2<StringSchema, 'type'> = {}): StringSchema => ({
  type: 'string',
  ...s,
});
export const int = (s: Omit2<IntegerSchema, 'type'> = {}): IntegerSchema => ({
  type: 'integer',
  ...s,
});
export const bool = (s: Omit2<BooleanSchema, 'type'> = {}): BooleanSchema => ({
  type: 'boolean',
  ...s,
});
export const any = (s: Omit2<AnySchema, 'type'> = {}): AnySchema => ({ type: 'any', ...s });
export const map = (values: Schema, s: Omit2<MapSchema, 'values'> = {}): MapSchema => ({
  type: 'map',
  values,
  ...s,
});
export const list = (items: Schema, s: Omit2<ArraySchema, 'items'> = {}): ArraySchema => ({
  type: 'array',
  items,
  ...s,
});
export const obj = (
  properties: Record<string, Schema>,
  s: Omit2<ObjectSchema, 'properties'> = {},
): ObjectSchema => ({ type: 'object', properties, ...s });

/** Same schema with another hover text. */
export function withDoc<T extends Schema>(schema: T, doc: string): T {
  return { ...schema, doc };
}

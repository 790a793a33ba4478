/**
 * Converts our schema DSL to JSON Schema (draft-07) for the editor (monaco-yaml). The result is
 * plain JSON: regular expressions become their source text, nothing else is lost except
 * `mapKeys` (JSON Schema cannot say "unique by these fields") and `code`/`patternName`.
 */
import type { Schema } from './types';

export const JSON_SCHEMA_DRAFT_07 = 'http://json-schema.org/draft-07/schema#';

export type JsonSchema = { readonly [key: string]: unknown };

/** The JSON Schema for one of our schemas. */
export function toJsonSchema(s: Schema): JsonSchema {
  const out: Record<string, unknown> = {};
  if (s.doc !== undefined) out.description = s.doc;
  switch (s.type) {
    case 'any':
      return out;
    case 'string':
      out.type = 'string';
      if (s.enum) out.enum = [...s.enum];
      if (s.pattern) out.pattern = s.pattern.source;
      if (s.minLength !== undefined) out.minLength = s.minLength;
      if (s.maxLength !== undefined) out.maxLength = s.maxLength;
      if (s.default !== undefined) out.default = s.default;
      return out;
    case 'integer':
      out.type = 'integer';
      if (s.enum) out.enum = [...s.enum];
      if (s.minimum !== undefined) out.minimum = s.minimum;
      if (s.maximum !== undefined) out.maximum = s.maximum;
      if (s.default !== undefined) out.default = s.default;
      return out;
    case 'boolean':
      out.type = 'boolean';
      return out;
    case 'object': {
      out.type = 'object';
      const properties: Record<string, unknown> = {};
      for (const [k, sub] of Object.entries(s.properties)) properties[k] = toJsonSchema(sub);
      out.properties = properties;
      if (s.required?.length) out.required = [...s.required];
      if (!s.open) out.additionalProperties = false;
      return out;
    }
    case 'map':
      out.type = 'object';
      out.additionalProperties = toJsonSchema(s.values);
      if (s.keyPattern) out.propertyNames = { pattern: s.keyPattern.source };
      if (s.maxProperties !== undefined) out.maxProperties = s.maxProperties;
      return out;
    case 'array':
      out.type = 'array';
      out.items = toJsonSchema(s.items);
      if (s.minItems !== undefined) out.minItems = s.minItems;
      if (s.maxItems !== undefined) out.maxItems = s.maxItems;
      return out;
  }
}

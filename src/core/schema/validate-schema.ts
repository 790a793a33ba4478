import type { Path } from '../model/path';
import { formatPath } from '../model/path';
import type { Schema } from './types';

export interface SchemaProblem {
  readonly code: string;
  readonly message: string;
  readonly path: Path;
  readonly part?: 'key' | 'value';
  /** Unknown fields are pruned by the API server, not refused. */
  readonly warning?: boolean;
}

/** Deeper than this, a value is not walked (hostile input); real manifests stay far below. */
const MAX_DEPTH = 64;

/**
 * Checks a value against a schema, the way the API server's OpenAPI validation would after
 * pruning nulls. Returns every problem; never throws.
 */
export function validateSchema(value: unknown, schema: Schema, path: Path = []): SchemaProblem[] {
  const out: SchemaProblem[] = [];
  walk(value, schema, path, out, 0);
  return out;
}

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a map';
  if (typeof v === 'string') return 'a string';
  if (typeof v === 'number') return Number.isInteger(v) ? 'an integer' : 'a number';
  return `a ${typeof v}`;
}

function fieldName(path: Path): string {
  return formatPath(path) || 'the document';
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);
}

function walk(v: unknown, s: Schema, path: Path, out: SchemaProblem[], depth: number): void {
  if (v === null || v === undefined) return;
  if (depth > MAX_DEPTH) {
    out.push({ code: 'FIELD_TOO_DEEP', message: `${fieldName(path)} is nested too deeply.`, path });
    return;
  }
  const wrongType = (want: string): void => {
    out.push({
      code: 'FIELD_TYPE',
      message: `${fieldName(path)} must be ${want}, not ${describe(v)}.`,
      path,
    });
  };
  switch (s.type) {
    case 'any':
      return;
    case 'string': {
      if (typeof v !== 'string') return wrongType('a string');
      if (s.minLength !== undefined && v.length < s.minLength)
        out.push({
          code: s.code ?? 'FIELD_TOO_SHORT',
          message: `${fieldName(path)} must not be empty.`,
          path,
        });
      else if (s.maxLength !== undefined && v.length > s.maxLength)
        out.push({
          code: 'FIELD_TOO_LONG',
          message: `${fieldName(path)} is ${v.length} characters; at most ${s.maxLength} are allowed.`,
          path,
        });
      else if (s.enum && !s.enum.includes(v))
        out.push({
          code: s.code ?? 'FIELD_ENUM',
          message: `${fieldName(path)} is "${v}"; it must be one of ${s.enum.map((e) => `"${e}"`).join(', ')}.`,
          path,
        });
      else if (s.pattern && v.length > 0 && !s.pattern.test(v))
        out.push({
          code: s.code ?? 'FIELD_PATTERN',
          message: `${fieldName(path)} "${clip(v)}" is not a valid ${s.patternName ?? 'value'}.`,
          path,
        });
      return;
    }
    case 'integer': {
      if (typeof v !== 'number' || !Number.isInteger(v)) return wrongType('an integer');
      if (s.enum && !s.enum.includes(v))
        out.push({
          code: s.code ?? 'FIELD_ENUM',
          message: `${fieldName(path)} is ${v}; it must be one of ${s.enum.join(', ')}.`,
          path,
        });
      else if (
        (s.minimum !== undefined && v < s.minimum) ||
        (s.maximum !== undefined && v > s.maximum)
      )
        out.push({
          code: 'FIELD_OUT_OF_RANGE',
          message: `${fieldName(path)} is ${v}; it must be between ${s.minimum ?? '-∞'} and ${s.maximum ?? '∞'}.`,
          path,
        });
      return;
    }
    case 'boolean':
      if (typeof v !== 'boolean') wrongType('true or false');
      return;
    case 'map': {
      if (!isPlainObject(v)) return wrongType('a map');
      const keys = Object.keys(v);
      if (s.maxProperties !== undefined && keys.length > s.maxProperties)
        out.push({
          code: 'FIELD_TOO_MANY',
          message: `${fieldName(path)} has ${keys.length} entries; at most ${s.maxProperties} are allowed.`,
          path,
        });
      for (const k of keys) {
        if (s.keyPattern && !s.keyPattern.test(k))
          out.push({
            code: 'FIELD_PATTERN',
            message: `Key "${clip(k)}" in ${fieldName(path)} is not a valid ${s.keyPatternName ?? 'key'}.`,
            path: [...path, k],
            part: 'key',
          });
        walk(v[k], s.values, [...path, k], out, depth + 1);
      }
      return;
    }
    case 'object': {
      if (!isPlainObject(v)) return wrongType('a map');
      for (const req of s.required ?? []) {
        const x = Object.hasOwn(v, req) ? v[req] : undefined;
        if (x === undefined || x === null)
          out.push({
            code: 'FIELD_REQUIRED',
            message: `${fieldName([...path, req])} is required.`,
            path,
            part: path.length ? 'key' : 'value',
          });
      }
      for (const k of Object.keys(v)) {
        const sub = Object.hasOwn(s.properties, k) ? s.properties[k] : undefined;
        if (sub) walk(v[k], sub, [...path, k], out, depth + 1);
        else if (!s.open)
          out.push({
            code: 'UNKNOWN_FIELD',
            message: `${fieldName([...path, k])} is not a field of this object; the API server drops it.`,
            path: [...path, k],
            part: 'key',
            warning: true,
          });
      }
      return;
    }
    case 'array': {
      if (!Array.isArray(v)) return wrongType('a list');
      if (s.minItems !== undefined && v.length < s.minItems)
        out.push({
          code: 'LIST_TOO_SHORT',
          message: `${fieldName(path)} needs at least ${s.minItems} ${s.minItems === 1 ? 'entry' : 'entries'}.`,
          path,
        });
      if (s.maxItems !== undefined && v.length > s.maxItems)
        out.push({
          code: 'LIST_TOO_LONG',
          message: `${fieldName(path)} has ${v.length} entries; at most ${s.maxItems} are allowed.`,
          path,
        });
      v.forEach((item, i) => walk(item, s.items, [...path, i], out, depth + 1));
      if (s.mapKeys) checkMapKeys(v, s.mapKeys, path, out);
      return;
    }
  }
}

function checkMapKeys(
  items: unknown[],
  keys: readonly string[],
  path: Path,
  out: SchemaProblem[],
): void {
  const seen = new Map<string, number>();
  items.forEach((item, i) => {
    if (!isPlainObject(item)) return;
    const id = mapKeyId(item, keys);
    if (id === undefined) return;
    const first = seen.get(id);
    if (first === undefined) seen.set(id, i);
    else
      out.push({
        code: 'LIST_DUPLICATE_KEY',
        message: `${fieldName([...path, i])} repeats ${keys.join(', ')} of entry ${first}; entries must be unique by ${keys.join(', ')}.`,
        path: [...path, i],
      });
  });
}

/**
 * Identity of a list-map entry, or undefined when a key is not a scalar (already a type error).
 * Not JSON.stringify: that throws on bigint values and on the cycles YAML aliases can build.
 */
function mapKeyId(item: Record<string, unknown>, keys: readonly string[]): string | undefined {
  const parts: string[] = [];
  for (const k of keys) {
    const x = Object.hasOwn(item, k) ? item[k] : null;
    if (x === null || x === undefined) parts.push('null');
    else if (typeof x === 'string') parts.push(JSON.stringify(x));
    else if (typeof x === 'number' || typeof x === 'boolean' || typeof x === 'bigint')
      parts.push(`${typeof x}:${String(x)}`);
    else return undefined;
  }
  return parts.join(',');
}

function clip(s: string): string {
  return s.length > 80 ? `${s.slice(0, 77)}…` : s;
}

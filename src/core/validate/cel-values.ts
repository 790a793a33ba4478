/**
 * Defensive reads for the CEL rules. Input may have any shape: wrong types read as absent, so a
 * rule only ever sees fields of the type it expects (the schema reports the wrong types). `null`
 * reads as absent too, as the API server prunes nulls before validating.
 */
import type { Path, PathPart } from '../model/path';
import type { SchemaProblem } from '../schema/validate-schema';

export type Json = Readonly<Record<string, unknown>>;

export function isMap(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);
}

/** An own field of a map; absent, `null` and non-maps read as undefined. */
export function field(m: unknown, key: string): unknown {
  if (!isMap(m) || !Object.hasOwn(m, key)) return undefined;
  const v = m[key];
  return v === null ? undefined : v;
}

/** CEL `has()`: the field is set (to anything but null). */
export function has(m: unknown, key: string): boolean {
  return field(m, key) !== undefined;
}

export function mapAt(m: unknown, key: string): Json | undefined {
  const v = field(m, key);
  return isMap(v) ? v : undefined;
}

export function listAt(m: unknown, key: string): readonly unknown[] | undefined {
  const v = field(m, key);
  return Array.isArray(v) ? v : undefined;
}

export function strAt(m: unknown, key: string): string | undefined {
  const v = field(m, key);
  return typeof v === 'string' ? v : undefined;
}

export function intAt(m: unknown, key: string): number | undefined {
  const v = field(m, key);
  return typeof v === 'number' && Number.isInteger(v) ? v : undefined;
}

/**
 * A string field with its CRD default: the default when absent, undefined when set to a
 * non-string (the rule does not apply then).
 */
export function strOr(m: unknown, key: string, fallback: string): string | undefined {
  const v = field(m, key);
  if (v === undefined) return fallback;
  return typeof v === 'string' ? v : undefined;
}

/** CEL `has(x) && x != ""` for an optional string field. */
export function isSetString(m: unknown, key: string): boolean {
  const v = field(m, key);
  return typeof v === 'string' && v !== '';
}

export function problem(code: string, message: string, path: Path, part?: PathPart): SchemaProblem {
  return part ? { code, message, path, part } : { code, message, path };
}

/**
 * Entries that repeat an earlier entry: for each index whose key equals an earlier one, the
 * index of that first entry. Entries whose key is undefined take no part (wrong shape).
 */
export function repeats(
  items: readonly unknown[],
  keyOf: (item: unknown) => string | undefined,
): { readonly index: number; readonly first: number }[] {
  const seen = new Map<string, number>();
  const out: { index: number; first: number }[] = [];
  items.forEach((item, index) => {
    const key = keyOf(item);
    if (key === undefined) return;
    const first = seen.get(key);
    if (first === undefined) seen.set(key, index);
    else out.push({ index, first });
  });
  return out;
}

/** Stable key for a tuple of scalars (never throws, unlike JSON.stringify on odd values). */
export function tupleKey(parts: readonly (string | number | null)[]): string {
  return parts.map((p) => (typeof p === 'string' ? `s${p.length}:${p}` : `${p}`)).join('|');
}

/** Long user values are shortened in messages. */
export function clip(s: string): string {
  return s.length > 80 ? `${s.slice(0, 77)}…` : s;
}

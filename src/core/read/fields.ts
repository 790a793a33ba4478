/** Type-safe reads from parsed YAML values. Wrong types read as absent; validation reports them. */

export type Json = Readonly<Record<string, unknown>>;

export function isMap(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);
}

export function field(m: unknown, key: string): unknown {
  return isMap(m) && Object.hasOwn(m, key) ? m[key] : undefined;
}

export function mapAt(m: unknown, key: string): Json | undefined {
  const v = field(m, key);
  return isMap(v) ? v : undefined;
}

export function listAt(m: unknown, key: string): readonly unknown[] {
  const v = field(m, key);
  return Array.isArray(v) ? v : [];
}

export function strAt(m: unknown, key: string): string | undefined {
  const v = field(m, key);
  return typeof v === 'string' ? v : undefined;
}

export function intAt(m: unknown, key: string): number | undefined {
  const v = field(m, key);
  return typeof v === 'number' && Number.isInteger(v) ? v : undefined;
}

/** A map of strings (labels, data); non-string values are skipped. */
export function stringMapAt(m: unknown, key: string): Readonly<Record<string, string>> {
  const v = field(m, key);
  const out: Record<string, string> = Object.create(null);
  if (!isMap(v)) return out;
  for (const k of Object.keys(v)) {
    const x = v[k];
    if (typeof x === 'string') out[k] = x;
    else if (typeof x === 'number' || typeof x === 'boolean') out[k] = String(x);
  }
  return out;
}

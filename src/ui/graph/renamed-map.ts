/**
 * A map seen through renames of its keys: the `base` map unchanged, some of its keys under new
 * names. Typing a name renames one node per keystroke; the layout of ten thousand nodes is
 * then renamed in a few entries instead of copied whole. Renames of renames stay one level
 * deep (they are composed onto the same base).
 */
export class RenamedMap<T> implements ReadonlyMap<string, T> {
  private constructor(
    private readonly base: ReadonlyMap<string, T>,
    /** New name → the base key it stands for. */
    private readonly toBase: ReadonlyMap<string, string>,
    /** Base key → its new name. */
    private readonly fromBase: ReadonlyMap<string, string>,
    /** Values are keys too (an owner id): they are renamed as well. */
    private readonly renameValues: boolean,
  ) {}

  /** `map` with keys renamed (old → new); with `renameValues`, values that are keys too. */
  static over<T>(
    map: ReadonlyMap<string, T>,
    renames: ReadonlyMap<string, string>,
    renameValues = false,
  ): RenamedMap<T> {
    const base = map instanceof RenamedMap ? (map.base as ReadonlyMap<string, T>) : map;
    const before = map instanceof RenamedMap ? map.toBase : new Map<string, string>();
    const toBase = new Map<string, string>();
    for (const [name, key] of before) toBase.set(renames.get(name) ?? name, key);
    const earlier = new Set(before.keys());
    for (const [from, to] of renames) if (!earlier.has(from)) toBase.set(to, from);
    for (const [name, key] of toBase) if (name === key) toBase.delete(name);
    const fromBase = new Map<string, string>();
    for (const [name, key] of toBase) fromBase.set(key, name);
    return new RenamedMap(base, toBase, fromBase, renameValues);
  }

  private value(v: T): T {
    return this.renameValues && typeof v === 'string' ? ((this.fromBase.get(v) ?? v) as T) : v;
  }

  get(name: string): T | undefined {
    const key = this.toBase.get(name) ?? (this.fromBase.has(name) ? undefined : name);
    if (key === undefined) return undefined;
    const v = this.base.get(key);
    return v === undefined ? v : this.value(v);
  }

  has(name: string): boolean {
    return this.get(name) !== undefined;
  }

  get size(): number {
    return this.base.size;
  }

  *entries(): MapIterator<[string, T]> {
    for (const [key, v] of this.base) yield [this.fromBase.get(key) ?? key, this.value(v)];
  }

  *keys(): MapIterator<string> {
    for (const [name] of this.entries()) yield name;
  }

  *values(): MapIterator<T> {
    for (const [, v] of this.entries()) yield v;
  }

  [Symbol.iterator](): MapIterator<[string, T]> {
    return this.entries();
  }

  forEach(fn: (value: T, key: string, map: ReadonlyMap<string, T>) => void): void {
    for (const [name, v] of this.entries()) fn(v, name, this);
  }
}

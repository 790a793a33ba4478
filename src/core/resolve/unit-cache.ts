import type { Finding } from '../model/finding';
import type { ResolveContext } from './context';

interface Unit<R> {
  readonly inputs: readonly unknown[];
  readonly findings: readonly Finding[];
  readonly result: R;
}

function same(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

const NO_INPUTS: readonly unknown[] = [];

/**
 * Remembers one unit of resolution (a Gateway with its ListenerSets, a route, a policy) by the
 * resource it resolves, with every lookup it made. Before each analysis the caller names the
 * lookups whose answer changed (`invalidate`); units that made one are forgotten, the others
 * are reused as they are, findings included.
 */
export class UnitCache<K extends object, R> {
  private units = new WeakMap<K, Unit<R>>();
  /** Dependency key → the units that looked it up. */
  private dependents = new Map<string, Set<K>>();
  private indexed = 0;
  hits = 0;
  misses = 0;

  /** Forgets every unit that looked up one of `changed`. */
  invalidate(changed: Iterable<string>): void {
    for (const key of changed) {
      const set = this.dependents.get(key);
      if (!set) continue;
      for (const k of set) this.units.delete(k);
      this.dependents.delete(key);
    }
  }

  resolve(
    ctx: ResolveContext,
    key: K,
    compute: () => R,
    inputs: readonly unknown[] = NO_INPUTS,
  ): R {
    const u = this.units.get(key);
    if (u && same(u.inputs, inputs)) {
      this.hits++;
      for (const f of u.findings) ctx.emit(f);
      return u.result;
    }
    this.misses++;
    const { result, deps, findings } = ctx.capture(compute);
    this.units.set(key, { inputs, findings, result });
    for (const d of deps.keys()) {
      let set = this.dependents.get(d);
      if (!set) this.dependents.set(d, (set = new Set()));
      set.add(key);
    }
    this.indexed += deps.size;
    for (const f of findings) ctx.emit(f);
    return result;
  }

  /**
   * Drops index entries of units no longer in `live` (they would only cause needless
   * recomputation and keep dead objects), once the index has grown well past them.
   */
  prune(live: ReadonlySet<K>): void {
    if (this.indexed < 4 * live.size + 1024) return;
    let count = 0;
    for (const [d, set] of this.dependents) {
      for (const k of set) if (!live.has(k)) set.delete(k);
      if (set.size === 0) this.dependents.delete(d);
      else count += set.size;
    }
    this.indexed = count;
  }
}

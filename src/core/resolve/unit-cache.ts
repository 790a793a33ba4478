import type { Finding } from '../model/finding';
import type { ResolveContext } from './context';

/** A recorded lookup: the key split once into its kind and id, and what it found. */
type Dep = readonly [kind: string, id: string, value: unknown];

/** Looks a dependency up again in the current workspace. */
export type DepLookup = (kind: string, id: string) => unknown;

interface Unit<R> {
  readonly inputs: readonly unknown[];
  readonly deps: readonly Dep[];
  readonly findings: readonly Finding[];
  readonly result: R;
}

function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * Remembers one unit of resolution (a Gateway with its ListenerSets, a route, a policy) by the
 * resource it resolves. A remembered result is reused while its inputs are the same objects and
 * every lookup it made would find the same thing; its findings are reported again.
 */
export class UnitCache<K extends object, R> {
  private units = new WeakMap<K, Unit<R>>();
  hits = 0;
  misses = 0;

  resolve(
    ctx: ResolveContext,
    key: K,
    inputs: readonly unknown[],
    compute: () => R,
    lookup: DepLookup = (kind, id) => ctx.current(kind, id),
  ): R {
    const u = this.units.get(key);
    if (u && same(u.inputs, inputs) && valid(u.deps, lookup)) {
      this.hits++;
      for (const f of u.findings) ctx.emit(f);
      return u.result;
    }
    this.misses++;
    const { result, deps, findings } = ctx.capture(compute);
    const split: Dep[] = [];
    for (const [k, v] of deps) {
      const slash = k.indexOf('/');
      split.push([k.slice(0, slash), k.slice(slash + 1), v]);
    }
    this.units.set(key, { inputs, deps: split, findings, result });
    for (const f of findings) ctx.emit(f);
    return result;
  }
}

function valid(deps: readonly Dep[], lookup: DepLookup): boolean {
  for (const [kind, id, v] of deps) if (!same(lookup(kind, id), v)) return false;
  return true;
}

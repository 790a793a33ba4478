import type { Finding } from '../model/finding';
import type { ResolveContext } from './context';

interface Unit<R> {
  readonly inputs: readonly unknown[];
  readonly deps: Map<string, unknown>;
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
    lookup: (dep: string) => unknown = (dep) => ctx.current(dep),
  ): R {
    const u = this.units.get(key);
    if (u && same(u.inputs, inputs) && valid(u.deps, lookup)) {
      this.hits++;
      for (const f of u.findings) ctx.emit(f);
      for (const [k, v] of u.deps) ctx.depend(k, v);
      return u.result;
    }
    this.misses++;
    const { result, deps, findings } = ctx.capture(compute);
    this.units.set(key, { inputs, deps, findings, result });
    for (const f of findings) ctx.emit(f);
    for (const [k, v] of deps) ctx.depend(k, v);
    return result;
  }
}

function valid(deps: Map<string, unknown>, lookup: (dep: string) => unknown): boolean {
  for (const [k, v] of deps) if (!same(lookup(k), v)) return false;
  return true;
}

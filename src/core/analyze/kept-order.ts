/**
 * Sorting by key, kept from one analysis to the next: while the same keys come in the same
 * order (edits rarely rename), the order found last time is used again instead of sorting.
 */
export class KeptOrder {
  private last?: { readonly keys: readonly string[]; readonly perm: readonly number[] };

  /** `items` sorted by `keyOf` (string order). */
  sort<T>(items: readonly T[], keyOf: (item: T) => string): T[] {
    const keys = items.map(keyOf);
    let order = this.last;
    if (!order || order.keys.length !== keys.length || order.keys.some((k, i) => k !== keys[i])) {
      const perm = keys.map((_, i) => i).sort((a, b) => cmp(keys[a] as string, keys[b] as string));
      order = { keys, perm };
      this.last = order;
    }
    return order.perm.map((i) => items[i] as T);
  }
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

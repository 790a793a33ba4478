/**
 * Keyboard moves between the nodes of a flow, in layout order and along edges. Pure: from a
 * flow and the node that has focus to the node to focus next.
 *
 * - Right: the first of the nodes it leads to (a Gateway: its listeners; else its edges'
 *   targets), in reading order. Left: back along an edge, to where Right came from if it can.
 * - Down / Up: after Right or Left, the next / previous of the same fan (the other targets of
 *   that source, the other sources of that target); past its end, and otherwise, the next node
 *   below / above in the same column.
 * - Home / End: the first / last node in reading order.
 */
import { gridX } from './geometry';
import type { Rect } from './geometry';
import type { Flow } from './to-flow';

export interface NavIndex {
  /** Node ids in reading order (what Tab goes through). */
  readonly order: readonly string[];
  readonly rank: ReadonlyMap<string, number>;
  readonly targets: ReadonlyMap<string, readonly string[]>;
  readonly sources: ReadonlyMap<string, readonly string[]>;
  readonly ownerOf: ReadonlyMap<string, string>;
  /** Ids per column (0-2), top to bottom. */
  readonly columns: readonly (readonly string[])[];
  readonly columnOf: ReadonlyMap<string, number>;
}

/** Where the last Right or Left went: the fan it chose from. */
export interface NavTrail {
  readonly from: string;
  readonly fan: readonly string[];
  readonly at: number;
}

export type NavKey = 'ArrowRight' | 'ArrowLeft' | 'ArrowDown' | 'ArrowUp' | 'Home' | 'End';

export function isNavKey(key: string): key is NavKey {
  return (
    key === 'ArrowRight' ||
    key === 'ArrowLeft' ||
    key === 'ArrowDown' ||
    key === 'ArrowUp' ||
    key === 'Home' ||
    key === 'End'
  );
}

/** The column a node is drawn in (by its middle: a dragged node by where it is now). */
function columnAt(r: Rect): number {
  const mid = r.x + r.w / 2;
  let best = 0;
  for (let c = 1; c < 3; c++) if (mid >= gridX(c) - 10) best = c;
  return best;
}

export function navIndex(flow: Flow, rects: ReadonlyMap<string, Rect>): NavIndex {
  const order: string[] = [];
  const ownerOf = new Map<string, string>();
  const columns: string[][] = [[], [], []];
  const columnOf = new Map<string, number>();
  for (const n of flow.nodes) {
    if (n.type === 'namespace' || n.type === 'owner-tools') continue;
    order.push(n.id);
    if (n.parentId) ownerOf.set(n.id, n.parentId);
    const r = rects.get(n.id);
    if (!r) continue;
    const c = columnAt(r);
    columnOf.set(n.id, c);
    columns[c]?.push(n.id);
  }
  const y = (id: string) => rects.get(id)?.y ?? 0;
  for (const list of columns) list.sort((a, b) => y(a) - y(b));
  const rank = new Map(order.map((id, i) => [id, i]));
  const targets = new Map<string, string[]>();
  const sources = new Map<string, string[]>();
  const add = (m: Map<string, string[]>, k: string, v: string) => {
    const list = m.get(k);
    if (!list) m.set(k, [v]);
    else if (!list.includes(v)) list.push(v);
  };
  for (const e of flow.edges) {
    add(targets, e.source, e.target);
    add(sources, e.target, e.source);
  }
  const byRank = (a: string, b: string) => (rank.get(a) ?? 0) - (rank.get(b) ?? 0);
  for (const list of targets.values()) list.sort(byRank);
  for (const list of sources.values()) list.sort(byRank);
  return { order, rank, targets, sources, ownerOf, columns, columnOf };
}

export interface NavMove {
  readonly to: string;
  readonly trail?: NavTrail;
}

/** The node a key moves focus to from `at` (undefined: nowhere to go). */
export function navigate(
  index: NavIndex,
  at: string,
  key: NavKey,
  trail: NavTrail | undefined,
): NavMove | undefined {
  if (key === 'Home' || key === 'End') {
    const to = key === 'Home' ? index.order[0] : index.order[index.order.length - 1];
    return to === undefined || to === at ? undefined : { to };
  }
  if (key === 'ArrowRight') {
    const children = index.order.filter((id) => index.ownerOf.get(id) === at);
    const fan = children.length ? children : (index.targets.get(at) ?? []);
    const to = fan[0];
    return to === undefined ? undefined : { to, trail: { from: at, fan, at: 0 } };
  }
  if (key === 'ArrowLeft') {
    const sources = index.sources.get(at) ?? [];
    const owner = index.ownerOf.get(at);
    const fan = sources.length ? sources : owner ? [owner] : [];
    if (fan.length === 0) return undefined;
    // Back to where Right came from, when it is one of them.
    const back = trail && trail.fan[trail.at] === at ? fan.indexOf(trail.from) : -1;
    const i = back >= 0 ? back : 0;
    return { to: fan[i] as string, trail: { from: at, fan, at: i } };
  }
  const step = key === 'ArrowDown' ? 1 : -1;
  if (trail && trail.fan[trail.at] === at) {
    const i = trail.at + step;
    const to = trail.fan[i];
    if (to !== undefined) return { to, trail: { ...trail, at: i } };
  }
  const c = index.columnOf.get(at);
  const list = c === undefined ? undefined : index.columns[c];
  if (!list) return undefined;
  const to = list[list.indexOf(at) + step];
  return to === undefined ? undefined : { to };
}

/**
 * The widths and collapsed flags of side-by-side panes, as plain data: pure functions to
 * resize, collapse and restore, and to read and write it (local storage keeps it across
 * reloads). Sizes are shares of the row, in percent of the default layout's total.
 */
export interface PaneLayout {
  readonly sizes: readonly number[];
  readonly collapsed: readonly boolean[];
}

/** The narrowest a pane can be dragged, in the same units as the sizes. */
export const MIN_SIZE = 10;

/** A stored layout if it fits `defaults` (same number of panes, sane sizes), else `defaults`. */
export function readLayout(raw: string | null, defaults: PaneLayout): PaneLayout {
  if (!raw) return defaults;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return defaults;
  }
  if (typeof value !== 'object' || value === null) return defaults;
  const { sizes, collapsed } = value as Record<string, unknown>;
  const n = defaults.sizes.length;
  const okSizes =
    Array.isArray(sizes) &&
    sizes.length === n &&
    sizes.every((s) => typeof s === 'number' && Number.isFinite(s) && s >= MIN_SIZE);
  const okCollapsed =
    Array.isArray(collapsed) &&
    collapsed.length === n &&
    collapsed.every((c) => typeof c === 'boolean');
  return {
    sizes: okSizes ? (sizes as number[]) : defaults.sizes,
    collapsed: okCollapsed ? (collapsed as boolean[]) : defaults.collapsed,
  };
}

export function writeLayout(layout: PaneLayout): string {
  return JSON.stringify({ sizes: layout.sizes, collapsed: layout.collapsed });
}

/**
 * The share each pane takes on screen: 0 for a collapsed pane, whose share goes to pane
 * `grows` (the graph), or to the first pane still open if that one is collapsed too.
 */
export function shownSizes(layout: PaneLayout, grows = 0): number[] {
  const open = layout.collapsed.map((c) => !c);
  const freed = layout.sizes.reduce((sum, s, i) => (open[i] ? sum : sum + s), 0);
  const target = open[grows] ? grows : open.indexOf(true);
  return layout.sizes.map((s, i) => (!open[i] ? 0 : i === target ? s + freed : s));
}

/** Moves `delta` from pane `b` to pane `a` (negative: the other way), neither below MIN_SIZE. */
export function resize(layout: PaneLayout, a: number, b: number, delta: number): PaneLayout {
  const sa = layout.sizes[a];
  const sb = layout.sizes[b];
  if (sa === undefined || sb === undefined) return layout;
  const d = Math.max(MIN_SIZE - sa, Math.min(sb - MIN_SIZE, delta));
  if (d === 0) return layout;
  const sizes = [...layout.sizes];
  sizes[a] = sa + d;
  sizes[b] = sb - d;
  return { ...layout, sizes };
}

export function setCollapsed(layout: PaneLayout, i: number, collapsed: boolean): PaneLayout {
  if (layout.collapsed[i] === collapsed || i < 0 || i >= layout.collapsed.length) return layout;
  const next = [...layout.collapsed];
  next[i] = collapsed;
  return { ...layout, collapsed: next };
}

/** Pairs of neighbouring open panes, left to right: where the separators are. */
export function openNeighbours(layout: PaneLayout): [number, number][] {
  const open = layout.collapsed.flatMap((c, i) => (c ? [] : [i]));
  return open.slice(1).map((b, k) => [open[k] ?? 0, b]);
}

/**
 * The fresh layout of one namespace: a horizontal band holding its nodes in their columns.
 * Gateways and ListenerSets are stacked first; every other column is ordered and placed by
 * where its already placed neighbours are (one left-to-right barycentre sweep), pushing down
 * only to avoid overlap. O(n log n), deterministic.
 */
import type { GraphNode } from '../../core';
import { columnX, NODE_GAP, NS_HEADER, NS_PAD_BOTTOM } from './geometry';
import type { Point } from './geometry';
import { desiredCenter } from './layout-model';
import type { LayoutModel } from './layout-model';

/** Columns in the order they are placed: owners first, then everything that hangs off them. */
export const PLACEMENT_ORDER = [1, 0, 2, 3, 4, 5, 6] as const;

const byName = (a: GraphNode, b: GraphNode) =>
  a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : 1;

export function groupByColumn(
  model: LayoutModel,
  nodes: readonly GraphNode[],
): Map<number, GraphNode[]> {
  const out = new Map<number, GraphNode[]>();
  for (const n of nodes) {
    const c = model.columns.get(n.id) ?? 0;
    const list = out.get(c);
    if (list) list.push(n);
    else out.set(c, [n]);
  }
  return out;
}

/** Gateways by name, each ListenerSet right after the Gateway it attaches to. */
function ownerOrder(model: LayoutModel, nodes: readonly GraphNode[]): GraphNode[] {
  const gateways = nodes.filter((n) => n.type === 'Gateway').sort(byName);
  const inBand = new Set(gateways.map((g) => g.id));
  const after = new Map<string, GraphNode[]>();
  const rest: GraphNode[] = [];
  for (const n of [...nodes].sort(byName)) {
    if (n.type === 'Gateway') continue;
    const gw =
      n.type === 'ListenerSet' ? model.neighbors.get(n.id)?.find((x) => inBand.has(x)) : undefined;
    if (gw) after.set(gw, [...(after.get(gw) ?? []), n]);
    else rest.push(n);
  }
  return [...gateways.flatMap((g) => [g, ...(after.get(g.id) ?? [])]), ...rest];
}

/**
 * Desired centres of a column's nodes: their placed neighbours, or (for nodes only linked
 * inside the column, such as a ReferenceGrant and its Secrets) just before those neighbours.
 */
export function desiredInColumn(
  model: LayoutModel,
  positions: ReadonlyMap<string, Point>,
  nodes: readonly GraphNode[],
): Map<string, number> {
  const desired = new Map<string, number>();
  for (const n of nodes) {
    const d = desiredCenter(model, positions, n.id);
    if (d !== undefined) desired.set(n.id, d);
  }
  for (const n of nodes) {
    if (desired.has(n.id)) continue;
    let best: number | undefined;
    for (const other of model.neighbors.get(n.id) ?? []) {
      const d = desired.get(other);
      if (d !== undefined && (best === undefined || d < best)) best = d;
    }
    if (best !== undefined) desired.set(n.id, best - 0.5);
  }
  return desired;
}

export function sortByDesired(
  model: LayoutModel,
  nodes: readonly GraphNode[],
  desired: ReadonlyMap<string, number>,
): GraphNode[] {
  const key = (n: GraphNode) => desired.get(n.id) ?? Number.POSITIVE_INFINITY;
  return [...nodes].sort(
    (a, b) => key(a) - key(b) || (model.order.get(a.id) ?? 0) - (model.order.get(b.id) ?? 0),
  );
}

/** Lays out one namespace's nodes in a band starting at `top`; returns the band's bottom. */
export function placeBand(
  model: LayoutModel,
  positions: Map<string, Point>,
  nodes: readonly GraphNode[],
  top: number,
): number {
  const byColumn = groupByColumn(model, nodes);
  let bottom = top + NS_HEADER;
  for (const column of PLACEMENT_ORDER) {
    const list = byColumn.get(column);
    if (!list) continue;
    const desired =
      column === 1 ? new Map<string, number>() : desiredInColumn(model, positions, list);
    const ordered = column === 1 ? ownerOrder(model, list) : sortByDesired(model, list, desired);
    let cursor = top + NS_HEADER;
    for (const n of ordered) {
      const h = model.sizes.get(n.id)?.h ?? 0;
      const d = desired.get(n.id);
      const y = Math.max(cursor, d === undefined ? cursor : Math.round(d - h / 2));
      positions.set(n.id, { x: columnX(column), y });
      cursor = y + h + NODE_GAP;
    }
    bottom = Math.max(bottom, cursor - NODE_GAP);
  }
  return bottom + NS_PAD_BOTTOM;
}

/** Namespaces in traffic order: those holding Gateways first, then by their first column, then by name. */
export function namespaceOrder(model: LayoutModel, nodes: readonly GraphNode[]): string[] {
  const rank = new Map<string, number>();
  for (const n of nodes) {
    const c = model.columns.get(n.id) ?? 0;
    const r = c === 0 ? 1 : c; // hostnames belong with their Gateways
    rank.set(n.namespace, Math.min(rank.get(n.namespace) ?? r, r));
  }
  return [...rank.keys()].sort(
    (a, b) => (rank.get(a) ?? 0) - (rank.get(b) ?? 0) || (a < b ? -1 : a > b ? 1 : 0),
  );
}

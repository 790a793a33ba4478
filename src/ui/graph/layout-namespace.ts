/**
 * The fresh layout of one namespace, with its box's top at y = 0: its serving lanes (hostnames,
 * Gateways, certificates), then below them its routing lanes (routes, Services, upstream TLS).
 * Gateways and ListenerSets are stacked first; every other lane is ordered by where its placed
 * neighbours are (one left-to-right barycentre sweep) and put level with the neighbours of its
 * own part, pushing down only to avoid overlap. O(n log n), deterministic.
 */
import { columnX, NODE_GAP, NS_HEADER, TIER_GAP, tierOf } from './geometry';
import type { Point } from './geometry';
import { desiredCenter } from './layout-model';
import type { LayoutModel } from './layout-model';
import type { ViewNode } from './view-graph';

const NONE: ReadonlyMap<string, number> = new Map();

/** Lanes in the order they are placed: owners first, then everything that hangs off them. */
export const PLACEMENT_ORDER = [1, 0, 2, 3, 4, 5] as const;

const collator = new Intl.Collator('en', { numeric: true });

/** Names in the order people expect: team-2 before team-10. */
export function compareNames(a: string, b: string): number {
  return collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}

const byName = (a: ViewNode, b: ViewNode) =>
  compareNames(a.name, b.name) || compareNames(a.id, b.id);

export function groupByLane(
  model: LayoutModel,
  nodes: readonly ViewNode[],
): Map<number, ViewNode[]> {
  const out = new Map<number, ViewNode[]>();
  for (const n of nodes) {
    const c = model.columns.get(n.id) ?? 0;
    const list = out.get(c);
    if (list) list.push(n);
    else out.set(c, [n]);
  }
  return out;
}

/** Gateways by name, each ListenerSet right after the Gateway it attaches to. */
function ownerOrder(model: LayoutModel, nodes: readonly ViewNode[]): ViewNode[] {
  const gateways = nodes.filter((n) => n.type === 'Gateway').sort(byName);
  const inBand = new Set(gateways.map((g) => g.id));
  const after = new Map<string, ViewNode[]>();
  const rest: ViewNode[] = [];
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
 * Desired centres of a lane's nodes: their placed neighbours, or (for nodes only linked inside
 * the lane, such as a ReferenceGrant and its Secrets) just before those neighbours.
 */
export function desiredInLane(
  model: LayoutModel,
  positions: ReadonlyMap<string, Point>,
  nodes: readonly ViewNode[],
  only?: (other: string) => boolean,
): Map<string, number> {
  const desired = new Map<string, number>();
  for (const n of nodes) {
    const d = desiredCenter(model, positions, n.id, only);
    if (d !== undefined) desired.set(n.id, d);
  }
  for (const n of nodes) {
    if (desired.has(n.id)) continue;
    let best: number | undefined;
    for (const other of model.neighbors.get(n.id) ?? []) {
      const d = desired.get(other);
      if (d !== undefined && (best === undefined || d < best)) best = d;
    }
    // A CA bundle goes after the policy that trusts it, a ReferenceGrant before what it permits.
    if (best !== undefined) desired.set(n.id, best + (n.type === 'ConfigMap' ? 0.5 : -0.5));
  }
  return desired;
}

/** Nodes by a key (undefined last), then in graph order. */
export function sortByDesired(
  model: LayoutModel,
  nodes: readonly ViewNode[],
  desired: ReadonlyMap<string, number>,
): ViewNode[] {
  const key = (n: ViewNode) => desired.get(n.id) ?? Number.POSITIVE_INFINITY;
  return [...nodes].sort(
    (a, b) => key(a) - key(b) || (model.order.get(a.id) ?? 0) - (model.order.get(b.id) ?? 0),
  );
}

/**
 * Lays out one namespace's nodes into `local`, its box's top at y = 0. `placed` holds the
 * nodes of namespaces laid out before (absolute): they order this namespace's lanes, but only
 * its own nodes set heights.
 */
export function placeNamespace(
  model: LayoutModel,
  placed: ReadonlyMap<string, Point>,
  local: Map<string, Point>,
  nodes: readonly ViewNode[],
): void {
  const byLane = groupByLane(model, nodes);
  const mine = new Set(nodes.map((n) => n.id));
  const own = (id: string) => mine.has(model.parentOf.get(id) ?? id);
  let servingBottom: number | undefined;
  let routingTop: number | undefined;
  for (const lane of PLACEMENT_ORDER) {
    const list = byLane.get(lane);
    if (!list) continue;
    const tier = tierOf(lane);
    if (tier === 1 && routingTop === undefined)
      routingTop = servingBottom === undefined ? NS_HEADER : servingBottom + TIER_GAP;
    const sameTier = (id: string) => own(id) && tierOf(model.columns.get(id) ?? 0) === tier;
    // Level with the neighbours of this part; else in the order of any neighbours.
    let level = NONE;
    let ordered: ViewNode[];
    if (lane === 1) ordered = ownerOrder(model, list);
    else {
      // In the order of their neighbours here; then of those elsewhere; level with those of
      // this part.
      const near = desiredInLane(model, local, list);
      const rest = list.filter((n) => !near.has(n.id));
      const far = rest.length ? desiredInLane(model, placed, rest) : NONE;
      const key = new Map(near);
      for (const [id, y] of far) key.set(id, 1e9 + y);
      ordered = sortByDesired(model, list, key);
      const mine = near.size === list.length ? list : list.filter((n) => near.has(n.id));
      if (mine.length) level = desiredInLane(model, local, mine, sameTier);
    }
    const top = tier === 0 ? NS_HEADER : (routingTop ?? NS_HEADER);
    let cursor = top;
    for (const n of ordered) {
      const h = model.sizes.get(n.id)?.h ?? 0;
      const d = level.get(n.id);
      const y = Math.max(cursor, d === undefined ? cursor : Math.round(d - h / 2));
      local.set(n.id, { x: columnX(lane), y });
      cursor = y + h + NODE_GAP;
    }
    if (tier === 0) servingBottom = Math.max(servingBottom ?? 0, cursor - NODE_GAP);
  }
}

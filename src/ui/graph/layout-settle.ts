/**
 * Growth in a layout kept from the last: a node that grew (a Gateway that gained a listener)
 * pushes what is below it down, and namespaces that came to overlap move down, whole.
 */
import { NODE_GAP, TIER_GAP, tierOf } from './geometry';
import type { Point } from './geometry';
import { groupBy } from './layout-model';
import type { LayoutModel } from './layout-model';
import { moveDown, separateBoxes } from './layout-pack';
import { namespaceBoxes } from './namespace-boxes';
import type { NamespaceBox } from './namespace-boxes';
import type { ViewNode } from './view-graph';

/**
 * Kept nodes that grew (a Gateway with a new listener) push what is below them down: within a
 * namespace's column, overlapping nodes move down; when its serving part grew, its routing part
 * moves down with it, whole. Then namespaces that came to overlap move down, whole.
 */
export function settle(
  model: LayoutModel,
  positions: Map<string, Point>,
  kept: readonly ViewNode[],
  before: readonly NamespaceBox[],
): void {
  const byNamespace = groupBy(kept, (n) => n.namespace);
  const was = new Map(before.map((b) => [b.namespace, b]));
  for (const [ns, members] of byNamespace) {
    const serving = members.filter((n) => tierOf(model.columns.get(n.id) ?? 0) === 0);
    const routing = members.filter((n) => tierOf(model.columns.get(n.id) ?? 0) === 1);
    pushOverlaps(model, positions, serving);
    const oldBottom = servingBottomOf(was.get(ns));
    if (oldBottom !== undefined) {
      const newBottom = Math.max(...serving.map((n) => bottomOf(model, positions, n.id)));
      const below = routing.filter((n) => (positions.get(n.id)?.y ?? 0) >= oldBottom);
      moveDown(
        positions,
        below.map((n) => n.id),
        Math.max(0, newBottom - oldBottom),
      );
    }
    pushOverlaps(model, positions, members);
  }
  separate(model, positions);
}

/** Bottom of the serving part of a box as it was (its first block when it has two). */
function servingBottomOf(box: NamespaceBox | undefined): number | undefined {
  const first = box?.blocks.length === 2 ? box.blocks[0] : undefined;
  return first ? first.y + first.h - TIER_GAP / 2 : undefined;
}

export function bottomOf(
  model: LayoutModel,
  positions: ReadonlyMap<string, Point>,
  id: string,
): number {
  return (positions.get(id)?.y ?? 0) + (model.sizes.get(id)?.h ?? 0);
}

/** Within each column, nodes that overlap (in y order) move down just enough. */
export function pushOverlaps(
  model: LayoutModel,
  positions: Map<string, Point>,
  nodes: readonly ViewNode[],
): void {
  const cells = groupBy(nodes, (n) => String((model.columns.get(n.id) ?? 0) % 3));
  for (const list of cells.values()) {
    list.sort((a, b) => (positions.get(a.id)?.y ?? 0) - (positions.get(b.id)?.y ?? 0));
    let floor = Number.NEGATIVE_INFINITY;
    for (const n of list) {
      const p = positions.get(n.id) as Point;
      if (p.y < floor) positions.set(n.id, { x: p.x, y: floor });
      floor = Math.max(floor, bottomOf(model, positions, n.id) + NODE_GAP);
    }
  }
}

/** Namespace outlines never overlap: one that clashes with one above it moves down, whole. */
export function separate(model: LayoutModel, positions: Map<string, Point>): void {
  const placed = model.top.filter((n) => positions.has(n.id));
  const moved = separateBoxes(namespaceBoxes(placed, positions, model.sizes, model.columns));
  if (moved.size === 0) return;
  for (const n of placed) {
    const dy = moved.get(n.namespace);
    if (dy) moveDown(positions, [n.id], dy);
  }
}

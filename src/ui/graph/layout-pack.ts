/**
 * Namespaces packed compactly, in reading order: each namespace's outline drops, as a whole,
 * to the highest place where it clears everything already placed in the columns it covers.
 * A namespace that only holds certificates sits beside another's routing part instead of on a
 * step of its own; collapsed namespaces fill the lowest column.
 */
import {
  BOX_GAP,
  columnWidth,
  columnX,
  COLUMN_WIDTHS,
  GRID_RIGHT,
  gridX,
  SUMMARY_SIZE,
} from './geometry';
import type { Point, Rect } from './geometry';
import { compareNames, placeNamespace } from './layout-namespace';
import { groupBy } from './layout-model';
import type { LayoutModel } from './layout-model';
import { boxesClash, namespaceBoxes } from './namespace-boxes';
import type { NamespaceBox } from './namespace-boxes';
import type { ViewNode } from './view-graph';

/** The lowest occupied y of each of the three columns. */
export class Skyline {
  private readonly bottom = [-BOX_GAP, -BOX_GAP, -BOX_GAP];

  /** Columns a rectangle covers (by its horizontal extent). */
  private static columns(r: Rect): number[] {
    const out: number[] = [];
    for (let c = 0; c < 3; c++) {
      const l = gridX(c);
      const right = l + (COLUMN_WIDTHS[c] ?? 0);
      if (r.x < right && r.x + r.w > l) out.push(c);
    }
    // Dragged beyond the grid: it still takes the nearest column.
    if (out.length === 0) out.push(r.x >= GRID_RIGHT ? 2 : 0);
    return out;
  }

  add(box: NamespaceBox): void {
    for (const b of box.blocks)
      for (const c of Skyline.columns(b)) this.bottom[c] = Math.max(this.bottom[c] ?? 0, b.y + b.h);
  }

  /** How far down a box laid out at y = 0 must go to clear what is placed. */
  dropOf(box: NamespaceBox): number {
    let dy = Number.NEGATIVE_INFINITY;
    for (const b of box.blocks)
      for (const c of Skyline.columns(b)) dy = Math.max(dy, (this.bottom[c] ?? 0) + BOX_GAP - b.y);
    return Math.max(0, dy);
  }

  /** The column with the most room above (the leftmost of equals), and its top. */
  lowestColumn(): { column: number; y: number } {
    let column = 0;
    for (let c = 1; c < 3; c++) if ((this.bottom[c] ?? 0) < (this.bottom[column] ?? 0)) column = c;
    return { column, y: Math.max(0, (this.bottom[column] ?? 0) + BOX_GAP) };
  }
}

/** A box moved down by `dy`. */
export function shifted(box: NamespaceBox, dy: number): NamespaceBox {
  if (dy === 0) return box;
  return { ...box, y: box.y + dy, blocks: box.blocks.map((b) => ({ ...b, y: b.y + dy })) };
}

/**
 * Namespace outlines never overlap: going down the page, a box that clashes with one above it
 * moves down, whole, just enough. Returns how far each namespace moved.
 */
export function separateBoxes(boxes: readonly NamespaceBox[]): Map<string, number> {
  const sorted = [...boxes].sort((a, b) => a.y - b.y || a.x - b.x);
  const done: NamespaceBox[] = [];
  const moved = new Map<string, number>();
  for (const box of sorted) {
    let b = box;
    for (let guard = 0; guard <= done.length; guard++) {
      let dy = 0;
      for (const other of done)
        if (boxesClash(b, other, BOX_GAP))
          for (const p of b.blocks)
            for (const q of other.blocks)
              if (
                p.x < q.x + q.w &&
                q.x < p.x + p.w &&
                p.y < q.y + q.h + BOX_GAP &&
                q.y < p.y + p.h + BOX_GAP
              )
                dy = Math.max(dy, q.y + q.h + BOX_GAP - p.y);
      if (dy <= 0) break;
      b = shifted(b, dy);
    }
    if (b.y !== box.y) moved.set(box.namespace, b.y - box.y);
    done.push(b);
  }
  return moved;
}

/** `positions` of the given ids moved down by `dy`. */
export function moveDown(positions: Map<string, Point>, ids: Iterable<string>, dy: number): void {
  if (dy === 0) return;
  for (const id of ids) {
    const p = positions.get(id);
    if (p) positions.set(id, { x: p.x, y: p.y + dy });
  }
}

/** Namespaces in reading order: those holding Gateways first, then by their first lane, then by name. */
export function namespaceOrder(model: LayoutModel, nodes: readonly ViewNode[]): string[] {
  const rank = new Map<string, number>();
  for (const n of nodes) {
    const c = model.columns.get(n.id) ?? 0;
    const r = n.type === 'Namespace' ? 9 : c === 0 ? 1 : c; // hostnames belong with their Gateways
    rank.set(n.namespace, Math.min(rank.get(n.namespace) ?? r, r));
  }
  return [...rank.keys()].sort(
    (a, b) => (rank.get(a) ?? 0) - (rank.get(b) ?? 0) || compareNames(a, b),
  );
}

/** Lays out the namespaces of `nodes` afresh and drops them below what `positions` holds. */
export function packNew(
  model: LayoutModel,
  positions: Map<string, Point>,
  nodes: readonly ViewNode[],
): void {
  const sky = new Skyline();
  for (const box of namespaceBoxes(model.top, positions, model.sizes, model.columns)) sky.add(box);
  const byNamespace = groupBy(nodes, (n) => n.namespace);
  for (const ns of namespaceOrder(model, nodes)) {
    const members = byNamespace.get(ns) ?? [];
    const summary = members.find((n) => n.type === 'Namespace');
    if (summary) {
      // A collapsed namespace: a tile as wide as the column with the most room above.
      const { column, y } = sky.lowestColumn();
      const tile = { x: columnX(column), y, w: columnWidth(column), h: SUMMARY_SIZE.h };
      positions.set(summary.id, { x: tile.x, y });
      model.sizes.set(summary.id, { w: tile.w, h: tile.h });
      sky.add({ ...tile, namespace: ns, count: 1, blocks: [tile], collapsed: true });
      continue;
    }
    const local = new Map<string, Point>();
    placeNamespace(model, positions, local, members);
    const box = namespaceBoxes(members, local, model.sizes, model.columns)[0];
    if (!box) continue;
    const dy = sky.dropOf(box);
    for (const [id, p] of local) positions.set(id, { x: p.x, y: p.y + dy });
    sky.add(shifted(box, dy));
  }
}

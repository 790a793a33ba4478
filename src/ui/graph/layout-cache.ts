/**
 * One layout per view (all, a namespace, only problems, …), kept across results so nodes do
 * not jump: each new graph is laid out from the view's previous layout. UI state only; never
 * written into the YAML.
 */
import type { Point } from './geometry';
import { layoutGraph } from './layout';
import type { Layout } from './layout';
import type { ViewGraph } from './view-graph';

const MAX_VIEWS = 12;

export class LayoutCache {
  private readonly views = new Map<string, { graph: ViewGraph; layout: Layout }>();

  /** `pinned`: the key of the view kept however many others come and go (everything shown). */
  constructor(private readonly pinned?: string) {}

  /**
   * The layout of `graph` in view `key`: the kept one, or one derived from it; for a view not
   * laid out yet, derived from view `seed`'s when given (a namespace collapsed or expanded stays
   * in place, and so does everything else).
   */
  layout(graph: ViewGraph, key: string, seed?: string): Layout {
    const kept = this.views.get(key) ?? (seed === undefined ? undefined : this.views.get(seed));
    if (kept?.graph === graph) return kept.layout;
    const layout = layoutGraph(graph, kept?.layout);
    this.views.delete(key);
    this.views.set(key, { graph, layout });
    if (this.views.size > MAX_VIEWS) {
      const oldest = [...this.views.keys()].find((k) => k !== this.pinned);
      if (oldest !== undefined) this.views.delete(oldest);
    }
    return layout;
  }

  /** A node dragged to `to` (top-level nodes only). */
  move(key: string, id: string, to: Point): void {
    const kept = this.views.get(key);
    if (!kept || kept.layout.parentOf.has(id)) return;
    const positions = new Map(kept.layout.positions).set(id, {
      x: Math.round(to.x),
      y: Math.round(to.y),
    });
    this.views.set(key, {
      graph: kept.graph,
      layout: { ...kept.layout, positions, fresh: false, geometry: {} },
    });
  }

  /** Forget a view's layout: the next call lays it out afresh. */
  reset(key: string): void {
    this.views.delete(key);
  }
}

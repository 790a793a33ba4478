import { useCallback, useMemo, useRef, useState } from 'react';
import type { Point } from './geometry';
import { LayoutCache } from './layout-cache';
import type { Layout } from './layout';
import type { ViewGraph } from './view-graph';

/**
 * The layout of the shown graph, with drag moves and "Re-layout". `seed.current`: the view a
 * view not laid out yet is derived from (used once), else it is laid out afresh.
 */
export function useGraphLayout(
  graph: ViewGraph | undefined,
  key: string,
  pinned?: string,
  seed?: { current: string | undefined },
) {
  const cache = useRef<LayoutCache>(null);
  cache.current ??= new LayoutCache(pinned);
  const [version, setVersion] = useState(0);

  const layout: Layout | undefined = useMemo(() => {
    if (!graph) return undefined;
    const from = seed?.current;
    if (seed && from !== key) seed.current = undefined;
    return cache.current?.layout(graph, key, from);
    // `version` re-reads the cache after a move or a reset.
  }, [graph, key, version, seed]);

  const move = useCallback(
    (moves: readonly { id: string; to: Point }[]) => {
      for (const m of moves) cache.current?.move(key, m.id, m.to);
      setVersion((v) => v + 1);
    },
    [key],
  );

  const relayout = useCallback(() => {
    cache.current?.reset(key);
    setVersion((v) => v + 1);
  }, [key]);

  return { layout, move, relayout };
}

import { useEffect, useRef } from 'react';
import type { Selection, WorkspaceState } from '../store/workspace';
import type { Layout } from './layout';

interface Moves {
  readonly frame: () => void;
  readonly reveal: (id: string) => void;
  readonly revealAll: (ids: readonly string[]) => void;
}

/**
 * The view follows what happens elsewhere: a fresh layout or a new filter is framed, a selection made in the
 * YAML, Problems or Hosts is brought into view, and so is the whole SNI path when it lights up.
 * Moves wait a frame so React Flow has the new nodes.
 */
export function useFollow(
  viewKey: string,
  layout: Layout | undefined,
  selection: Selection | undefined,
  highlight: WorkspaceState['highlight'],
  { frame, reveal, revealAll }: Moves,
): void {
  // A fresh layout, or another view (filters): frame it.
  const fresh = layout?.fresh ?? false;
  const framed = useRef<string>(undefined);
  useEffect(() => {
    if (!layout || (!fresh && framed.current === viewKey)) return;
    const raf = requestAnimationFrame(() => {
      framed.current = viewKey;
      frame();
    });
    return () => cancelAnimationFrame(raf);
  }, [viewKey, layout, fresh, frame]);

  useEffect(() => {
    if (!selection?.nodeId || selection.from === 'graph') return;
    const id = selection.nodeId;
    const raf = requestAnimationFrame(() => reveal(id));
    return () => cancelAnimationFrame(raf);
  }, [selection, reveal]);

  useEffect(() => {
    if (!highlight || highlight.nodes.length === 0) return;
    const raf = requestAnimationFrame(() => revealAll(highlight.nodes));
    return () => cancelAnimationFrame(raf);
  }, [highlight, revealAll]);
}

import { useEffect, useRef } from 'react';
import { useReactFlow } from '@xyflow/react';
import type { Viewport } from '@xyflow/react';
import type { Selection, WorkspaceState } from '../store/workspace';
import type { Layout } from './layout';

interface Moves {
  readonly frame: (zoom?: number) => void;
  readonly reveal: (id: string) => boolean;
  readonly revealAll: (ids: readonly string[]) => void;
}

/** Once the next view is drawn, keep this instead of framing it (a collapse keeps its namespace in place). */
export interface ViewIntent {
  readonly type: 'anchor' | 'frame';
  /** Anchor: called with the new view drawn; frame: the zoom for a graph too large to fit. */
  readonly run?: () => void;
  readonly zoom?: number;
}

/**
 * The view follows what happens elsewhere: a fresh layout or a new view (filters, focus,
 * collapse) is framed — or, coming back to a view seen before, shown as it was left; a
 * selection made in the YAML, Problems or Hosts is brought into view, and so is the whole SNI
 * path when it lights up. Moves wait a frame so React Flow has the new nodes.
 */
export function useFollow(
  viewKey: string,
  layout: Layout | undefined,
  selection: Selection | undefined,
  highlight: WorkspaceState['highlight'],
  intent: { current: ViewIntent | undefined },
  { frame, reveal, revealAll }: Moves,
): void {
  const rf = useReactFlow();
  const fresh = layout?.fresh ?? false;
  const framed = useRef<string>(undefined);
  const seen = useRef(new Map<string, Viewport>());
  useEffect(() => {
    if (!layout || (!fresh && framed.current === viewKey)) return;
    const left = framed.current;
    if (left !== undefined && left !== viewKey) seen.current.set(left, rf.getViewport());
    // The wish of the command that made this view (not of one made after it).
    const wish = intent.current;
    intent.current = undefined;
    let done = false;
    const raf = requestAnimationFrame(() => {
      done = true;
      framed.current = viewKey;
      const back = fresh ? undefined : seen.current.get(viewKey);
      if (wish?.type === 'anchor' && wish.run) wish.run();
      else if (wish?.type === 'frame') frame(wish.zoom);
      else if (back) void rf.setViewport(back);
      else frame();
    });
    return () => {
      cancelAnimationFrame(raf);
      // Not carried out (the view changed again first): for the next time round.
      if (!done && wish) intent.current ??= wish;
    };
  }, [viewKey, layout, fresh, frame, rf, intent]);

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

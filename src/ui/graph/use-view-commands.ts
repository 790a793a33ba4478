import { useCallback, useMemo, useRef, useState } from 'react';
import type { GraphNode } from '../../core';
import type { Point, Rect } from './geometry';
import type { GraphActions } from './graph-actions';
import type { ViewIntent } from './use-follow';
import type { useGraphView } from './use-graph-view';
import type { FitResult } from './use-viewport';
import { READABLE_ZOOM } from './use-viewport';
import { summaryId } from './view-graph';

interface Moves {
  readonly fitAll: (anyway?: boolean) => FitResult;
  readonly toScreen: (p: Point) => Point;
  readonly pin: (p: Point, at: Point) => void;
  readonly reveal: (id: string) => boolean;
}

/**
 * The commands that change what the graph shows, with what the view does after each: a
 * namespace or Gateway collapsed or expanded stays at its height on screen; "Fit view" on a
 * graph too large to fit readably collapses every namespace into an overview (and says so);
 * "Show it" goes to the selected object.
 */
export function useViewCommands(
  shown: ReturnType<typeof useGraphView>,
  rects: { readonly current: ReadonlyMap<string, Rect> },
  { fitAll, toScreen, pin, reveal }: Moves,
) {
  const [note, setNote] = useState<'Overview'>();
  // What the next view does instead of being framed (see useFollow).
  const intent = useRef<ViewIntent>(undefined);

  const keepInPlace = useCallback(
    (ids: readonly string[], next: readonly string[]) => {
      const from = ids.map((id) => rects.current.get(id)).find((r): r is Rect => !!r);
      if (!from) return;
      const at = toScreen(from);
      intent.current = {
        type: 'anchor',
        run: () => {
          const to = next.map((id) => rects.current.get(id)).find((r): r is Rect => !!r);
          if (to) pin(to, at);
        },
      };
    },
    [rects, toScreen, pin],
  );

  const { toggleNamespace, toggleOwner, toggleFocus, focus: focused } = shown;
  const collapsedSpaces = shown.collapse.namespaces;
  const graphActions: GraphActions = useMemo(
    () => ({
      toggleNamespace: (ns: string) => {
        const box = `namespace:${ns}`;
        const tile = summaryId(ns);
        const collapsing = !collapsedSpaces.has(ns);
        keepInPlace(collapsing ? [box] : [tile], collapsing ? [tile] : [box]);
        setNote(undefined);
        toggleNamespace(ns);
      },
      toggleOwner: (id: string) => {
        keepInPlace([id], [id]);
        toggleOwner(id);
      },
      toggleFocus: (f) => {
        setNote(undefined);
        toggleFocus(f);
      },
      focused,
    }),
    [collapsedSpaces, toggleNamespace, toggleOwner, toggleFocus, focused, keepInPlace],
  );

  const onFit = useCallback(() => {
    if (fitAll(collapsedSpaces.size > 0) === 'fitted') {
      setNote(undefined);
      return;
    }
    // Too large to fit readably: the overview, every namespace collapsed.
    intent.current = { type: 'frame', zoom: READABLE_ZOOM };
    shown.collapseAll();
    setNote('Overview');
  }, [fitAll, collapsedSpaces, shown]);

  const onCollapseAll = useCallback(() => {
    intent.current = { type: 'frame', zoom: READABLE_ZOOM };
    setNote(undefined);
    shown.collapseAll();
  }, [shown]);

  const onExpandAll = useCallback(() => {
    setNote(undefined);
    shown.expandAll();
  }, [shown]);

  const onShowNode = useCallback(
    (n: GraphNode) => {
      const id = n.id;
      intent.current = { type: 'anchor', run: () => reveal(id) };
      shown.showNode(n);
    },
    [reveal, shown],
  );

  return { note, intent, graphActions, onFit, onCollapseAll, onExpandAll, onShowNode };
}

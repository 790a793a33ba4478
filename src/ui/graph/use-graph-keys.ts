import { useCallback, useRef } from 'react';
import type { FocusEvent, KeyboardEvent } from 'react';
import type { Rect } from './geometry';
import { isNavKey, navigate, navIndex } from './graph-nav';
import type { NavIndex, NavTrail } from './graph-nav';
import type { Flow } from './to-flow';

/** The graph node element an event happened on, and its id. */
function nodeOf(target: EventTarget | null): { el: HTMLElement; id: string } | undefined {
  if (!(target instanceof HTMLElement) || !target.classList.contains('react-flow__node'))
    return undefined;
  const id = target.dataset.id;
  return id ? { el: target, id } : undefined;
}

/**
 * Keyboard moves in the graph (see graph-nav.ts) and a focused node kept in view. A node far
 * from the view is not drawn (see window-flow.ts): the view moves to it first, and it gets
 * focus once React Flow has drawn it.
 */
export function useGraphKeys(
  flow: Flow,
  rects: ReadonlyMap<string, Rect>,
  reveal: (id: string, animate?: boolean) => boolean,
) {
  const cached = useRef<{ flow: Flow; index: NavIndex }>(undefined);
  const trail = useRef<NavTrail>(undefined);
  const pending = useRef(0);

  const focusNode = useCallback(
    (container: HTMLElement, id: string) => {
      cancelAnimationFrame(pending.current);
      reveal(id, false);
      let tries = 0;
      const attempt = () => {
        const el = container.querySelector<HTMLElement>(
          `.react-flow__node[data-id="${CSS.escape(id)}"]`,
        );
        if (el) el.focus({ preventScroll: true });
        else if (tries++ < 60) pending.current = requestAnimationFrame(attempt);
      };
      attempt();
    },
    [reveal],
  );

  const onKeyDownCapture = useCallback(
    (e: KeyboardEvent<HTMLElement>) => {
      if (!isNavKey(e.key) || e.altKey || e.ctrlKey || e.metaKey) return;
      const at = nodeOf(e.target);
      if (!at) return;
      // Arrows move focus, never the node (React Flow would move a selected node).
      e.preventDefault();
      e.stopPropagation();
      if (cached.current?.flow !== flow) cached.current = { flow, index: navIndex(flow, rects) };
      const move = navigate(cached.current.index, at.id, e.key, trail.current);
      if (!move) return;
      trail.current = move.trail;
      focusNode(e.currentTarget, move.to);
    },
    [flow, rects, focusNode],
  );

  // Whatever brought focus to a node (Tab, a click, a move), it is brought into view.
  const onFocusCapture = useCallback(
    (e: FocusEvent<HTMLElement>) => {
      const at = nodeOf(e.target);
      if (!at) return;
      if (at.el.matches(':focus-visible')) reveal(at.id, false);
    },
    [reveal],
  );

  return { onKeyDownCapture, onFocusCapture };
}

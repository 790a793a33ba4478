import { useMemo, useState } from 'react';
import type { RefObject } from 'react';
import type { Rect } from './geometry';
import { MAP_WIDTH } from './graph-minimap';
import { useElementSize } from './use-element-size';
import { READABLE_ZOOM } from './use-viewport';

/**
 * Whether the map is shown beside the graph: as the Map button last said, else by itself when
 * the graph does not fit readably and the pane has room for the map beside every column. The
 * stage holds the canvas and the map: its size does not change as the map comes and goes (the
 * canvas's does), so the choice cannot flip back and forth.
 */
export function useMapChoice(
  stage: RefObject<HTMLElement | null>,
  bounds: Rect | undefined,
  any: boolean,
) {
  const [wish, setWish] = useState<boolean>();
  const size = useElementSize(stage);
  const byItself = useMemo(() => {
    const { w, h } = size;
    if (!bounds || w === 0) return false;
    const tooLarge = Math.min(w / bounds.w, h / bounds.h) < READABLE_ZOOM;
    const room = w - MAP_WIDTH >= bounds.w * 0.8;
    return tooLarge && room;
  }, [bounds, size]);
  const shown = any && (wish ?? byItself);
  return { shown, toggle: () => setWish(!shown) };
}

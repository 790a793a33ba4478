import { useCallback, useMemo } from 'react';
import { useStore as useFlowStore } from '@xyflow/react';
import type { Flow } from './to-flow';
import { WINDOW_MIN_NODES, windowFlow, windowKey, windowOf } from './window-flow';

/** The flow React Flow is given: all of a small graph, the window around the view of a large one. */
export function useFlowWindow(flow: Flow): Flow {
  const large = flow.nodes.length > WINDOW_MIN_NODES;
  const key = useFlowStore(
    useCallback(
      (s) =>
        large ? windowKey(s.transform[0], s.transform[1], s.transform[2], s.width, s.height) : '',
      [large],
    ),
  );
  return useMemo(() => {
    const win = key ? windowOf(key) : undefined;
    return win ? windowFlow(flow, win) : flow;
  }, [flow, key]);
}

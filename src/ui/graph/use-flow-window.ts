import { useCallback, useMemo, useRef } from 'react';
import { useStore as useFlowStore } from '@xyflow/react';
import type { Flow } from './to-flow';
import { WINDOW_MIN_NODES, windowFlowAgain, windowKey } from './window-flow';
import type { FlowWindow } from './window-flow';

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
  const last = useRef<FlowWindow | undefined>(undefined);
  return useMemo(() => {
    last.current = windowFlowAgain(last.current, flow, key);
    return last.current.part;
  }, [flow, key]);
}

import { createContext, useContext } from 'react';
import type { Focus } from './focus';

/** What buttons drawn inside the graph (namespace headers, Gateway tools) can do. */
export interface GraphActions {
  readonly toggleNamespace: (namespace: string) => void;
  readonly toggleOwner: (id: string) => void;
  /** Focus on it; on what is focused already, show everything again. */
  readonly toggleFocus: (focus: Focus) => void;
  readonly focused: Focus | undefined;
}

export const GraphActionsContext = createContext<GraphActions | undefined>(undefined);

export function useGraphActions(): GraphActions | undefined {
  return useContext(GraphActionsContext);
}

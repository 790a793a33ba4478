import type { Selection } from '../store/workspace';
import { actions, workspace } from '../store/workspace';

/** Selects a graph node by id, with its source range so the YAML pane reveals it. */
export function selectNode(nodeId: string, from: Selection['from']): void {
  const node = workspace.get().result?.graph.nodes.find((n) => n.id === nodeId);
  actions.select({ nodeId, range: node?.range, from });
}

import type { GraphNode } from '../../../core';
import { StateIcon } from './state-icon';
import { stateText } from './state-text';

/** Icon and words of a node's state, in the state's colour. */
export function StateLine({
  node,
  className = 'gt-state',
}: {
  node: GraphNode;
  className?: string;
}) {
  return (
    <span className={`${className} gt-state-${node.state.level}`}>
      <StateIcon level={node.state.level} />
      <span className="gt-state-text">{stateText(node)}</span>
    </span>
  );
}

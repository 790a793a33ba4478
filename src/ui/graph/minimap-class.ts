import type { Node } from '@xyflow/react';
import type { FlowNode } from './to-flow';

/** Mini-map shapes: namespace boxes faint, listeners hidden, objects by state. */
export function minimapClass(node: Node): string {
  const n = node as FlowNode;
  if (n.type === 'namespace') return 'gt-mm gt-mm-namespace';
  if (n.type === 'listener') return 'gt-mm gt-mm-listener';
  return `gt-mm gt-mm-${n.data.node.state.level}${n.data.lit ? ' gt-mm-lit' : ''}`;
}

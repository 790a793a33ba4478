import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import type { NamespaceFlowNode } from '../to-flow';

/** The box around a namespace's objects, behind them. */
export const NamespaceNode = memo(function NamespaceNode({ data }: NodeProps<NamespaceFlowNode>) {
  return (
    <div className="gt-namespace">
      <div className="gt-namespace-label">
        <span className="gt-namespace-word">namespace</span>{' '}
        <strong>{data.namespace || '(cluster)'}</strong>
      </div>
    </div>
  );
});

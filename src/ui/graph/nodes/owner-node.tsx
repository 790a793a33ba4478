import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import type { ObjectFlowNode } from '../to-flow';
import { descriptionId } from '../to-flow';
import { Anchors } from './anchors';
import { KindTag } from './kind-tag';
import { StateLine } from './state-line';
import { cardClass, nodeTitle } from './state-text';

/** A Gateway or ListenerSet: a header with its state; its listeners are drawn inside it. */
export const OwnerNode = memo(function OwnerNode({ id, data }: NodeProps<ObjectFlowNode>) {
  const n = data.node;
  return (
    <div className={cardClass('gt-card gt-owner', n)} title={nodeTitle(n)}>
      <Anchors />
      <div className="gt-kind">
        <KindTag type={n.type} />
        <span>{n.type}</span>
        <StateLine node={n} className="gt-state gt-state-corner" />
      </div>
      <div className="gt-name">{n.name}</div>
      <div id={descriptionId(id)} className="gt-detail">
        {n.details.join(' · ')}
      </div>
    </div>
  );
});

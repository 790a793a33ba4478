import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import { LISTENER_INSET } from '../geometry';
import type { ObjectFlowNode } from '../to-flow';
import { descriptionId } from '../to-flow';
import { Anchors } from './anchors';
import { KindTag } from './kind-tag';
import { StateLine } from './state-line';
import { cardClass, nodeTitle } from './state-text';

/** A listener row inside its Gateway or ListenerSet: name, state, protocol, port and hostname. */
export const ListenerNode = memo(function ListenerNode({ id, data }: NodeProps<ObjectFlowNode>) {
  const n = data.node;
  return (
    <div className={cardClass('gt-listener', n)} title={nodeTitle(n)}>
      <Anchors inset={LISTENER_INSET} />
      <div className="gt-listener-head">
        <KindTag type="Listener" />
        <span className="gt-name">{n.name}</span>
      </div>
      <div id={descriptionId(id)}>
        <div className="gt-detail">{n.details.join(' · ')}</div>
        <StateLine node={n} />
      </div>
    </div>
  );
});

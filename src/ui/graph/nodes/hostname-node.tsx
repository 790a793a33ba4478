import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import type { ObjectFlowNode } from '../to-flow';
import { descriptionId } from '../to-flow';
import { Anchors } from './anchors';
import { KindTag } from './kind-tag';
import { StateLine } from './state-line';
import { cardClass, nodeTitle } from './state-text';

/** A hostname a Gateway answers on a port: where traffic enters the graph. */
export const HostnameNode = memo(function HostnameNode({ id, data }: NodeProps<ObjectFlowNode>) {
  const n = data.node;
  const port = /:(\d+)$/.exec(n.label)?.[1];
  return (
    <div className={cardClass('gt-card gt-hostname', n)} title={nodeTitle(n)}>
      <Anchors />
      <div className="gt-kind">
        <KindTag type="Hostname" />
        <span>Hostname</span>
        {port && <span className="gt-port">port {port}</span>}
        <StateLine node={n} className="gt-state gt-state-corner" />
      </div>
      <div id={descriptionId(id)} className="gt-name">
        {n.name}
      </div>
    </div>
  );
});

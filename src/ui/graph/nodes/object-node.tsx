import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import { detailLineCount } from '../geometry';
import type { ObjectFlowNode } from '../to-flow';
import { descriptionId } from '../to-flow';
import { Anchors } from './anchors';
import { KindTag } from './kind-tag';
import { StateLine } from './state-line';
import { cardClass, detailRows, kindText, nodeTitle } from './state-text';

/** A card: kind, name, key facts and the resolved state (Secrets, routes, Services, …). */
export const ObjectNode = memo(function ObjectNode({ id, data }: NodeProps<ObjectFlowNode>) {
  const n = data.node;
  const rows = n.missing ? [] : detailRows(n.details, detailLineCount(n.type));
  return (
    <div className={cardClass('gt-card', n)} title={nodeTitle(n)}>
      <Anchors />
      <div className="gt-kind">
        <KindTag type={n.type} />
        <span>{kindText(n)}</span>
        {n.missing && <span className="gt-missing-tag">missing</span>}
      </div>
      <div className="gt-name">{n.name}</div>
      <div id={descriptionId(id)} className="gt-body">
        {rows.map((r, i) => (
          <div key={i} className="gt-detail">
            {r}
          </div>
        ))}
        <StateLine node={n} />
        {n.missing && <span className="visually-hidden">Not in the workspace.</span>}
      </div>
    </div>
  );
});

import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import { useGraphActions } from './graph-actions';
import { ChevronIcon, FocusIcon } from './graph-icons';
import { Anchors } from './nodes/anchors';
import { KindTag } from './nodes/kind-tag';
import { StateIcon } from './nodes/state-icon';
import type { SummaryFlowNode } from './to-flow';
import { descriptionId } from './to-flow';

/**
 * A collapsed namespace: its name, what it holds counted by kind (the kinds' badges, as on
 * the cards), how many have problems and the worst of them; buttons to focus on it or open it.
 */
export const SummaryNode = memo(function SummaryNode({ id, data }: NodeProps<SummaryFlowNode>) {
  const s = data.summary;
  const actions = useGraphActions();
  const level = s.state.level;
  const worst = s.state.reason ?? (level === 'error' ? 'Error' : 'Warning');
  return (
    <div className={`gt-summary gt-${level}`} title={[s.label, ...s.details].join('\n')}>
      <Anchors />
      <div className="gt-summary-head">
        <span className="gt-tag gt-family-namespace" aria-hidden="true">
          NS
        </span>
        <strong className="gt-summary-name">{s.name}</strong>
      </div>
      <div id={descriptionId(id)}>
        <span className="visually-hidden">{s.details.join('. ')}. </span>
        <ul className="gt-summary-kinds" aria-hidden="true">
          {s.counts
            .filter(([kind]) => kind !== 'Hostname')
            .map(([kind, n]) => (
              <li key={kind}>
                <KindTag type={kind} />
                {n}
              </li>
            ))}
        </ul>
        <span className={`gt-state gt-state-${level}`}>
          <StateIcon level={level} />
          <span className="gt-state-text">
            {level === 'ok' ? `${s.total} OK` : `${s.problems} with problems: ${worst}`}
          </span>
        </span>
      </div>
      {actions && (
        <span className="gt-summary-tools nodrag nopan">
          <button
            type="button"
            className="gt-icon-btn"
            aria-label={`Focus on namespace ${s.name}`}
            title="Show only this namespace and what it touches"
            onClick={() => actions.toggleFocus({ type: 'namespace', namespace: s.namespace })}
          >
            <FocusIcon />
          </button>
          <button
            type="button"
            className="gt-icon-btn"
            aria-label={`Expand namespace ${s.name}`}
            aria-expanded={false}
            title="Show its objects"
            onClick={() => actions.toggleNamespace(s.namespace)}
          >
            <ChevronIcon open={false} />
          </button>
        </span>
      )}
    </div>
  );
});

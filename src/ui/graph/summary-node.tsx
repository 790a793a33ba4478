import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import { useGraphActions } from './graph-actions';
import { ChevronIcon, FocusIcon } from './graph-icons';
import { StateIcon } from './nodes/state-icon';
import type { SummaryFlowNode } from './to-flow';
import { descriptionId } from './to-flow';

/** A collapsed namespace: what it holds, counted, and its worst state; buttons to open it. */
export const SummaryNode = memo(function SummaryNode({ id, data }: NodeProps<SummaryFlowNode>) {
  const s = data.summary;
  const actions = useGraphActions();
  const level = s.state.level;
  const words =
    level === 'ok' ? 'OK' : (s.state.reason ?? (level === 'error' ? 'Error' : 'Warning'));
  return (
    <div className={`gt-summary gt-${level}`} title={[s.label, ...s.details, words].join('\n')}>
      <div className="gt-summary-head">
        <span className="gt-namespace-word">namespace</span>
        <strong className="gt-summary-name">{s.name}</strong>
      </div>
      <div id={descriptionId(id)}>
        <div className="gt-detail">{s.details[0]}</div>
        <div className="gt-detail gt-summary-kinds">{s.details[1]}</div>
        <span className={`gt-state gt-state-${level}`}>
          <StateIcon level={level} />
          <span className="gt-state-text">{level === 'ok' ? 'all OK' : `worst: ${words}`}</span>
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

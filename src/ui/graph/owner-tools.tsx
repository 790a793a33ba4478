import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import { useGraphActions } from './graph-actions';
import { ChevronIcon, FocusIcon } from './graph-icons';
import type { OwnerToolsFlowNode } from './to-flow';

/** Focus and collapse buttons on a Gateway's or ListenerSet's header. */
export const OwnerTools = memo(function OwnerTools({ data }: NodeProps<OwnerToolsFlowNode>) {
  const actions = useGraphActions();
  if (!actions) return null;
  const o = data.owner;
  const name = `${o.type} ${o.namespace}/${o.name}`;
  const focused = actions.focused?.type === 'owner' && actions.focused.id === o.id;
  return (
    <span className="gt-owner-tools nodrag nopan">
      <button
        type="button"
        className="gt-icon-btn"
        aria-pressed={focused}
        aria-label={`Focus on ${name}`}
        title={focused ? 'Show everything again' : 'Show only this and what it touches'}
        onClick={() => actions.toggleFocus({ type: 'owner', id: o.id })}
      >
        <FocusIcon />
      </button>
      <button
        type="button"
        className="gt-icon-btn"
        aria-label={`${data.collapsed ? 'Expand' : 'Collapse'} ${name}`}
        aria-expanded={!data.collapsed}
        title={data.collapsed ? 'Show its listeners' : 'Hide its listeners'}
        onClick={() => actions.toggleOwner(o.id)}
      >
        <ChevronIcon open={!data.collapsed} />
      </button>
    </span>
  );
});

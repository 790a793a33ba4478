import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import { roundedPath } from './edge-path';
import type { Point, Rect } from './geometry';
import { useGraphActions } from './graph-actions';
import { ChevronIcon, FocusIcon } from './graph-icons';
import type { NamespaceFlowNode } from './to-flow';

/** The outline of one or two stacked rectangles (an L or a T), corners rounded. */
export function outlinePath(blocks: readonly Rect[]): string {
  const [a, b] = blocks;
  if (!a) return '';
  const pts: Point[] = [
    { x: a.x + a.w / 2, y: a.y },
    { x: a.x + a.w, y: a.y },
  ];
  if (b) {
    const mid = a.y + a.h;
    pts.push({ x: a.x + a.w, y: mid }, { x: b.x + b.w, y: mid });
    pts.push({ x: b.x + b.w, y: b.y + b.h }, { x: b.x, y: b.y + b.h });
    pts.push({ x: b.x, y: mid }, { x: a.x, y: mid });
  } else pts.push({ x: a.x + a.w, y: a.y + a.h }, { x: a.x, y: a.y + a.h });
  pts.push({ x: a.x, y: a.y }, { x: a.x + a.w / 2, y: a.y });
  return `${roundedPath(pts, 12)} Z`;
}

/** The outline around a namespace's objects, behind them, with its name and buttons. */
export const NamespaceBox = memo(function NamespaceBox({
  data,
  width,
  height,
}: NodeProps<NamespaceFlowNode>) {
  const actions = useGraphActions();
  const name = data.namespace || '(cluster)';
  const first = data.blocks[0];
  const focused =
    actions?.focused?.type === 'namespace' && actions.focused.namespace === data.namespace;
  return (
    <div className="gt-namespace">
      <svg className="gt-namespace-outline" width={width} height={height} aria-hidden="true">
        <path d={outlinePath(data.blocks)} />
      </svg>
      <div className="gt-namespace-head" style={{ width: first?.w, left: first?.x ?? 0 }}>
        <span className="gt-namespace-label">
          <span className="gt-namespace-word">namespace</span> <strong>{name}</strong>
        </span>
        {actions && (
          <span className="gt-namespace-tools nodrag nopan">
            <button
              type="button"
              className="gt-icon-btn"
              aria-pressed={focused}
              aria-label={`Focus on namespace ${name}`}
              title={
                focused ? 'Show everything again' : 'Show only this namespace and what it touches'
              }
              onClick={() => actions.toggleFocus({ type: 'namespace', namespace: data.namespace })}
            >
              <FocusIcon />
            </button>
            <button
              type="button"
              className="gt-icon-btn"
              aria-label={`Collapse namespace ${name}`}
              title="Collapse into one summary"
              onClick={() => actions.toggleNamespace(data.namespace)}
            >
              <ChevronIcon open />
            </button>
          </span>
        )}
      </div>
    </div>
  );
});

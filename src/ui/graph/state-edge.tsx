import { memo } from 'react';
import { BaseEdge, EdgeLabelRenderer } from '@xyflow/react';
import type { EdgeProps, EdgeTypes } from '@xyflow/react';
import { labelPoint, roundedPath, routePoints } from './edge-path';
import { StateIcon } from './nodes/state-icon';
import type { FlowEdge } from './to-flow';

/**
 * An edge in its state: grey when OK, amber and dotted with a warning, red and dashed with an
 * error; problems carry an icon and the reason as a label, cross-namespace references their
 * ReferenceGrant (or that none permits them).
 */
export const StateEdge = memo(function StateEdge({
  id,
  sourceX,
  sourceY,
  targetX,
  targetY,
  data,
}: EdgeProps<FlowEdge>) {
  if (!data) return null;
  const points = routePoints(
    { x: sourceX, y: sourceY },
    { x: targetX, y: targetY },
    data.route,
    data.lane,
  );
  const level = data.edge.state.level;
  const marks = data.lit ? ' is-lit' : '';
  const at = data.lines.length
    ? labelPoint({ x: sourceX, y: sourceY }, { x: targetX, y: targetY }, data.route)
    : undefined;
  return (
    <>
      <BaseEdge
        id={id}
        path={roundedPath(points)}
        className={`gt-edge gt-edge-${level} gt-edge-${data.edge.type}${marks}${data.faint ? ' gt-edge-faint' : ''}`}
        markerEnd={`url(#gt-arrow-${data.lit ? 'lit' : level})`}
        interactionWidth={0}
      />
      {at && (
        <EdgeLabelRenderer>
          <div
            className={`gt-edge-label gt-edge-label-${level}${marks}${level !== 'ok' && data.route.room < NARROW ? ' is-narrow' : ''} nodrag nopan`}
            title={data.lines.join('\n')}
            style={{
              transform: `translate(-50%, -50%) translate(${at.x}px, ${at.y}px)`,
              maxWidth: data.route.room,
            }}
          >
            {level !== 'ok' && <StateIcon level={level} />}
            <span>
              {data.lines.map((line, i) => (
                <span key={i} className="gt-edge-line">
                  {i === 0 && level !== 'ok' ? breakable(line) : line}
                </span>
              ))}
            </span>
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  );
});

export const edgeTypes: EdgeTypes = { state: StateEdge };

/** Narrower than this, a problem's label shows its icon only (its words on hover, and in its name). */
const NARROW = 56;

/** A condition reason may wrap between its words: "Unsupported|Protocol". */
function breakable(reason: string): string {
  return reason.replace(/([a-z])([A-Z])/g, '$1\u200b$2');
}

/** Arrowheads per state, referenced by the edges' `marker-end`. */
export function ArrowMarkers() {
  return (
    <svg className="gt-markers" width="0" height="0" aria-hidden="true" focusable="false">
      <defs>
        {['ok', 'warning', 'error', 'lit'].map((k) => (
          <marker
            key={k}
            id={`gt-arrow-${k}`}
            viewBox="0 0 10 10"
            refX="9"
            refY="5"
            markerWidth={k === 'lit' ? 12 : 9}
            markerHeight={k === 'lit' ? 12 : 9}
            markerUnits="userSpaceOnUse"
            orient="auto-start-reverse"
          >
            <path d="M0,0.5 L10,5 L0,9.5 z" className={`gt-arrow gt-arrow-${k}`} />
          </marker>
        ))}
      </defs>
    </svg>
  );
}

import { useState } from 'react';
import { NODE_TYPES } from '../../core/graph/types';
import { kindLook } from './nodes/kinds';
import { StateIcon } from './nodes/state-icon';

const KINDS = NODE_TYPES;

const EDGES = [
  { className: 'gt-edge-ok', words: 'reference, OK' },
  { className: 'gt-edge-warning', words: 'reference with a warning' },
  { className: 'gt-edge-error', words: 'broken reference (error)' },
  { className: 'gt-edge-grant', words: 'ReferenceGrant permits it' },
] as const;

/** What the badges, states and lines on the graph mean, in a small pop-over. */
export function GraphLegend() {
  const [open, setOpen] = useState(false);
  return (
    <details className="gt-pop gt-legend" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>Legend</summary>
      {open && (
        <div className="gt-pop-body gt-legend-body" role="group" aria-label="Legend">
          <p className="gt-legend-head">Columns, as traffic flows</p>
          <p className="gt-legend-flow">
            hostnames → listeners (in their Gateway) → certificates
            <br />
            routes → Services → upstream TLS
          </p>
          <p className="gt-legend-head">Badges</p>
          <ul className="gt-legend-kinds">
            {KINDS.map((k) => (
              <li key={k}>
                <span className={`gt-tag gt-family-${kindLook[k].family}`}>{kindLook[k].tag}</span>{' '}
                {k === 'ConfigMap' ? 'ConfigMap (CA bundle)' : k}
              </li>
            ))}
            <li>
              <span className="gt-tag gt-family-namespace">NS</span> namespace, collapsed
            </li>
          </ul>
          <p className="gt-legend-head">States</p>
          <ul className="gt-legend-states">
            <li className="gt-state gt-state-ok">
              <StateIcon level="ok" /> OK
            </li>
            <li className="gt-state gt-warning">
              <StateIcon level="warning" /> warning, with its reason
            </li>
            <li className="gt-state gt-error">
              <StateIcon level="error" /> error, with its reason
            </li>
            <li>
              <span className="gt-legend-missing">dashed card</span> referenced, not in the
              workspace
            </li>
          </ul>
          <p className="gt-legend-head">Lines</p>
          <ul className="gt-legend-edges">
            {EDGES.map((e) => (
              <li key={e.className}>
                <svg width="34" height="8" aria-hidden="true">
                  <path d="M1 4H33" className={`gt-edge react-flow__edge-path ${e.className}`} />
                </svg>{' '}
                {e.words}
              </li>
            ))}
          </ul>
          <p className="gt-legend-credit">
            Drawn with{' '}
            <a href="https://reactflow.dev" target="_blank" rel="noopener noreferrer">
              React Flow
            </a>
            .
          </p>
        </div>
      )}
    </details>
  );
}

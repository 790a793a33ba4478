import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { countText } from '../../core';
import { PaneToggle } from '../layout/pane-toggle';
import { useStore } from '../store/store';
import { workspace } from '../store/workspace';
import { HostsTab } from './hosts-tab';
import { InspectorTab } from './inspector-tab';
import { ProblemsTab } from './problems-tab';
import { useSniRefresh } from './sni-lookup';
import { countBySeverity } from './to-problem-list';
import './panels.css';

const tabs = ['Hosts', 'Problems', 'Inspector'] as const;
type Tab = (typeof tabs)[number];

/**
 * The side panel: Hosts, Problems and Inspector as an ARIA tablist (arrow keys, Home and End
 * move between tabs; Tab goes on into the panel). A node clicked on the graph opens the Inspector.
 */
export function SidePanel() {
  const id = useId();
  const [active, setActive] = useState<Tab>('Hosts');
  const refs = useRef<Partial<Record<Tab, HTMLButtonElement | null>>>({});
  const selection = useStore(workspace, (s) => s.selection);
  const diagnostics = useStore(workspace, (s) => s.result?.diagnostics);
  const counts = useMemo(() => countBySeverity(diagnostics ?? []), [diagnostics]);
  useSniRefresh();

  useEffect(() => {
    if (selection?.from === 'graph' && selection.nodeId) setActive('Inspector');
  }, [selection]);

  const onKeyDown = (e: KeyboardEvent) => {
    const i = tabs.indexOf(active);
    const next =
      e.key === 'ArrowRight'
        ? tabs[(i + 1) % tabs.length]
        : e.key === 'ArrowLeft'
          ? tabs[(i + tabs.length - 1) % tabs.length]
          : e.key === 'Home'
            ? tabs[0]
            : e.key === 'End'
              ? tabs[tabs.length - 1]
              : undefined;
    if (!next) return;
    e.preventDefault();
    setActive(next);
    refs.current[next]?.focus();
  };

  const counted = `${countText(counts.error, 'error')}, ${countText(counts.warning, 'warning')}, ${counts.info} info`;
  return (
    <div className="pn-panel">
      <div className="pn-head">
        {/* Before the tabs: Tab goes from the active tab straight into its panel. */}
        <PaneToggle towards="right" />
        <div role="tablist" aria-label="Details" className="pn-tabs" onKeyDown={onKeyDown}>
          {tabs.map((t) => (
            <button
              key={t}
              ref={(el) => {
                refs.current[t] = el;
              }}
              type="button"
              role="tab"
              id={`${id}-tab-${t}`}
              aria-selected={active === t}
              aria-controls={active === t ? `${id}-panel-${t}` : undefined}
              aria-describedby={t === 'Problems' ? `${id}-counts` : undefined}
              tabIndex={active === t ? 0 : -1}
              className="pn-tab"
              onClick={() => setActive(t)}
            >
              {t}
              {t === 'Problems' && diagnostics && (
                <span className="pn-count" aria-hidden="true" title={counted}>
                  {counts.error > 0 && <span className="pn-error">✗ {counts.error}</span>}
                  {counts.warning > 0 && <span className="pn-warning">⚠ {counts.warning}</span>}
                  {counts.error + counts.warning === 0 && <span className="pn-ok">✓ 0</span>}
                </span>
              )}
            </button>
          ))}
        </div>
      </div>
      <span id={`${id}-counts`} hidden>
        {counted}
      </span>
      <div
        role="tabpanel"
        id={`${id}-panel-${active}`}
        aria-labelledby={`${id}-tab-${active}`}
        tabIndex={0}
        className="pn-body"
      >
        {active === 'Hosts' && <HostsTab />}
        {active === 'Problems' && <ProblemsTab />}
        {active === 'Inspector' && <InspectorTab />}
      </div>
    </div>
  );
}

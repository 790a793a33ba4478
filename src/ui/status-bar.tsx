import { countText } from '../core';
import { useStore } from './store/store';
import { workspace } from './store/workspace';

const workerText = {
  starting: 'Resolver starting…',
  ready: 'Resolver ready',
  restarting: 'Resolver restarted after a failure',
  'in-process': 'Resolver running in the page (the worker could not run)',
} as const;

/** Worker state, counts and the latest notice, announced politely to screen readers. */
export function StatusBar() {
  const state = useStore(workspace, (s) => s.workerState);
  const message = useStore(workspace, (s) => s.workerMessage);
  const notice = useStore(workspace, (s) => s.notice);
  const result = useStore(workspace, (s) => s.result);
  const errors = result?.diagnostics.filter((d) => d.severity === 'error').length ?? 0;
  const warnings = result?.diagnostics.filter((d) => d.severity === 'warning').length ?? 0;
  return (
    <footer className="status-bar">
      <span className={`worker worker-${state}`} title={message}>
        {workerText[state]}
      </span>
      {result && (
        <span>
          {countText(result.objectCount, 'object')} · {countText(errors, 'error')} ·{' '}
          {countText(warnings, 'warning')} ·{' '}
          {result.ahead
            ? 'analysed ahead of time'
            : `analysed in ${Math.round(result.analyzeMs)} ms`}
        </span>
      )}
      <span role="status" aria-live="polite" className="notice">
        {notice}
      </span>
    </footer>
  );
}

import { useMemo } from 'react';
import type { ServingMap, SniAnswer } from '../../core';
import { nodeIndex } from '../graph/node-index';
import { useStore } from '../store/store';
import { workspace } from '../store/workspace';
import { NodeLink } from './node-link';
import { StateLabel } from './state-label';
import { toSniView } from './to-sni-view';

/** The answer of an SNI lookup: the sentence, the listener and certificates, and the trace. */
export function SniAnswerView({
  answer,
  serving,
}: {
  answer: SniAnswer | null;
  serving: ServingMap;
}) {
  // The answering listener's state, as the graph shows it, counts in the verdict.
  const graph = useStore(workspace, (s) => s.result?.graph);
  const v = useMemo(
    () => toSniView(answer, serving, graph && nodeIndex(graph)),
    [answer, serving, graph],
  );
  return (
    <section className="pn-answer" aria-label="Answer">
      <p role="status" className="pn-summary">
        <StateLabel badge={v.verdict} /> {v.summary}
        {v.verdictMessage && (
          <>
            {' '}
            <span className="pn-sub pn-message pn-verdict-message">{v.verdictMessage}</span>
          </>
        )}
      </p>
      {v.listener && (
        <dl className="pn-facts">
          <dt>Listener</dt>
          <dd>
            <NodeLink id={v.listener.id} from="hosts">
              {v.listener.name}
            </NodeLink>
          </dd>
          <dt>Certificate</dt>
          <dd>
            {v.certificates.length === 0 && <span className="pn-muted">none</span>}
            {v.certificates.map((c) => (
              <div key={c.id}>
                <NodeLink id={c.id} from="hosts">
                  {c.name}
                </NodeLink>
                {c.sans.length > 0 && <span className="pn-sub"> SANs {c.sans.join(', ')}</span>}{' '}
                {c.coverage && <StateLabel badge={c.coverage} />}{' '}
                {c.expiry && (
                  <StateLabel
                    badge={{ ...c.expiry, text: `${c.expiry.text} · ${c.notAfter ?? '?'}` }}
                  />
                )}
              </div>
            ))}
          </dd>
        </dl>
      )}
      {v.steps.length > 0 && (
        <>
          <h3 className="pn-h3">Trace</h3>
          <ol className="pn-trace">
            {v.steps.map((s) => (
              <li key={s.listenerId}>
                <StateLabel badge={s.verdict} />{' '}
                <NodeLink id={s.listenerId} from="hosts">
                  {s.listener}
                </NodeLink>{' '}
                <span className="pn-mono">{s.hostname === '*' ? '* (any)' : s.hostname}</span>
                <div className="pn-sub">{s.message}</div>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}

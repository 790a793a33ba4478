import { useMemo } from 'react';
import { countText } from '../../core';
import { useStore } from '../store/store';
import { actions, workspace } from '../store/workspace';
import { CertificateSection } from './certificate-section';
import { ConditionsTable } from './conditions-table';
import { EdgeList } from './edge-list';
import { toInspector } from './inspector-model';
import type { InspectorModel } from './inspector-model';
import { NodeLink } from './node-link';
import { StateLabel } from './state-label';
import './inspector.css';

/** The selected object: identity and state, fields, status conditions, certificate, links. */
export function InspectorTab() {
  const nodeId = useStore(workspace, (s) => s.selection?.nodeId);
  const result = useStore(workspace, (s) => s.result);
  // Ranges belong to the analysed text, so the excerpt is cut from the files of that moment;
  // expiry is judged at the instant the result was (one clock: the page's, see src/ui/clock.ts).
  const model = useMemo(
    () =>
      nodeId && result
        ? toInspector(nodeId, result, workspace.get().files, new Date(result.now))
        : undefined,
    [nodeId, result],
  );
  if (!nodeId)
    return (
      <p className="pn-empty">
        Select a node in the graph, a row in Hosts or a problem to see its fields, status and
        certificate.
      </p>
    );
  if (!model)
    return <p className="pn-empty">The selected object is not in the workspace any more.</p>;
  return <Inspector model={model} />;
}

function Inspector({ model: m }: { model: InspectorModel }) {
  return (
    <article className="pn-inspector" aria-labelledby="pn-inspector-title">
      <header className="pn-inspector-head">
        <h2 id="pn-inspector-title" className="pn-h">
          <span className="pn-kind">{m.kind}</span> {m.label.slice(m.label.indexOf(' ') + 1)}
        </h2>
        <StateLabel badge={m.state} />
        {m.stateMessage && <p className="pn-message">{m.stateMessage}</p>}
        {m.missing && <p className="pn-muted">Referenced, but not in the workspace.</p>}
      </header>
      <dl className="pn-facts">
        <Fact label="Kind" value={m.kind} />
        {m.namespace && <Fact label="Namespace" value={m.namespace} />}
        <Fact label="Name" value={m.name} />
        {m.owner && (
          <div className="pn-fact">
            <dt>Owner</dt>
            <dd>
              <span className="pn-kind">{m.owner.kind}</span>{' '}
              <NodeLink id={m.owner.id} from="inspector">
                {m.owner.text}
              </NodeLink>
            </dd>
          </div>
        )}
        {m.facts.map((f) => (
          <Fact key={f.label} label={f.label} value={f.value} />
        ))}
      </dl>
      {m.children.length > 0 && (
        <section className="pn-section" aria-label="Listeners">
          <h3 className="pn-h3">Listeners</h3>
          <ul className="pn-edges">
            {m.children.map((c) => (
              <li key={c.id}>
                <NodeLink id={c.id} from="inspector">
                  {c.text}
                </NodeLink>{' '}
                <StateLabel badge={c.state} />
              </li>
            ))}
          </ul>
        </section>
      )}
      {m.conditions.length > 0 && (
        <section className="pn-section" aria-label="Status conditions">
          <h3 className="pn-h3">Status conditions</h3>
          {m.conditions.map((g) => (
            <ConditionsTable key={g.title} group={g} />
          ))}
        </section>
      )}
      {m.certificate && <CertificateSection view={m.certificate} />}
      {m.diagnostics.length > 0 && (
        <section className="pn-section" aria-label="Problems here">
          <h3 className="pn-h3">Problems here</h3>
          <ul className="pn-edges">
            {m.diagnostics.map(({ diagnostic: d, severity, location }, i) => (
              <li key={`${i}:${d.code}`}>
                <StateLabel badge={severity} />{' '}
                <button
                  type="button"
                  className="pn-link pn-mono"
                  onClick={() =>
                    actions.select({ nodeId: m.id, range: d.range, from: 'inspector' })
                  }
                >
                  {d.code}
                </button>{' '}
                <span className="pn-sub pn-mono">{location}</span>
                <div className="pn-message">{d.message}</div>
              </li>
            ))}
          </ul>
        </section>
      )}
      <EdgeList title="References from here" edges={m.outgoing} />
      <EdgeList title="Referenced by" edges={m.incoming} />
      {m.yaml && (
        <section className="pn-section" aria-label="YAML excerpt">
          <h3 className="pn-h3">
            YAML <span className="pn-sub pn-mono">{m.yaml.location}</span>
          </h3>
          <pre className="pn-yaml" tabIndex={0}>
            {m.yaml.text}
            {m.yaml.more > 0 ? `\n… ${countText(m.yaml.more, 'more line')}` : ''}
          </pre>
        </section>
      )}
    </article>
  );
}

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <div className="pn-fact">
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
}

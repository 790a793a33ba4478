import type { EdgeLink } from './inspector-model';
import { NodeLink } from './node-link';
import { StateLabel } from './state-label';

/** References to and from the inspected node; each other end is a link that selects it. */
export function EdgeList({ title, edges }: { title: string; edges: readonly EdgeLink[] }) {
  if (edges.length === 0) return null;
  return (
    <section className="pn-section" aria-label={title}>
      <h3 className="pn-h3">{title}</h3>
      <ul className="pn-edges">
        {edges.map((e) => (
          <li key={e.id}>
            <span className="pn-relation">{e.relation}</span>{' '}
            <span className="pn-kind">{e.other.kind}</span>{' '}
            <NodeLink id={e.other.id} from="inspector">
              {e.other.text}
            </NodeLink>
            {e.label && <span className="pn-sub"> {e.label}</span>}{' '}
            <StateLabel badge={e.state} title={e.message} />
            {e.state.level !== 'ok' && e.message && (
              <div className="pn-sub pn-message">{e.message}</div>
            )}
            {e.grant && (
              <div className="pn-sub">
                <StateLabel badge={e.grant.badge} />{' '}
                {e.grant.id ? (
                  <NodeLink id={e.grant.id} from="inspector">
                    {e.grant.text}
                  </NodeLink>
                ) : (
                  e.grant.text
                )}
              </div>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

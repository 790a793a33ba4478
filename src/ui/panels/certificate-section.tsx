import type { CertificateView } from './inspector-certificate';
import { StateLabel } from './state-label';

/** What the certificates of a Secret say: chain, key match, and each certificate's facts. */
export function CertificateSection({ view }: { view: CertificateView }) {
  return (
    <section className="pn-section" aria-label="Certificate">
      <h3 className="pn-h3">Certificate</h3>
      <div className="pn-badges">
        <StateLabel badge={view.chain} />
        <StateLabel badge={view.key} />
      </div>
      <div className="pn-sub">Secret type {view.type}</div>
      {view.problems.map((p) => (
        <div key={p.code + p.message}>
          <StateLabel badge={{ level: 'error', icon: '✗', text: p.code }} /> {p.message}
        </div>
      ))}
      {view.certificates.map((c) => (
        <div key={c.title} className="pn-cert">
          <h4 className="pn-h4">{c.title}</h4>
          <dl className="pn-facts">
            {c.fields.map((f) => (
              <div key={f.label} className="pn-fact">
                <dt>{f.label}</dt>
                <dd
                  className={
                    f.label === 'SHA-256' || f.label === 'Serial' ? 'pn-mono pn-break' : undefined
                  }
                >
                  {f.value} {f.badge && <StateLabel badge={f.badge} />}
                </dd>
              </div>
            ))}
          </dl>
        </div>
      ))}
    </section>
  );
}

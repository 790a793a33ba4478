import { describe, expect, it } from 'vitest';
import { analyzeWorkspace } from '../index';

const now = new Date('2027-01-01T00:00:00Z');

/** A Gateway with HTTPS listeners on 443 and 8443, `tls` and listener `extra` spliced in. */
function gateway(tls: string, extra = '') {
  return `
apiVersion: gateway.networking.k8s.io/v1
kind: Gateway
metadata: { name: gw, namespace: edge }
spec:
  gatewayClassName: designer
${tls}
  listeners:
    - name: main
      protocol: HTTPS
      port: 443
      tls: { certificateRefs: [{ name: cert }]${extra} }
    - name: alt
      protocol: HTTPS
      port: 8443
      tls: { certificateRefs: [{ name: cert }]${extra} }
`;
}

function frontends(text: string) {
  const analysis = analyzeWorkspace([{ path: 'gw.yaml', text }], { now });
  const listeners = analysis.gateways[0]?.listeners ?? [];
  return Object.fromEntries(
    listeners.map((l) => [
      l.listener.name,
      l.frontend && { source: l.frontend.source, cas: l.frontend.caRefs.map((r) => r.name) },
    ]),
  );
}

const brokenDefault = `
  tls:
    frontend:
      default:
        validation: { caCertificateRefs: [{ group: "", kind: ConfigMap, name: nowhere-ca }] }`;

describe('frontendFor: which client validation applies to an HTTPS port', () => {
  // Regression: a perPort entry without `validation` used to fall back to the default.
  it.each([
    ['tls: {}', '- { port: 8443, tls: {} }'],
    ['tls.validation: null', '- { port: 8443, tls: { validation: null } }'],
  ])('a perPort entry with %s overrides the default on its port', (_, entry) => {
    const f = frontends(gateway(`${brokenDefault}\n      perPort:\n        ${entry}`));
    expect(f).toEqual({ main: { source: 'default', cas: ['nowhere-ca'] }, alt: undefined });
  });

  it('a perPort validation replaces the default on its port', () => {
    const perPort = `
      perPort:
        - port: 8443
          tls: { validation: { caCertificateRefs: [{ group: "", kind: ConfigMap, name: alt-ca }] } }`;
    expect(frontends(gateway(brokenDefault + perPort))).toEqual({
      main: { source: 'default', cas: ['nowhere-ca'] },
      alt: { source: 'perPort', cas: ['alt-ca'] },
    });
  });

  const legacy = `, frontendValidation: { caCertificateRefs: [{ group: "", kind: ConfigMap, name: old-ca }] }`;

  it('reads the pre-v1.4 per-listener frontendValidation when spec.tls.frontend is absent', () => {
    expect(frontends(gateway('', legacy))).toEqual({
      main: { source: 'legacy', cas: ['old-ca'] },
      alt: { source: 'legacy', cas: ['old-ca'] },
    });
  });

  it('prefers spec.tls.frontend to the per-listener field, a perPort entry included', () => {
    const f = frontends(
      gateway(`${brokenDefault}\n      perPort: [{ port: 8443, tls: {} }]`, legacy),
    );
    expect(f).toEqual({ main: { source: 'default', cas: ['nowhere-ca'] }, alt: undefined });
  });
});

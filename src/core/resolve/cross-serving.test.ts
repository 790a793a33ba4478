import { describe, expect, it } from 'vitest';
import { analyzeWorkspace } from '../index';

const workspace = `
apiVersion: gateway.networking.k8s.io/v1
kind: Gateway
metadata: { name: shared, namespace: edge }
spec:
  gatewayClassName: designer
  listeners:
    - { name: web, protocol: HTTP, port: 80, allowedRoutes: { namespaces: { from: All } } }
---
apiVersion: gateway.networking.k8s.io/v1
kind: GRPCRoute
metadata: { name: secret-grpc, namespace: team-a, creationTimestamp: "2026-01-01T00:00:00Z" }
spec:
  parentRefs: [{ name: shared, namespace: edge }]
  hostnames: [api.example.com]
---
apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata: { name: late-http, namespace: team-b, creationTimestamp: "2026-01-02T00:00:00Z" }
spec:
  parentRefs: [{ name: shared, namespace: edge }]
  hostnames: ["*.example.com"]
`;

describe('HTTPRoute and GRPCRoute sharing a hostname on one listener', () => {
  const analysis = analyzeWorkspace([{ path: 'w.yaml', text: workspace }], {
    now: new Date('2027-01-01T00:00:00Z'),
  });
  const parent = (name: string) =>
    (analysis.routes.find((r) => r.route.object.meta.name === name)?.parents ?? [])[0];

  it('keeps the older route and rejects the newer with HostnameConflict', () => {
    expect(parent('secret-grpc')?.accepted.ok).toBe(true);
    expect(parent('late-http')?.accepted.reason).toBe('HostnameConflict');
    expect(analysis.gateways[0]?.listeners[0]?.attachedRoutes).toBe(1);
  });

  it('does not name a winner from another namespace in the message', () => {
    const d = analysis.diagnostics.find((x) => x.code === 'ROUTE_KIND_HOSTNAME_CONFLICT');
    expect(d?.message).toBeDefined();
    expect(d?.message).not.toContain('secret-grpc');
    expect(d?.message).not.toContain('team-a');
  });
});

import type { NodeType } from '../../../core';

/** How each kind is marked on its card: a short tag and a colour family (never a state colour). */
export const kindLook: Record<NodeType, { readonly tag: string; readonly family: string }> = {
  Hostname: { tag: 'DNS', family: 'host' },
  Gateway: { tag: 'GW', family: 'gateway' },
  ListenerSet: { tag: 'LS', family: 'gateway' },
  Listener: { tag: 'L', family: 'gateway' },
  Secret: { tag: 'TLS', family: 'cert' },
  ReferenceGrant: { tag: 'RG', family: 'cert' },
  HTTPRoute: { tag: 'HTTP', family: 'route' },
  GRPCRoute: { tag: 'gRPC', family: 'route' },
  TLSRoute: { tag: 'TLS', family: 'route' },
  TCPRoute: { tag: 'TCP', family: 'route' },
  UDPRoute: { tag: 'UDP', family: 'route' },
  Service: { tag: 'SVC', family: 'backend' },
  BackendTLSPolicy: { tag: 'BTP', family: 'policy' },
  ConfigMap: { tag: 'CA', family: 'policy' },
};

/**
 * The workspace as a graph of what references what, in traffic order: hostnames → listeners →
 * routes → Services → upstream TLS, with certificates, grants and CA bundles beside them.
 * Plain data: it crosses the worker boundary as is.
 */
import type { SourceRange } from '../model/source';

/** Every kind of graph node, in traffic order (a listener right after what owns it). */
export const NODE_TYPES = [
  'Hostname',
  'Gateway',
  'ListenerSet',
  'Listener',
  'Secret',
  'ReferenceGrant',
  'HTTPRoute',
  'GRPCRoute',
  'TLSRoute',
  'TCPRoute',
  'UDPRoute',
  'Service',
  'BackendTLSPolicy',
  'ConfigMap',
] as const;

export type NodeType = (typeof NODE_TYPES)[number];

/** Resolved state, always with words (never colour alone). */
export interface NodeState {
  readonly level: 'ok' | 'warning' | 'error';
  /** Condition reason or diagnostic code behind a warning or error. */
  readonly reason?: string;
  readonly message?: string;
}

export interface GraphNode {
  /** `Kind/namespace/name`; listeners `Kind/namespace/name#listener`; hostnames `Hostname/…`. */
  readonly id: string;
  readonly type: NodeType;
  readonly namespace: string;
  readonly name: string;
  /** Accessible name: `<Kind> <namespace>/<name>`, listeners `Listener <name>`. */
  readonly label: string;
  /** Short facts shown on the node (port/protocol, SANs and expiry, hostnames…). */
  readonly details: readonly string[];
  readonly state: NodeState;
  /** Listeners: the Gateway or ListenerSet that owns them. */
  readonly parent?: string;
  /** Referenced but not in the workspace. */
  readonly missing?: boolean;
  /** The object's (or listener's) text, to reveal in the editor. */
  readonly range?: SourceRange;
  /** Hostnames this node serves or matches, for search. */
  readonly hostnames?: readonly string[];
}

export type EdgeType =
  | 'serves' // hostname → listener
  | 'certificate' // listener → Secret
  | 'client-ca' // listener → ConfigMap (frontend validation)
  | 'attaches' // listener → route (the route's parentRef)
  | 'parent' // ListenerSet → Gateway
  | 'backend' // route → Service
  | 'policy' // Service → BackendTLSPolicy
  | 'ca' // BackendTLSPolicy → ConfigMap
  | 'grant'; // ReferenceGrant → the object it lets others use

export interface GraphEdge {
  readonly id: string;
  readonly type: EdgeType;
  readonly source: string;
  readonly target: string;
  readonly state: NodeState;
  /** For references across namespaces: the ReferenceGrant that permits it, or null when none does. */
  readonly grant?: string | null;
  readonly label?: string;
}

export interface Graph {
  readonly nodes: readonly GraphNode[];
  readonly edges: readonly GraphEdge[];
}

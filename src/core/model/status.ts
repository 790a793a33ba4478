/** Status as a Gateway API controller writes it (`metav1.Condition` and the per-kind status). */

export type ConditionStatus = 'True' | 'False' | 'Unknown';

export interface Condition {
  readonly type: string;
  readonly status: ConditionStatus;
  readonly reason: string;
  readonly message: string;
  readonly observedGeneration: number;
  /** Static input has no clock: the epoch marks "set by this resolver" deterministically. */
  readonly lastTransitionTime: string;
}

export interface RouteGroupKindStatus {
  readonly group: string;
  readonly kind: string;
}

export interface ListenerStatus {
  readonly name: string;
  readonly supportedKinds: readonly RouteGroupKindStatus[];
  readonly attachedRoutes: number;
  readonly conditions: readonly Condition[];
}

export interface GatewayStatus {
  readonly conditions: readonly Condition[];
  readonly listeners: readonly ListenerStatus[];
  readonly attachedListenerSets?: number;
}

export interface ListenerSetStatus {
  readonly conditions: readonly Condition[];
  readonly listeners: readonly ListenerStatus[];
}

export interface ParentRefStatus {
  readonly group: string;
  readonly kind: string;
  readonly namespace?: string;
  readonly name: string;
  readonly sectionName?: string;
  readonly port?: number;
}

export interface RouteParentStatus {
  readonly parentRef: ParentRefStatus;
  readonly controllerName: string;
  readonly conditions: readonly Condition[];
}

export interface RouteStatus {
  readonly parents: readonly RouteParentStatus[];
}

export interface PolicyAncestorStatus {
  readonly ancestorRef: ParentRefStatus;
  readonly controllerName: string;
  readonly conditions: readonly Condition[];
}

export interface PolicyStatus {
  readonly ancestors: readonly PolicyAncestorStatus[];
}

export type ObjectStatus =
  GatewayStatus | ListenerSetStatus | RouteStatus | PolicyStatus | Record<string, never>;

/** One entry of `gwtls status`: the object's identity and its computed status. */
export interface StatusItem {
  readonly apiVersion: string;
  readonly kind: string;
  readonly metadata: { readonly name: string; readonly namespace: string };
  readonly status: ObjectStatus;
}

export const EPOCH = '1970-01-01T00:00:00Z';

export function condition(
  type: string,
  status: boolean | ConditionStatus,
  reason: string,
  message: string,
  observedGeneration: number,
): Condition {
  return {
    type,
    status: status === true ? 'True' : status === false ? 'False' : status,
    reason,
    message,
    observedGeneration,
    lastTransitionTime: EPOCH,
  };
}

/** The kinds `gwtls status` lists, in the order it lists them. */
export const STATUS_KINDS: readonly string[] = [
  'Gateway',
  'ListenerSet',
  'XListenerSet',
  'HTTPRoute',
  'GRPCRoute',
  'TLSRoute',
  'TCPRoute',
  'BackendTLSPolicy',
];

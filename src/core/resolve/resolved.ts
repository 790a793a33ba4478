import type {
  BackendTLSPolicy,
  Gateway,
  Listener,
  ListenerSet,
  Route,
  RouteGroupKind,
} from '../model/gateway-api';
import type { CertificateRefResult } from './certificate-refs';

/** A condition outcome before it becomes a `metav1.Condition`. */
export interface Verdict {
  readonly ok: boolean;
  readonly reason: string;
  readonly message: string;
}

/** Frontend (client certificate) validation that applies to a listener's port. */
export interface FrontendResult {
  readonly source: 'default' | 'perPort' | 'legacy';
  readonly mode: string;
  readonly caRefs: readonly CARefResult[];
}

export interface CARefResult {
  readonly namespace: string;
  readonly name: string;
  readonly group: string;
  readonly kind: string;
  readonly ok: boolean;
  readonly reason?:
    'InvalidCACertificateRef' | 'InvalidCACertificateKind' | 'RefNotPermitted' | 'InvalidKind';
  readonly code?: string;
  readonly message?: string;
  readonly path: readonly (string | number)[];
  /** `ConfigMap/ns/name` when found. */
  readonly configMap?: string;
}

/** A route attached to a listener, with the hostnames it serves there (undefined = any). */
export interface Attachment {
  readonly route: Route;
  readonly parentIndex: number;
  readonly hostnames: readonly (string | undefined)[];
}

/** A listener of a Gateway or ListenerSet after resolution. Mutable only while resolving. */
export interface ResolvedListener {
  /** `Kind/ns/name#listener`: unique across the workspace. */
  readonly id: string;
  readonly owner: Gateway | ListenerSet;
  readonly gateway: Gateway;
  readonly listener: Listener;
  readonly supportedKinds: RouteGroupKind[];
  readonly invalidKinds: RouteGroupKind[];
  readonly certificates: CertificateRefResult[];
  frontend?: FrontendResult;
  accepted: Verdict;
  resolvedRefs: Verdict;
  programmed: Verdict;
  conflicted?: Verdict;
  overlapping?: Verdict;
  attachedRoutes: number;
  readonly attachments: Attachment[];
}

export interface ResolvedListenerSet {
  readonly listenerSet: ListenerSet;
  readonly gateway?: Gateway;
  accepted: Verdict;
  programmed: Verdict;
  readonly listeners: ResolvedListener[];
}

export interface ResolvedGateway {
  readonly gateway: Gateway;
  readonly controllerName: string;
  readonly accepted: Verdict;
  readonly programmed: Verdict;
  resolvedRefs: Verdict;
  readonly insecureFrontend: boolean;
  readonly backendClientCertificate?: CertificateRefResult;
  /** Own listeners, then those of accepted ListenerSets in precedence order. */
  readonly listeners: ResolvedListener[];
  readonly listenerSets: ResolvedListenerSet[];
}

export interface ParentResult {
  readonly index: number;
  readonly accepted: Verdict;
  readonly controllerName: string;
  /** Listeners the route attached to through this parentRef. */
  readonly listeners: readonly ResolvedListener[];
  /** For each of `listeners`, the hostnames the route serves there (undefined = any). */
  readonly hostnames: readonly (readonly (string | undefined)[])[];
}

export interface BackendResult {
  readonly namespace: string;
  readonly name: string;
  readonly kind: string;
  readonly group: string;
  readonly port?: number;
  readonly ok: boolean;
  readonly reason?: string;
  /** Why it does not resolve, in words. */
  readonly message?: string;
  readonly path: readonly (string | number)[];
  /** `Service/ns/name` when the Service exists and may be referenced. */
  readonly service?: string;
}

/** A parentRef to an object in the workspace the API server would refuse (it has no status). */
export interface RefusedParent {
  readonly index: number;
  /** `Kind/namespace/name` of the refused object. */
  readonly key: string;
  readonly message: string;
}

export interface ResolvedRoute {
  readonly route: Route;
  readonly parents: ParentResult[];
  /** Parents in the workspace that the API server would refuse (absent when none). */
  readonly refusedParents?: readonly RefusedParent[];
  readonly resolvedRefs: Verdict;
  readonly backends: readonly BackendResult[];
}

export interface PolicyAncestorResult {
  readonly gateway: Gateway;
  readonly controllerName: string;
  readonly accepted: Verdict;
  readonly resolvedRefs: Verdict;
}

export interface ResolvedPolicy {
  readonly policy: BackendTLSPolicy;
  readonly ancestors: PolicyAncestorResult[];
  /** Service keys the policy governs (targets that exist). */
  readonly services: readonly string[];
  readonly caRefs: readonly CARefResult[];
  /** When the policy lost a conflict on every target: the winner's key. */
  readonly conflictedBy?: string;
}

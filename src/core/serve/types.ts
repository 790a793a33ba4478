/** The serving map: which listener answers which hostname, with which certificate, to which routes. */
import type { NodeState } from '../graph/types';
import type { Coverage, CoverageReason } from '../x509';

export interface ObjectRef {
  readonly kind: string;
  readonly namespace: string;
  readonly name: string;
}

export type ExpiryState = 'valid' | 'expiring' | 'expired' | 'not-yet-valid';

export interface ServedCertificate {
  readonly namespace: string;
  readonly name: string;
  /** True when the listener would present it (resolved, permitted, usable). */
  readonly presented: boolean;
  readonly problem?: string;
  readonly subject?: string;
  readonly dnsNames: readonly string[];
  readonly issuer?: string;
  readonly notAfter?: string;
  readonly expiry?: ExpiryState;
  /** X.509 coverage of the listener hostname (absent for listeners without one). */
  readonly coverage?: Coverage;
  /** Why it covers nothing: it has no SAN dNSName (set whenever it has none, hostname or not). */
  readonly coverageReason?: CoverageReason;
}

export interface UpstreamTLS {
  readonly policy: ObjectRef;
  /** SNI the Gateway sends, and the identity checked unless subjectAltNames are set. */
  readonly hostname: string;
  /** `System` or the CA ConfigMaps. */
  readonly ca: 'System' | readonly string[];
  readonly subjectAltNames: readonly string[];
  readonly accepted: boolean;
  readonly reason: string;
}

export interface ServedBackend {
  readonly kind: string;
  readonly namespace: string;
  readonly name: string;
  readonly port?: number;
  readonly resolved: boolean;
  readonly reason?: string;
  readonly upstreamTLS?: UpstreamTLS;
}

export interface ServedHostname {
  /** The intersected hostname (`*` = any). */
  readonly hostname: string;
  /** Best coverage among presented certificates (absent without TLS termination). */
  readonly coverage?: Coverage;
  /** Set when it is `uncovered` because no presented certificate has a SAN dNSName. */
  readonly coverageReason?: CoverageReason;
}

export interface ServedRoute {
  readonly kind: string;
  readonly namespace: string;
  readonly name: string;
  readonly hostnames: readonly ServedHostname[];
  readonly backends: readonly ServedBackend[];
}

export interface ServedListener {
  readonly owner: ObjectRef;
  readonly name: string;
  readonly protocol: string;
  readonly tlsMode?: string;
  readonly accepted: boolean;
  readonly programmed: boolean;
  /** Reason of the first failing condition, when any. */
  readonly reason?: string;
  readonly message?: string;
  readonly clientValidation?: { readonly mode: string; readonly caConfigMaps: readonly string[] };
}

/** One hostname pattern on a port: the listener that answers it and what lies behind. */
export interface HostEntry {
  /** Listener hostname, or `*` when the listener has none. */
  readonly hostname: string;
  readonly listener: ServedListener;
  readonly certificates: readonly ServedCertificate[];
  readonly routes: readonly ServedRoute[];
}

export interface PortServing {
  readonly port: number;
  /** Entries in the order a request name is matched: exact, longest wildcard, catch-all. */
  readonly hosts: readonly HostEntry[];
}

export interface GatewayServing {
  readonly gateway: ObjectRef;
  readonly ports: readonly PortServing[];
}

export interface ServingMap {
  readonly gateways: readonly GatewayServing[];
}

export interface SniTraceStep {
  readonly listener: string;
  readonly owner: ObjectRef;
  readonly hostname: string;
  readonly verdict: 'chosen' | 'matched' | 'no-match' | 'not-ready';
  readonly message: string;
}

export interface SniCertificate {
  readonly namespace: string;
  readonly name: string;
  readonly coverage?: Coverage;
  /** Why it covers nothing: it has no SAN dNSName. */
  readonly coverageReason?: CoverageReason;
}

export interface SniAnswer {
  readonly gateway: { readonly namespace: string; readonly name: string };
  readonly port: number;
  readonly host: string;
  readonly listener: string | null;
  readonly owner?: ObjectRef;
  readonly protocol?: string;
  /** The presented certificates, with their coverage of `host` (absent without SNI). */
  readonly certificates: readonly SniCertificate[];
  readonly trace: readonly SniTraceStep[];
  /** One sentence: the answer and why. */
  readonly summary: string;
  /**
   * Whether the answer works for a client: an error when the connection is rejected, the
   * listener has no usable certificate or the certificate it presents has expired; a warning
   * when no presented certificate covers the host or it expires soon. The reason is the code
   * of the finding that says so elsewhere (`CERT_EXPIRED`, `CERT_HOSTNAME_NOT_COVERED`…).
   */
  readonly state: NodeState;
}

/**
 * Gateway API resources in their v1 shape, after CRD defaulting. Older versions are
 * converted on read (BackendTLSPolicy v1alpha2, XListenerSet, pre-v1.4 frontend validation).
 * Every reference keeps the `path` it was read from, so findings point at the right field.
 */
import type { KubeObject } from './object';
import type { Path } from './path';

export interface LabelSelectorRequirement {
  readonly key: string;
  readonly operator: string;
  readonly values: readonly string[];
}

export interface LabelSelector {
  readonly matchLabels: Readonly<Record<string, string>>;
  readonly matchExpressions: readonly LabelSelectorRequirement[];
}

/** `SecretObjectReference`: group defaults to `""`, kind to `Secret`. */
export interface SecretObjectReference {
  readonly group: string;
  readonly kind: string;
  readonly name: string;
  readonly namespace?: string;
  readonly path: Path;
}

/** `ObjectReference` (frontend CA refs): group and kind required, namespace optional. */
export type ObjectReference = SecretObjectReference;

/** `LocalObjectReference` (BackendTLSPolicy CA refs). */
export interface LocalObjectReference {
  readonly group: string;
  readonly kind: string;
  readonly name: string;
  readonly path: Path;
}

export interface RouteGroupKind {
  readonly group: string;
  readonly kind: string;
}

export interface RouteNamespaces {
  readonly from: string;
  readonly selector?: LabelSelector;
}

export interface AllowedRoutes {
  readonly namespaces: RouteNamespaces;
  /** `undefined` or empty: derive the kinds from the protocol. */
  readonly kinds: readonly RouteGroupKind[];
  readonly kindsPath: Path;
}

export interface ListenerTLSConfig {
  /** `Terminate` (default) or `Passthrough`; anything else is kept as written. */
  readonly mode: string;
  readonly certificateRefs: readonly SecretObjectReference[];
  readonly options: Readonly<Record<string, string>>;
  /** v1.1–v1.3 experimental per-listener client validation, read for migration. */
  readonly frontendValidation?: FrontendTLSValidation;
  readonly path: Path;
}

export interface Listener {
  readonly name: string;
  readonly hostname?: string;
  readonly port: number;
  readonly protocol: string;
  readonly tls?: ListenerTLSConfig;
  readonly allowedRoutes: AllowedRoutes;
  readonly path: Path;
}

export interface FrontendTLSValidation {
  readonly caCertificateRefs: readonly ObjectReference[];
  /** `AllowValidOnly` (default) or `AllowInsecureFallback`. */
  readonly mode: string;
  readonly path: Path;
}

export interface FrontendTLSPerPort {
  readonly port: number;
  /** Absent: HTTPS listeners on the port validate no client certificate (the default is overridden). */
  readonly validation?: FrontendTLSValidation;
  readonly path: Path;
}

export interface GatewayTLSConfig {
  readonly backendClientCertificateRef?: SecretObjectReference;
  readonly frontendDefault?: FrontendTLSValidation;
  readonly frontendPerPort: readonly FrontendTLSPerPort[];
}

export interface AllowedListeners {
  /** `None` (default), `Same`, `All` or `Selector`. */
  readonly from: string;
  readonly selector?: LabelSelector;
}

export interface Gateway {
  readonly type: 'Gateway';
  readonly object: KubeObject;
  readonly gatewayClassName: string;
  readonly listeners: readonly Listener[];
  readonly allowedListeners: AllowedListeners;
  readonly tls: GatewayTLSConfig;
}

export interface ParentGatewayReference {
  readonly group: string;
  readonly kind: string;
  readonly name: string;
  readonly namespace?: string;
  readonly path: Path;
}

export interface ListenerSet {
  readonly type: 'ListenerSet';
  readonly object: KubeObject;
  readonly parentRef?: ParentGatewayReference;
  readonly listeners: readonly Listener[];
}

export interface ParentReference {
  readonly group: string;
  readonly kind: string;
  readonly namespace?: string;
  readonly name: string;
  readonly sectionName?: string;
  readonly port?: number;
  readonly path: Path;
}

export interface BackendReference {
  readonly group: string;
  readonly kind: string;
  readonly name: string;
  readonly namespace?: string;
  readonly port?: number;
  readonly weight: number;
  readonly path: Path;
}

export interface RouteRule {
  readonly name?: string;
  readonly backendRefs: readonly BackendReference[];
  readonly path: Path;
}

export type RouteKind = 'HTTPRoute' | 'GRPCRoute' | 'TLSRoute' | 'TCPRoute' | 'UDPRoute';

export interface Route {
  readonly type: 'Route';
  readonly kind: RouteKind;
  readonly object: KubeObject;
  /** Empty means "every hostname the listener allows". */
  readonly hostnames: readonly string[];
  readonly parentRefs: readonly ParentReference[];
  readonly rules: readonly RouteRule[];
}

export interface ReferenceGrantFrom {
  readonly group: string;
  readonly kind: string;
  readonly namespace: string;
}

export interface ReferenceGrantTo {
  readonly group: string;
  readonly kind: string;
  readonly name?: string;
}

export interface ReferenceGrant {
  readonly type: 'ReferenceGrant';
  readonly object: KubeObject;
  readonly from: readonly ReferenceGrantFrom[];
  readonly to: readonly ReferenceGrantTo[];
}

export interface PolicyTargetReference {
  readonly group: string;
  readonly kind: string;
  readonly name: string;
  readonly sectionName?: string;
  readonly path: Path;
}

export interface SubjectAltName {
  readonly type: string;
  readonly hostname?: string;
  readonly uri?: string;
}

export interface BackendTLSPolicy {
  readonly type: 'BackendTLSPolicy';
  readonly object: KubeObject;
  readonly targetRefs: readonly PolicyTargetReference[];
  readonly hostname: string;
  readonly caCertificateRefs: readonly LocalObjectReference[];
  readonly wellKnownCACertificates?: string;
  readonly subjectAltNames: readonly SubjectAltName[];
  readonly options: Readonly<Record<string, string>>;
  /** Path of the validation block as written (`spec.validation`, or `spec.tls` in v1alpha2). */
  readonly validationPath: Path;
}

export interface GatewayClass {
  readonly type: 'GatewayClass';
  readonly object: KubeObject;
  readonly controllerName: string;
}

export interface ServicePort {
  readonly name?: string;
  readonly port: number;
  readonly protocol: string;
  readonly appProtocol?: string;
}

export interface Service {
  readonly type: 'Service';
  readonly object: KubeObject;
  readonly ports: readonly ServicePort[];
}

export interface Secret {
  readonly type: 'Secret';
  readonly object: KubeObject;
  readonly secretType: string;
  /** Decoded values: `data` (base64) merged with `stringData` (plain), as the API server does. */
  readonly data: Readonly<Record<string, string>>;
  /** Keys whose `data` value is not valid base64. */
  readonly undecodable: readonly string[];
}

export interface ConfigMap {
  readonly type: 'ConfigMap';
  readonly object: KubeObject;
  readonly data: Readonly<Record<string, string>>;
}

export interface Namespace {
  readonly type: 'Namespace';
  readonly object: KubeObject;
}

/** A cert-manager Certificate: it will create (and renew) the Secret `secretName`. */
export interface IssuedCertificate {
  readonly type: 'IssuedCertificate';
  readonly object: KubeObject;
  readonly secretName: string;
  readonly dnsNames: readonly string[];
}

export type Resource =
  | IssuedCertificate
  | Gateway
  | ListenerSet
  | Route
  | ReferenceGrant
  | BackendTLSPolicy
  | GatewayClass
  | Service
  | Secret
  | ConfigMap
  | Namespace;

import type { Path } from './path';

/** Where an object came from: a document of a file, and its path inside (for `kind: List` items). */
export interface Origin {
  readonly file: string;
  /** Index of the document in its file. */
  readonly doc: number;
  /** Path of the object inside the document: `[]`, or `['items', i]` for List items. */
  readonly base: Path;
}

export interface ObjectMeta {
  readonly name: string;
  readonly namespace: string;
  readonly labels: Readonly<Record<string, string>>;
  readonly annotations: Readonly<Record<string, string>>;
  /** RFC 3339 as written; absent means "not created yet" (newer than any object that has one). */
  readonly creationTimestamp?: string;
  readonly generation: number;
}

/** Any Kubernetes object of the input, as read, kind-agnostic. */
export interface KubeObject {
  readonly apiVersion: string;
  /** API group: `''` for the core group. */
  readonly group: string;
  readonly version: string;
  readonly kind: string;
  readonly meta: ObjectMeta;
  /** The object as parsed (plain data). */
  readonly raw: Readonly<Record<string, unknown>>;
  readonly origin: Origin;
  /** `Kind/namespace/name` (`Kind/name` for cluster-scoped kinds): how people and the UI name it. */
  readonly key: string;
  /** `namespace/name` (`name` alone for cluster-scoped kinds): how references find it. */
  readonly id: string;
}

export const GATEWAY_GROUP = 'gateway.networking.k8s.io';
export const GATEWAY_X_GROUP = 'gateway.networking.x-k8s.io';

/** Cluster-scoped kinds we read. Everything else is namespaced. */
const clusterScoped = new Set([
  'GatewayClass',
  'Namespace',
  'ClusterRole',
  'ClusterRoleBinding',
  'CustomResourceDefinition',
  'ValidatingAdmissionPolicy',
  'ValidatingAdmissionPolicyBinding',
  'StorageClass',
  'PersistentVolume',
  'ClusterIssuer',
  'IngressClass',
  'PriorityClass',
  'MutatingWebhookConfiguration',
  'ValidatingWebhookConfiguration',
  'APIService',
  'Node',
]);

export function isClusterScoped(kind: string): boolean {
  return clusterScoped.has(kind);
}

export function objectKey(kind: string, namespace: string, name: string): string {
  return namespace ? `${kind}/${namespace}/${name}` : `${kind}/${name}`;
}

export function splitApiVersion(apiVersion: string): { group: string; version: string } {
  const i = apiVersion.lastIndexOf('/');
  return i === -1
    ? { group: '', version: apiVersion }
    : { group: apiVersion.slice(0, i), version: apiVersion.slice(i + 1) };
}

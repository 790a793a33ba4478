/** Field types shared by the Gateway API kinds (the spec's `Hostname`, `SectionName`, …). */
import { int, list, map, obj, str } from './dsl';

const DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

export const HOSTNAME_PATTERN =
  /^(\*\.)?[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
export const PRECISE_HOSTNAME_PATTERN = DNS1123_SUBDOMAIN;

export const Hostname = str({
  minLength: 1,
  maxLength: 253,
  pattern: HOSTNAME_PATTERN,
  patternName: 'hostname (lowercase DNS name, optionally starting with "*.")',
  code: 'HOSTNAME_INVALID',
  doc: 'A DNS name, lowercase; a leading "*." label makes it a wildcard that matches one or more labels.',
});

export const PreciseHostname = str({
  minLength: 1,
  maxLength: 253,
  pattern: PRECISE_HOSTNAME_PATTERN,
  patternName: 'precise hostname (lowercase DNS name, no wildcard)',
  code: 'HOSTNAME_INVALID',
  doc: 'A lowercase DNS name without wildcards.',
});

export const SectionName = str({
  minLength: 1,
  maxLength: 253,
  pattern: DNS1123_SUBDOMAIN,
  patternName: 'lowercase DNS subdomain',
  doc: 'Name of a section of the target: a listener name, a Service port name, or a route rule name.',
});

export const ObjectName = str({
  minLength: 1,
  maxLength: 253,
  doc: 'Name of the referenced object.',
});

export const NamespaceName = str({
  minLength: 1,
  maxLength: 63,
  pattern: /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/,
  patternName: 'DNS label',
  doc: 'Namespace of the referenced object; defaults to the namespace of the referring object.',
});

export const Group = str({
  maxLength: 253,
  pattern: /^$|^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/,
  patternName: 'API group ("" for the core group)',
  doc: 'API group of the referent; "" is the core group (Secret, Service, ConfigMap).',
});

export const Kind = str({
  minLength: 1,
  maxLength: 63,
  pattern: /^[a-zA-Z]([-a-zA-Z0-9]*[a-zA-Z0-9])?$/,
  patternName: 'kind name',
  doc: 'Kind of the referent.',
});

export const PortNumber = int({ minimum: 1, maximum: 65535, doc: 'A TCP/UDP port, 1–65535.' });

export const ProtocolType = str({
  minLength: 1,
  maxLength: 255,
  pattern:
    /^[a-zA-Z0-9]([-a-zA-Z0-9]*[a-zA-Z0-9])?$|[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\/[A-Za-z0-9]+$/,
  patternName: 'protocol (HTTP, HTTPS, TLS, TCP, UDP or domain/name)',
  doc: 'Network protocol the listener expects: HTTP, HTTPS, TLS, TCP, UDP, or an implementation-specific domain/name.',
});

export const AnnotationKey =
  /^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\/)?([A-Za-z0-9][-A-Za-z0-9_.]{0,61})?[A-Za-z0-9]$/;

/** `tls.options` and BackendTLSPolicy `options`: ≤16 annotation-style keys. */
export const TLSOptions = map(str({ maxLength: 4096 }), {
  keyPattern: AnnotationKey,
  keyPatternName: 'annotation key (prefix/name)',
  maxProperties: 16,
  doc: 'Implementation-specific TLS settings (minimum version, ciphers, …).',
});

export const LabelSelector = obj(
  {
    matchLabels: map(str()),
    matchExpressions: list(
      obj(
        {
          key: str({ minLength: 1 }),
          operator: str({ enum: ['In', 'NotIn', 'Exists', 'DoesNotExist'] }),
          values: list(str()),
        },
        { required: ['key', 'operator'] },
      ),
    ),
  },
  { doc: 'Selects namespaces by their labels.' },
);

/** `SecretObjectReference`: group defaults to "", kind to Secret. */
export const SecretObjectReference = obj(
  {
    group: { ...Group, default: '' },
    kind: { ...Kind, default: 'Secret' },
    name: ObjectName,
    namespace: NamespaceName,
  },
  { required: ['name'], doc: 'A reference to a Secret (group "", kind Secret by default).' },
);

/** `ObjectReference` (frontend CA certificates): group and kind are required. */
export const ObjectReference = obj(
  { group: Group, kind: Kind, name: ObjectName, namespace: NamespaceName },
  {
    required: ['group', 'kind', 'name'],
    doc: 'A reference to an object (usually a ConfigMap with ca.crt).',
  },
);

export const LocalObjectReference = obj(
  { group: Group, kind: Kind, name: ObjectName },
  { required: ['group', 'kind', 'name'], doc: 'A reference to an object in the same namespace.' },
);

export const ParentReference = obj(
  {
    group: { ...Group, default: 'gateway.networking.k8s.io' },
    kind: { ...Kind, default: 'Gateway' },
    namespace: NamespaceName,
    name: ObjectName,
    sectionName: SectionName,
    port: PortNumber,
  },
  { required: ['name'], doc: 'The Gateway (or ListenerSet) this route wants to attach to.' },
);

export const BackendObjectReference = {
  group: { ...Group, default: '' },
  kind: { ...Kind, default: 'Service' },
  name: ObjectName,
  namespace: NamespaceName,
  port: PortNumber,
} as const;

/** `metadata`: the fields the resolver reads are typed; everything else is accepted as is. */
export const ObjectMeta = obj(
  {
    name: str({ minLength: 1, maxLength: 253, doc: 'Name, unique per kind and namespace.' }),
    generateName: str({ maxLength: 253 }),
    namespace: { ...NamespaceName, doc: 'Namespace of the object; the default one when unset.' },
    labels: map(str({ maxLength: 63 }), {
      doc: 'Labels; namespace labels drive route and listener selectors.',
    }),
    annotations: map(str()),
    creationTimestamp: str({
      doc: 'When the object was created (RFC 3339); older objects win conflicts. Unset means not created yet.',
    }),
    generation: int({ minimum: 0 }),
    resourceVersion: str(),
    uid: str(),
  },
  { open: true, doc: 'Standard Kubernetes object metadata.' },
);

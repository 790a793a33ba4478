import type {
  BackendTLSPolicy,
  ConfigMap,
  FrontendTLSPerPort,
  Gateway,
  GatewayClass,
  ListenerSet,
  LocalObjectReference,
  Namespace,
  PolicyTargetReference,
  ReferenceGrant,
  Resource,
  Route,
  RouteKind,
  RouteRule,
  BackendReference,
  ParentReference,
  Secret,
  Service,
  ServicePort,
  SubjectAltName,
} from '../model/gateway-api';
import { GATEWAY_GROUP, GATEWAY_X_GROUP } from '../model/object';
import type { KubeObject } from '../model/object';
import { decodeBase64 } from './base64';
import { field, intAt, isMap, listAt, mapAt, stringMapAt, strAt } from './fields';
import {
  readBackendRef,
  readFrontendValidation,
  readListeners,
  readLocalRef,
  readParentRef,
  readSecretRef,
  readSelector,
} from './read-refs';

const routeKinds: ReadonlySet<string> = new Set([
  'HTTPRoute',
  'GRPCRoute',
  'TLSRoute',
  'TCPRoute',
  'UDPRoute',
]);

/**
 * Reads a Kubernetes object into its typed Gateway API (or core) shape, converting older API
 * versions to the v1 shape. Kinds the core does not resolve return undefined.
 */
export function readResource(o: KubeObject): Resource | undefined {
  const spec = mapAt(o.raw, 'spec');
  if (o.group === GATEWAY_GROUP || o.group === GATEWAY_X_GROUP) {
    if (o.kind === 'Gateway') return readGateway(o, spec);
    if (o.kind === 'ListenerSet' || o.kind === 'XListenerSet') return readListenerSet(o, spec);
    if (routeKinds.has(o.kind)) return readRoute(o, spec);
    if (o.kind === 'ReferenceGrant') return readReferenceGrant(o, spec);
    if (o.kind === 'BackendTLSPolicy') return readBackendTLSPolicy(o, spec);
    if (o.kind === 'GatewayClass')
      return {
        type: 'GatewayClass',
        object: o,
        controllerName: strAt(spec, 'controllerName') ?? '',
      } satisfies GatewayClass;
    return undefined;
  }
  if (o.group === 'cert-manager.io' && o.kind === 'Certificate') {
    const secretName = strAt(spec, 'secretName');
    return secretName
      ? {
          type: 'IssuedCertificate',
          object: o,
          secretName,
          dnsNames: listAt(spec, 'dnsNames').filter((d): d is string => typeof d === 'string'),
        }
      : undefined;
  }
  if (o.group !== '') return undefined;
  switch (o.kind) {
    case 'Secret':
      return readSecret(o);
    case 'ConfigMap':
      return { type: 'ConfigMap', object: o, data: stringMapAt(o.raw, 'data') } satisfies ConfigMap;
    case 'Service':
      return readService(o, spec);
    case 'Namespace':
      return { type: 'Namespace', object: o } satisfies Namespace;
    default:
      return undefined;
  }
}

function readGateway(o: KubeObject, spec: unknown): Gateway {
  const tls = mapAt(spec, 'tls');
  const frontend = mapAt(tls, 'frontend');
  const perPort: FrontendTLSPerPort[] = [];
  listAt(frontend, 'perPort').forEach((p, i) => {
    const path = ['spec', 'tls', 'frontend', 'perPort', i];
    const port = intAt(p, 'port');
    if (port === undefined) return;
    const validation = mapAt(mapAt(p, 'tls'), 'validation');
    // Kept without `validation` too (`tls: {}`): the entry still overrides the default.
    perPort.push({
      port,
      validation: readFrontendValidation(validation, [...path, 'tls', 'validation']),
      path,
    });
  });
  // v1.2–v1.3 experimental `spec.backendTLS.clientCertificateRef` is read as `spec.tls.backend`.
  const backendNew = field(mapAt(tls, 'backend'), 'clientCertificateRef');
  const backendOld = field(mapAt(spec, 'backendTLS'), 'clientCertificateRef');
  const backendClientCertificateRef =
    backendNew !== undefined
      ? readSecretRef(backendNew, ['spec', 'tls', 'backend', 'clientCertificateRef'])
      : readSecretRef(backendOld, ['spec', 'backendTLS', 'clientCertificateRef']);
  const allowedNs = mapAt(mapAt(spec, 'allowedListeners'), 'namespaces');
  return {
    type: 'Gateway',
    object: o,
    gatewayClassName: strAt(spec, 'gatewayClassName') ?? '',
    listeners: readListeners(spec, ['spec']),
    allowedListeners: {
      from: strAt(allowedNs, 'from') ?? 'None',
      selector: readSelector(field(allowedNs, 'selector')),
    },
    tls: {
      backendClientCertificateRef,
      frontendDefault: readFrontendValidation(mapAt(mapAt(frontend, 'default'), 'validation'), [
        'spec',
        'tls',
        'frontend',
        'default',
        'validation',
      ]),
      frontendPerPort: perPort,
    },
  };
}

function readListenerSet(o: KubeObject, spec: unknown): ListenerSet {
  const p = mapAt(spec, 'parentRef');
  return {
    type: 'ListenerSet',
    object: o,
    parentRef: p && {
      group: strAt(p, 'group') ?? GATEWAY_GROUP,
      kind: strAt(p, 'kind') ?? 'Gateway',
      name: strAt(p, 'name') ?? '',
      namespace: strAt(p, 'namespace') || undefined,
      path: ['spec', 'parentRef'],
    },
    listeners: readListeners(spec, ['spec']),
  };
}

function readRoute(o: KubeObject, spec: unknown): Route {
  const parentRefs: ParentReference[] = [];
  listAt(spec, 'parentRefs').forEach((p, i) => {
    const ref = readParentRef(p, ['spec', 'parentRefs', i]);
    if (ref) parentRefs.push(ref);
  });
  const rules: RouteRule[] = [];
  listAt(spec, 'rules').forEach((r, i) => {
    const path = ['spec', 'rules', i];
    const backendRefs: BackendReference[] = [];
    listAt(r, 'backendRefs').forEach((b, j) => {
      const ref = readBackendRef(b, [...path, 'backendRefs', j]);
      if (ref) backendRefs.push(ref);
      // Mirror filters on a backendRef reference Services too.
      listAt(b, 'filters').forEach((f, k) => {
        const m = readBackendRef(field(mapAt(f, 'requestMirror'), 'backendRef'), [
          ...path,
          'backendRefs',
          j,
          'filters',
          k,
          'requestMirror',
          'backendRef',
        ]);
        if (m) backendRefs.push({ ...m, weight: 0 });
      });
    });
    listAt(r, 'filters').forEach((f, k) => {
      const m = readBackendRef(field(mapAt(f, 'requestMirror'), 'backendRef'), [
        ...path,
        'filters',
        k,
        'requestMirror',
        'backendRef',
      ]);
      if (m) backendRefs.push({ ...m, weight: 0 });
    });
    rules.push({ name: strAt(r, 'name'), backendRefs, path });
  });
  return {
    type: 'Route',
    kind: o.kind as RouteKind,
    object: o,
    hostnames: listAt(spec, 'hostnames').filter((h): h is string => typeof h === 'string'),
    parentRefs,
    rules,
  };
}

function readReferenceGrant(o: KubeObject, spec: unknown): ReferenceGrant {
  return {
    type: 'ReferenceGrant',
    object: o,
    from: listAt(spec, 'from')
      .filter(isMap)
      .map((f) => ({
        group: strAt(f, 'group') ?? '',
        kind: strAt(f, 'kind') ?? '',
        namespace: strAt(f, 'namespace') ?? '',
      })),
    to: listAt(spec, 'to')
      .filter(isMap)
      .map((t) => ({
        group: strAt(t, 'group') ?? '',
        kind: strAt(t, 'kind') ?? '',
        name: strAt(t, 'name') || undefined,
      })),
  };
}

/** Reads v1/v1alpha3 (`targetRefs`, `validation`) and v1alpha2 (`targetRef`, `tls`) alike. */
function readBackendTLSPolicy(o: KubeObject, spec: unknown): BackendTLSPolicy {
  const targetRefs: PolicyTargetReference[] = [];
  const readTarget = (t: unknown, path: (string | number)[]) => {
    if (!isMap(t)) return;
    targetRefs.push({
      group: strAt(t, 'group') ?? '',
      kind: strAt(t, 'kind') ?? '',
      name: strAt(t, 'name') ?? '',
      sectionName: strAt(t, 'sectionName') || undefined,
      path,
    });
  };
  listAt(spec, 'targetRefs').forEach((t, i) => readTarget(t, ['spec', 'targetRefs', i]));
  if (field(spec, 'targetRef') !== undefined)
    readTarget(field(spec, 'targetRef'), ['spec', 'targetRef']);
  const legacy = field(spec, 'validation') === undefined && isMap(field(spec, 'tls'));
  const validationKey = legacy ? 'tls' : 'validation';
  const v = mapAt(spec, validationKey);
  const caKey = legacy ? 'caCertRefs' : 'caCertificateRefs';
  const caCertificateRefs: LocalObjectReference[] = [];
  listAt(v, caKey).forEach((r, i) => {
    const ref = readLocalRef(r, ['spec', validationKey, caKey, i]);
    if (ref) caCertificateRefs.push(ref);
  });
  const subjectAltNames: SubjectAltName[] = listAt(v, 'subjectAltNames')
    .filter(isMap)
    .map((s) => ({
      type: strAt(s, 'type') ?? '',
      hostname: strAt(s, 'hostname'),
      uri: strAt(s, 'uri'),
    }));
  return {
    type: 'BackendTLSPolicy',
    object: o,
    targetRefs,
    hostname: strAt(v, 'hostname') ?? '',
    caCertificateRefs,
    wellKnownCACertificates:
      strAt(v, legacy ? 'wellKnownCACerts' : 'wellKnownCACertificates') || undefined,
    subjectAltNames,
    options: stringMapAt(spec, 'options'),
    validationPath: ['spec', validationKey],
  };
}

function readSecret(o: KubeObject): Secret {
  const data: Record<string, string> = Object.create(null);
  const undecodable: string[] = [];
  const raw = mapAt(o.raw, 'data');
  if (raw)
    for (const k of Object.keys(raw)) {
      const v = raw[k];
      if (typeof v !== 'string') continue;
      const decoded = decodeBase64(v);
      if (decoded === undefined) undecodable.push(k);
      else data[k] = decoded;
    }
  const plain = stringMapAt(o.raw, 'stringData');
  for (const k of Object.keys(plain)) data[k] = plain[k] as string;
  return {
    type: 'Secret',
    object: o,
    secretType: strAt(o.raw, 'type') ?? 'Opaque',
    data,
    undecodable,
  };
}

function readService(o: KubeObject, spec: unknown): Service {
  const ports: ServicePort[] = [];
  for (const p of listAt(spec, 'ports')) {
    const port = intAt(p, 'port');
    if (port === undefined) continue;
    ports.push({
      name: strAt(p, 'name'),
      port,
      protocol: strAt(p, 'protocol') ?? 'TCP',
      appProtocol: strAt(p, 'appProtocol'),
    });
  }
  return { type: 'Service', object: o, ports };
}

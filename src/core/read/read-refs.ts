import type {
  AllowedRoutes,
  BackendReference,
  FrontendTLSValidation,
  LabelSelector,
  LabelSelectorRequirement,
  Listener,
  LocalObjectReference,
  ParentReference,
  RouteGroupKind,
  SecretObjectReference,
} from '../model/gateway-api';
import { GATEWAY_GROUP } from '../model/object';
import type { Path } from '../model/path';
import { field, intAt, isMap, listAt, mapAt, stringMapAt, strAt } from './fields';

/** `SecretObjectReference` with CRD defaults (group "", kind Secret). */
export function readSecretRef(v: unknown, path: Path): SecretObjectReference | undefined {
  if (!isMap(v)) return undefined;
  return {
    group: strAt(v, 'group') ?? '',
    kind: strAt(v, 'kind') ?? 'Secret',
    name: strAt(v, 'name') ?? '',
    namespace: strAt(v, 'namespace') || undefined,
    path,
  };
}

/** `ObjectReference`: group and kind have no defaults (the schema requires them). */
export function readObjectRef(v: unknown, path: Path): SecretObjectReference | undefined {
  if (!isMap(v)) return undefined;
  return {
    group: strAt(v, 'group') ?? '',
    kind: strAt(v, 'kind') ?? '',
    name: strAt(v, 'name') ?? '',
    namespace: strAt(v, 'namespace') || undefined,
    path,
  };
}

export function readLocalRef(
  v: unknown,
  path: Path,
  defaultKind = '',
): LocalObjectReference | undefined {
  if (!isMap(v)) return undefined;
  return {
    group: strAt(v, 'group') ?? '',
    kind: strAt(v, 'kind') ?? defaultKind,
    name: strAt(v, 'name') ?? '',
    path,
  };
}

export function readSelector(v: unknown): LabelSelector | undefined {
  if (!isMap(v)) return undefined;
  const matchExpressions: LabelSelectorRequirement[] = [];
  for (const e of listAt(v, 'matchExpressions')) {
    const key = strAt(e, 'key');
    const operator = strAt(e, 'operator');
    if (key === undefined || operator === undefined) continue;
    matchExpressions.push({
      key,
      operator,
      values: listAt(e, 'values').filter((x): x is string => typeof x === 'string'),
    });
  }
  return { matchLabels: stringMapAt(v, 'matchLabels'), matchExpressions };
}

export function readParentRef(v: unknown, path: Path): ParentReference | undefined {
  if (!isMap(v)) return undefined;
  return {
    group: strAt(v, 'group') ?? GATEWAY_GROUP,
    kind: strAt(v, 'kind') ?? 'Gateway',
    namespace: strAt(v, 'namespace') || undefined,
    name: strAt(v, 'name') ?? '',
    sectionName: strAt(v, 'sectionName') || undefined,
    port: intAt(v, 'port'),
    path,
  };
}

export function readBackendRef(v: unknown, path: Path): BackendReference | undefined {
  if (!isMap(v)) return undefined;
  return {
    group: strAt(v, 'group') ?? '',
    kind: strAt(v, 'kind') ?? 'Service',
    name: strAt(v, 'name') ?? '',
    namespace: strAt(v, 'namespace') || undefined,
    port: intAt(v, 'port'),
    weight: intAt(v, 'weight') ?? 1,
    path,
  };
}

export function readFrontendValidation(v: unknown, path: Path): FrontendTLSValidation | undefined {
  if (!isMap(v)) return undefined;
  const caCertificateRefs: SecretObjectReference[] = [];
  listAt(v, 'caCertificateRefs').forEach((r, i) => {
    const ref = readObjectRef(r, [...path, 'caCertificateRefs', i]);
    if (ref) caCertificateRefs.push(ref);
  });
  return { caCertificateRefs, mode: strAt(v, 'mode') ?? 'AllowValidOnly', path };
}

function readAllowedRoutes(v: unknown, path: Path): AllowedRoutes {
  const namespaces = mapAt(v, 'namespaces');
  const kinds: RouteGroupKind[] = [];
  for (const k of listAt(v, 'kinds')) {
    const kind = strAt(k, 'kind');
    if (kind !== undefined) kinds.push({ group: strAt(k, 'group') ?? GATEWAY_GROUP, kind });
  }
  return {
    namespaces: {
      from: strAt(namespaces, 'from') ?? 'Same',
      selector: readSelector(field(namespaces, 'selector')),
    },
    kinds,
    kindsPath: [...path, 'allowedRoutes', 'kinds'],
  };
}

/** A listener (Gateway `spec.listeners[i]` or ListenerSet entry) with CRD defaults applied. */
export function readListener(v: unknown, path: Path): Listener | undefined {
  if (!isMap(v)) return undefined;
  const tlsRaw = field(v, 'tls');
  let tls: Listener['tls'];
  if (isMap(tlsRaw)) {
    const tlsPath = [...path, 'tls'];
    const certificateRefs: SecretObjectReference[] = [];
    listAt(tlsRaw, 'certificateRefs').forEach((r, i) => {
      const ref = readSecretRef(r, [...tlsPath, 'certificateRefs', i]);
      if (ref) certificateRefs.push(ref);
    });
    const fv = mapAt(tlsRaw, 'frontendValidation');
    tls = {
      mode: strAt(tlsRaw, 'mode') ?? 'Terminate',
      certificateRefs,
      options: stringMapAt(tlsRaw, 'options'),
      frontendValidation: fv
        ? readFrontendValidation(fv, [...tlsPath, 'frontendValidation'])
        : undefined,
      path: tlsPath,
    };
  }
  return {
    name: strAt(v, 'name') ?? '',
    hostname: strAt(v, 'hostname') || undefined,
    port: intAt(v, 'port') ?? 0,
    protocol: strAt(v, 'protocol') ?? '',
    tls,
    allowedRoutes: readAllowedRoutes(field(v, 'allowedRoutes'), path),
    path,
  };
}

export function readListeners(spec: unknown, specPath: Path): Listener[] {
  const out: Listener[] = [];
  listAt(spec, 'listeners').forEach((l, i) => {
    const listener = readListener(l, [...specPath, 'listeners', i]);
    if (listener) out.push(listener);
  });
  return out;
}

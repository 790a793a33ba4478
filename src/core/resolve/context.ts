import type {
  BackendTLSPolicy,
  ConfigMap,
  Gateway,
  GatewayClass,
  LabelSelector,
  ListenerSet,
  ReferenceGrant,
  Resource,
  Route,
  Secret,
  Service,
} from '../model/gateway-api';
import type { Finding } from '../model/finding';
import type { KubeObject, Origin } from '../model/object';
import type { Path, PathPart } from '../model/path';
import type { Severity } from '../model/diagnostic';
import type { CertificateCache } from '../x509';

/** The controller name written into route and policy status when no GatewayClass names one. */
export const DEFAULT_CONTROLLER = 'gateway-tls-designer.local/gwtls';

export interface ResolveOptions {
  /** Current time, for certificate expiry (the core has no clock of its own). */
  readonly now: Date;
  readonly certificates: CertificateCache;
}

/** Lookups over the readable resources of a workspace, and the findings resolution adds. */
export class ResolveContext {
  readonly gateways: Gateway[] = [];
  readonly listenerSets: ListenerSet[] = [];
  readonly routes: Route[] = [];
  readonly policies: BackendTLSPolicy[] = [];
  readonly findings: Finding[] = [];
  private readonly classes = new Map<string, GatewayClass>();
  private readonly secrets = new Map<string, Secret>();
  private readonly configMaps = new Map<string, ConfigMap>();
  private readonly services = new Map<string, Service>();
  private readonly namespaceLabels = new Map<string, Readonly<Record<string, string>>>();
  private readonly grants = new Map<string, ReferenceGrant[]>();

  constructor(
    resources: readonly Resource[],
    readonly options: ResolveOptions,
  ) {
    for (const r of resources) {
      const m = r.object.meta;
      const id = `${m.namespace}/${m.name}`;
      switch (r.type) {
        case 'Gateway':
          this.gateways.push(r);
          break;
        case 'ListenerSet':
          this.listenerSets.push(r);
          break;
        case 'Route':
          this.routes.push(r);
          break;
        case 'BackendTLSPolicy':
          this.policies.push(r);
          break;
        case 'GatewayClass':
          this.classes.set(m.name, r);
          break;
        case 'Secret':
          this.secrets.set(id, r);
          break;
        case 'ConfigMap':
          this.configMaps.set(id, r);
          break;
        case 'Service':
          this.services.set(id, r);
          break;
        case 'Namespace':
          this.namespaceLabels.set(m.name, { ...m.labels, 'kubernetes.io/metadata.name': m.name });
          break;
        case 'ReferenceGrant': {
          const list = this.grants.get(m.namespace) ?? [];
          list.push(r);
          this.grants.set(m.namespace, list);
          break;
        }
      }
    }
    const byKey = (a: { object: KubeObject }, b: { object: KubeObject }) =>
      a.object.key < b.object.key ? -1 : a.object.key > b.object.key ? 1 : 0;
    this.gateways.sort(byKey);
    this.listenerSets.sort(byKey);
    this.routes.sort(byKey);
    this.policies.sort(byKey);
  }

  /** Every Secret of the workspace. */
  allSecrets(): IterableIterator<Secret> {
    return this.secrets.values();
  }

  secret(namespace: string, name: string): Secret | undefined {
    return this.secrets.get(`${namespace}/${name}`);
  }

  configMap(namespace: string, name: string): ConfigMap | undefined {
    return this.configMaps.get(`${namespace}/${name}`);
  }

  service(namespace: string, name: string): Service | undefined {
    return this.services.get(`${namespace}/${name}`);
  }

  gatewayClass(name: string): GatewayClass | undefined {
    return this.classes.get(name);
  }

  controllerFor(gateway: Gateway): string {
    return this.gatewayClass(gateway.gatewayClassName)?.controllerName || DEFAULT_CONTROLLER;
  }

  /** Labels of a namespace; a namespace not in the input has only its automatic name label. */
  labelsOf(namespace: string): Readonly<Record<string, string>> {
    return this.namespaceLabels.get(namespace) ?? { 'kubernetes.io/metadata.name': namespace };
  }

  namespaceMatches(namespace: string, selector: LabelSelector | undefined): boolean {
    return selectorMatches(selector, this.labelsOf(namespace));
  }

  /**
   * ReferenceGrant check: a reference from `from` to an object in another namespace is permitted
   * iff a grant in the target's namespace lists the referrer (group, kind, namespace) in `from`
   * and the target (group, kind, optional name) in `to`. Same-namespace references always are.
   */
  isPermitted(
    from: { group: string; kind: string; namespace: string },
    to: { group: string; kind: string; namespace: string; name: string },
  ): boolean {
    return from.namespace === to.namespace || this.grantFor(from, to) !== undefined;
  }

  /** The ReferenceGrant that permits a cross-namespace reference, if any. */
  grantFor(
    from: { group: string; kind: string; namespace: string },
    to: { group: string; kind: string; namespace: string; name: string },
  ): ReferenceGrant | undefined {
    for (const g of this.grants.get(to.namespace) ?? []) {
      const fromOk = g.from.some(
        (f) => f.group === from.group && f.kind === from.kind && f.namespace === from.namespace,
      );
      if (!fromOk) continue;
      if (g.to.some((t) => t.group === to.group && t.kind === to.kind && (!t.name || t.name === to.name)))
        return g;
    }
    return undefined;
  }

  report(
    object: KubeObject,
    code: string,
    severity: Severity,
    message: string,
    path: Path,
    part?: PathPart,
    origin: Origin = object.origin,
  ): void {
    this.findings.push({ code, severity, message, origin, path, part, object: object.key });
  }
}

/** Kubernetes label selector semantics; an absent selector matches nothing, an empty one everything. */
export function selectorMatches(
  selector: LabelSelector | undefined,
  labels: Readonly<Record<string, string>>,
): boolean {
  if (!selector) return false;
  for (const k of Object.keys(selector.matchLabels)) {
    if (!Object.hasOwn(labels, k) || labels[k] !== selector.matchLabels[k]) return false;
  }
  for (const e of selector.matchExpressions) {
    const has = Object.hasOwn(labels, e.key);
    const v = has ? labels[e.key] : undefined;
    switch (e.operator) {
      case 'In':
        if (!has || !e.values.includes(v as string)) return false;
        break;
      case 'NotIn':
        if (has && e.values.includes(v as string)) return false;
        break;
      case 'Exists':
        if (!has) return false;
        break;
      case 'DoesNotExist':
        if (has) return false;
        break;
      default:
        return false;
    }
  }
  return true;
}

/** Older first: creationTimestamp (absent = not created yet = newest), then namespace/name. */
export function compareAge(a: KubeObject, b: KubeObject): number {
  const ta = a.meta.creationTimestamp ? Date.parse(a.meta.creationTimestamp) : NaN;
  const tb = b.meta.creationTimestamp ? Date.parse(b.meta.creationTimestamp) : NaN;
  const ha = !Number.isNaN(ta);
  const hb = !Number.isNaN(tb);
  if (ha && hb && ta !== tb) return ta - tb;
  if (ha !== hb) return ha ? -1 : 1;
  const ka = `${a.meta.namespace}/${a.meta.name}`;
  const kb = `${b.meta.namespace}/${b.meta.name}`;
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

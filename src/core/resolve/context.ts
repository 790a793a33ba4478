import type {
  BackendTLSPolicy,
  ConfigMap,
  Gateway,
  GatewayClass,
  IssuedCertificate,
  LabelSelector,
  ListenerSet,
  Namespace,
  ReferenceGrant,
  Resource,
  Route,
  Secret,
  Service,
} from '../model/gateway-api';
import type { Finding } from '../model/finding';
import type { KubeObject, Origin } from '../model/object';
import { objectKey } from '../model/object';
import type { Path, PathPart } from '../model/path';
import type { Severity } from '../model/diagnostic';
import type { CertificateCache } from '../x509';

const NONE: readonly ReferenceGrant[] = [];
const namespaceLabels = new WeakMap<Namespace, Readonly<Record<string, string>>>();
/** Grants of one namespace indexed by who they let in (`group/kind/namespace`). */
const grantsByFrom = new WeakMap<readonly ReferenceGrant[], Map<string, ReferenceGrant[]>>();

/** The controller name written into route and policy status when no GatewayClass names one. */
export const DEFAULT_CONTROLLER = 'gateway-tls-designer.local/gwtls';

/** Why the API server would refuse an object: its first schema or CEL error. */
export interface Refusal {
  readonly code: string;
  readonly message: string;
}

export interface ResolveOptions {
  /** Current time, for certificate expiry (the core has no clock of its own). */
  readonly now: Date;
  readonly certificates: CertificateCache;
  /** Objects of the workspace the API server would refuse, by `Kind/namespace/name`. */
  readonly refused?: ReadonlyMap<string, Refusal>;
}

/** What a reference to a refused object says: `Gateway infra/edge would be refused by …`. */
export function refusedText(kind: string, namespace: string, name: string, r: Refusal): string {
  return `${kind} ${namespace}/${name} is in the workspace but would be refused by the API server: ${r.message}`;
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
  private readonly namespaces = new Map<string, Namespace>();
  private readonly issued = new Map<string, IssuedCertificate>();
  private readonly grants = new Map<string, ReferenceGrant[]>();
  /** While a unit of resolution runs: what it looked up (key → what it found). */
  private deps?: Map<string, unknown>;
  private sink?: Finding[];

  constructor(
    resources: readonly Resource[],
    readonly options: ResolveOptions,
  ) {
    for (const r of resources) {
      const m = r.object.meta;
      const id = r.object.id;
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
          this.namespaces.set(m.name, r);
          break;
        case 'IssuedCertificate':
          this.issued.set(`${m.namespace}/${r.secretName}`, r);
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
    // Routes stay in document order (sorting thousands on every keystroke costs more than it
    // buys); everything shown from them is ordered where it is shown.
    this.gateways.sort(byKey);
    this.listenerSets.sort(byKey);
    this.policies.sort(byKey);
  }

  /** The cert-manager Certificate that will create a Secret, if the workspace has one. */
  issuerOf(namespace: string, secretName: string): IssuedCertificate | undefined {
    return this.seen(
      `Issued/${namespace}/${secretName}`,
      this.issued.get(`${namespace}/${secretName}`),
    );
  }

  /** Every Secret of the workspace. */
  allSecrets(): IterableIterator<Secret> {
    return this.secrets.values();
  }

  private seen<T>(key: string, value: T): T {
    this.deps?.set(key, value);
    return value;
  }

  secret(namespace: string, name: string): Secret | undefined {
    const id = `${namespace}/${name}`;
    return this.seen(`Secret/${id}`, this.secrets.get(id));
  }

  configMap(namespace: string, name: string): ConfigMap | undefined {
    const id = `${namespace}/${name}`;
    return this.seen(`ConfigMap/${id}`, this.configMaps.get(id));
  }

  service(namespace: string, name: string): Service | undefined {
    const id = `${namespace}/${name}`;
    return this.seen(`Service/${id}`, this.services.get(id));
  }

  /**
   * Why the API server would refuse the object `kind namespace/name`, when it is in the
   * workspace and would be: it takes no part in resolution, and what refers to it says why.
   */
  refused(kind: string, namespace: string, name: string): Refusal | undefined {
    const key = objectKey(kind, namespace, name);
    return this.seen(`Refused/${key}`, this.options.refused?.get(key));
  }

  gatewayClass(name: string): GatewayClass | undefined {
    return this.seen(`GatewayClass/${name}`, this.classes.get(name));
  }

  private grantsIn(namespace: string): readonly ReferenceGrant[] {
    return this.seen(`Grants/${namespace}`, this.grants.get(namespace) ?? NONE);
  }

  /**
   * Runs one unit of resolution, recording every lookup it makes and the findings it reports,
   * so the unit can be reused while none of those lookups would answer differently.
   */
  capture<T>(run: () => T): { result: T; deps: Map<string, unknown>; findings: Finding[] } {
    const outer = { deps: this.deps, sink: this.sink };
    const deps = new Map<string, unknown>();
    const findings: Finding[] = [];
    this.deps = deps;
    this.sink = findings;
    try {
      return { result: run(), deps, findings };
    } finally {
      this.deps = outer.deps;
      this.sink = outer.sink;
    }
  }

  /** Reports a finding made earlier (a reused unit's) where findings go now. */
  emit(finding: Finding): void {
    (this.sink ?? this.findings).push(finding);
  }

  /** Records a lookup made outside the context (e.g. a parent's resolution) as a dependency. */
  depend<T>(key: string, value: T): T {
    return this.seen(key, value);
  }

  controllerFor(gateway: Gateway): string {
    return this.gatewayClass(gateway.gatewayClassName)?.controllerName || DEFAULT_CONTROLLER;
  }

  /** Labels of a namespace; a namespace not in the input has only its automatic name label. */
  labelsOf(namespace: string): Readonly<Record<string, string>> {
    const ns = this.seen(`Namespace/${namespace}`, this.namespaces.get(namespace));
    if (!ns) return { 'kubernetes.io/metadata.name': namespace };
    let labels = namespaceLabels.get(ns);
    if (!labels) {
      labels = { ...ns.object.meta.labels, 'kubernetes.io/metadata.name': namespace };
      namespaceLabels.set(ns, labels);
    }
    return labels;
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
    const grants = this.grantsIn(to.namespace);
    if (grants.length === 0) return undefined;
    let byFrom = grantsByFrom.get(grants);
    if (!byFrom) {
      byFrom = new Map();
      for (const g of grants)
        for (const f of g.from) {
          const k = `${f.group}/${f.kind}/${f.namespace}`;
          const list = byFrom.get(k) ?? [];
          if (!list.includes(g)) list.push(g);
          byFrom.set(k, list);
        }
      grantsByFrom.set(grants, byFrom);
    }
    for (const g of byFrom.get(`${from.group}/${from.kind}/${from.namespace}`) ?? []) {
      if (
        g.to.some(
          (t) => t.group === to.group && t.kind === to.kind && (!t.name || t.name === to.name),
        )
      )
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
    also?: readonly string[],
  ): void {
    (this.sink ?? this.findings).push({
      code,
      severity,
      message,
      origin,
      path,
      part,
      object: object.key,
      ...(also?.length ? { also } : {}),
    });
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

const creationTimes = new WeakMap<KubeObject, number>();

function creationTime(o: KubeObject): number {
  let t = creationTimes.get(o);
  if (t === undefined) {
    t = o.meta.creationTimestamp ? Date.parse(o.meta.creationTimestamp) : NaN;
    creationTimes.set(o, t);
  }
  return t;
}

/** Older first: creationTimestamp (absent = not created yet = newest), then namespace/name. */
export function compareAge(a: KubeObject, b: KubeObject): number {
  const ta = creationTime(a);
  const tb = creationTime(b);
  const ha = !Number.isNaN(ta);
  const hb = !Number.isNaN(tb);
  if (ha && hb && ta !== tb) return ta - tb;
  if (ha !== hb) return ha ? -1 : 1;
  const ka = `${a.meta.namespace}/${a.meta.name}`;
  const kb = `${b.meta.namespace}/${b.meta.name}`;
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

import type { KubeObject } from '../model/object';
import { GATEWAY_GROUP, objectKey } from '../model/object';
import type { SourceRange } from '../model/source';
import type { Secret } from '../model/gateway-api';
import type { ResolveContext } from '../resolve/context';
import type {
  ResolvedGateway,
  ResolvedListenerSet,
  ResolvedPolicy,
  ResolvedRoute,
} from '../resolve/resolved';
import { expiryState } from '../x509';
import {
  certificateRefState,
  gatewayState,
  listenerState,
  OK,
  policyState,
  routeState,
  worst,
} from './node-state';
import type { EdgeType, Graph, GraphEdge, GraphNode, NodeState, NodeType } from './types';

export interface GraphInput {
  readonly ctx: ResolveContext;
  readonly gateways: readonly ResolvedGateway[];
  readonly listenerSets: readonly ResolvedListenerSet[];
  readonly routes: readonly ResolvedRoute[];
  readonly policies: readonly ResolvedPolicy[];
  /** Every object of the workspace (last definition of each key), with whether it was refused. */
  readonly objects: readonly {
    readonly object: KubeObject;
    readonly rejected: boolean;
    readonly reason?: string;
  }[];
  readonly rangeOf: (
    object: KubeObject,
    path: readonly (string | number)[],
  ) => SourceRange | undefined;
}

const graphKinds: ReadonlySet<string> = new Set([
  'Gateway',
  'ListenerSet',
  'XListenerSet',
  'Secret',
  'ReferenceGrant',
  'HTTPRoute',
  'GRPCRoute',
  'TLSRoute',
  'TCPRoute',
  'UDPRoute',
  'Service',
  'BackendTLSPolicy',
  'ConfigMap',
]);

function label(type: string, ns: string, name: string): string {
  return ns ? `${type} ${ns}/${name}` : `${type} ${name}`;
}

/** Builds the graph from a resolved workspace. */
export function toGraph(input: GraphInput): Graph {
  const nodes = new Map<string, GraphNode>();
  const edges = new Map<string, GraphEdge>();
  const { ctx } = input;
  const byKey = new Map(input.objects.map((o) => [o.object.key, o]));

  const addNode = (n: GraphNode) => {
    if (!nodes.has(n.id)) nodes.set(n.id, n);
  };
  const objectNode = (
    o: KubeObject,
    state: NodeState,
    details: string[] = [],
    extra: Partial<GraphNode> = {},
  ): GraphNode => {
    const type = (o.kind === 'XListenerSet' ? 'ListenerSet' : o.kind) as NodeType;
    const node: GraphNode = {
      id: o.key,
      type,
      namespace: o.meta.namespace,
      name: o.meta.name,
      label: label(type, o.meta.namespace, o.meta.name),
      details,
      state,
      range: input.rangeOf(o, []),
      ...extra,
    };
    nodes.set(node.id, node);
    return node;
  };
  /** A node for a referenced object: the object if present, else a placeholder marked missing. */
  const refNode = (kind: NodeType, namespace: string, name: string): string => {
    const id = objectKey(kind, namespace, name);
    if (nodes.has(id)) return id;
    const present = byKey.get(id);
    if (present) {
      const secret = kind === 'Secret' ? ctx.secret(namespace, name) : undefined;
      objectNode(
        present.object,
        present.rejected ? rejectedState(present.reason) : secretState(secret, input),
        secretDetails(secret, input),
      );
    } else
      addNode({
        id,
        type: kind,
        namespace,
        name,
        label: label(kind, namespace, name),
        details: ['not in the workspace'],
        state: {
          level: 'error',
          reason: 'NotFound',
          message: `${kind} ${namespace}/${name} is not in the workspace.`,
        },
        missing: true,
      });
    return id;
  };
  const certificateStates = new Map<string, NodeState[]>();
  const addEdge = (
    type: EdgeType,
    source: string,
    target: string,
    state: NodeState,
    grant?: string | null,
    label?: string,
  ) => {
    const id = `${type}:${source}->${target}`;
    if (edges.has(id)) return;
    const edge: { -readonly [K in keyof GraphEdge]: GraphEdge[K] } = {
      id,
      type,
      source,
      target,
      state,
    };
    if (grant !== undefined) edge.grant = grant;
    if (label !== undefined) edge.label = label;
    edges.set(id, edge);
    if (type === 'certificate' && state.reason !== 'RefNotPermitted') {
      const list = certificateStates.get(target) ?? [];
      list.push(state);
      certificateStates.set(target, list);
    }
  };
  const grantEdge = (
    from: { group: string; kind: string; namespace: string },
    to: { group: string; kind: string; namespace: string; name: string },
    targetId: string,
  ): string | null | undefined => {
    if (from.namespace === to.namespace) return undefined;
    const g = ctx.grantFor(from, to);
    if (!g) return null;
    // Many references use one grant: its node is made once.
    if (!nodes.has(g.object.key))
      objectNode(g.object, OK, [
        `lets ${g.from.map((f) => `${f.kind}s in ${f.namespace}`).join(', ')} use ${g.to.map((t) => (t.name ? `${t.kind} ${t.name}` : `${t.kind}s`)).join(', ')}`,
      ]);
    addEdge('grant', g.object.key, targetId, OK);
    return g.object.key;
  };

  for (const g of input.gateways) {
    const gw = g.gateway.object;
    objectNode(gw, gatewayState(g), [
      `class ${g.gateway.gatewayClassName}`,
      `${g.listeners.filter((l) => l.owner === g.gateway).length} listeners`,
    ]);
    for (const s of g.listenerSets) {
      objectNode(
        s.listenerSet.object,
        s.accepted.ok
          ? OK
          : { level: 'error', reason: s.accepted.reason, message: s.accepted.message },
        [`${s.listenerSet.listeners.length} listeners`],
      );
      addEdge(
        'parent',
        s.listenerSet.object.key,
        gw.key,
        s.accepted.ok
          ? OK
          : { level: 'error', reason: s.accepted.reason, message: s.accepted.message },
      );
    }
    for (const l of g.listeners) {
      const owner = l.owner.object;
      const lid = `${owner.key}#${l.listener.name}`;
      const proto = `${l.listener.protocol} :${l.listener.port}${l.listener.tls && l.listener.protocol !== 'HTTPS' ? ` ${l.listener.tls.mode}` : ''}`;
      addNode({
        id: lid,
        type: 'Listener',
        namespace: owner.meta.namespace,
        name: l.listener.name,
        label: `Listener ${l.listener.name}`,
        details: [proto, l.listener.hostname ?? '* (any hostname)', `${l.attachedRoutes} routes`],
        state: listenerState(l),
        parent: owner.key,
        range: input.rangeOf(owner, l.listener.path),
        hostnames: l.listener.hostname ? [l.listener.hostname] : [],
      });
      const host = l.listener.hostname ?? '*';
      const hid = `Hostname/${gw.meta.namespace}/${gw.meta.name}/${l.listener.port}/${host}`;
      addNode({
        id: hid,
        type: 'Hostname',
        namespace: gw.meta.namespace,
        name: host,
        label: `Hostname ${host}:${l.listener.port}`,
        details: [`${gw.meta.namespace}/${gw.meta.name} port ${l.listener.port}`],
        state: OK,
        hostnames: [host],
      });
      addEdge(
        'serves',
        hid,
        lid,
        l.accepted.ok
          ? OK
          : { level: 'error', reason: l.accepted.reason, message: l.accepted.message },
      );
      for (const c of l.certificates) {
        if (c.ref.group !== '' || c.ref.kind !== 'Secret') continue;
        const sid = refNode('Secret', c.namespace, c.name);
        const grant = grantEdge(
          { group: owner.group, kind: owner.kind, namespace: owner.meta.namespace },
          { group: '', kind: 'Secret', namespace: c.namespace, name: c.name },
          sid,
        );
        addEdge('certificate', lid, sid, certificateRefState(c), grant);
      }
      for (const r of l.frontend?.caRefs ?? []) {
        if (r.kind !== 'ConfigMap') continue;
        const cid = refNode('ConfigMap', r.namespace, r.name);
        addEdge(
          'client-ca',
          lid,
          cid,
          r.ok ? OK : { level: 'error', reason: r.reason, message: r.message },
        );
      }
      for (const a of l.attachments) {
        const rid = a.route.object.key;
        addEdge('attaches', lid, rid, OK, undefined, a.hostnames.map((h) => h ?? '*').join(', '));
      }
    }
  }
  for (const s of input.listenerSets)
    if (!nodes.has(s.listenerSet.object.key))
      objectNode(s.listenerSet.object, {
        level: 'error',
        reason: s.accepted.reason,
        message: s.accepted.message,
      });

  for (const r of input.routes) {
    const o = r.route.object;
    objectNode(
      o,
      routeState(r),
      r.route.hostnames.length ? r.route.hostnames.slice(0, 4) : ['any hostname'],
      { hostnames: r.route.hostnames },
    );
    // Parents the route could not attach to: an edge from the parent, in error.
    r.parents.forEach((p) => {
      if (p.accepted.ok) return;
      const ref = r.route.parentRefs[p.index];
      if (!ref) return;
      const kind = ref.kind === 'XListenerSet' ? 'XListenerSet' : ref.kind;
      const pid = objectKey(kind, ref.namespace ?? o.meta.namespace, ref.name);
      const source =
        ref.sectionName && nodes.has(`${pid}#${ref.sectionName}`)
          ? `${pid}#${ref.sectionName}`
          : pid;
      if (nodes.has(source))
        addEdge('attaches', source, o.key, {
          level: 'error',
          reason: p.accepted.reason,
          message: p.accepted.message,
        });
    });
    // One edge per Service: the first reference to it decides (later ones would add nothing).
    const services = new Set<string>();
    for (const b of r.backends) {
      if (b.group !== '' || b.kind !== 'Service') continue;
      const service = `${b.namespace}/${b.name}`;
      if (services.has(service)) continue;
      services.add(service);
      const sid = refNode('Service', b.namespace, b.name);
      const grant = grantEdge(
        { group: GATEWAY_GROUP, kind: o.kind, namespace: o.meta.namespace },
        { group: '', kind: 'Service', namespace: b.namespace, name: b.name },
        sid,
      );
      addEdge(
        'backend',
        o.key,
        sid,
        b.ok ? OK : { level: 'error', reason: b.reason, message: `${b.reason}` },
        grant,
        b.port !== undefined ? `:${b.port}` : undefined,
      );
    }
  }

  for (const p of input.policies) {
    const o = p.policy.object;
    const ca = p.policy.wellKnownCACertificates
      ? `CA: ${p.policy.wellKnownCACertificates}`
      : `CA: ${p.policy.caCertificateRefs.map((c) => c.name).join(', ') || 'none'}`;
    objectNode(o, policyState(p), [`SNI ${p.policy.hostname || '(none)'}`, ca]);
    for (const t of p.policy.targetRefs) {
      if (t.group !== '' || t.kind !== 'Service') continue;
      const sid = refNode('Service', o.meta.namespace, t.name);
      addEdge('policy', sid, o.key, policyState(p), undefined, t.sectionName || undefined);
    }
    for (const c of p.caRefs) {
      if (c.kind !== 'ConfigMap') continue;
      const cid = refNode('ConfigMap', c.namespace, c.name);
      addEdge(
        'ca',
        o.key,
        cid,
        c.ok ? OK : { level: 'error', reason: c.reason, message: c.message },
      );
    }
  }

  // A Secret's own state: its expiry, and what the listeners using it found wrong with it.
  for (const [id, states] of certificateStates) {
    const n = nodes.get(id);
    if (n && !n.missing) nodes.set(id, { ...n, state: worst([n.state, ...states]) });
  }

  // Everything else of a drawn kind: rejected objects and unreferenced Secrets, Services, grants.
  for (const { object: o, rejected, reason } of input.objects) {
    if (nodes.has(o.key) || !graphKinds.has(o.kind)) continue;
    if (o.kind === 'ConfigMap' && !rejected) continue; // only CA bundles in use are drawn
    const secret = o.kind === 'Secret' ? ctx.secret(o.meta.namespace, o.meta.name) : undefined;
    objectNode(
      o,
      rejected ? rejectedState(reason) : secretState(secret, input),
      secretDetails(secret, input),
    );
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}

function rejectedState(reason: string | undefined): NodeState {
  return {
    level: 'error',
    reason: 'Rejected',
    message: `The API server would refuse this object: ${reason ?? 'validation failed'}`,
  };
}

function secretState(secret: Secret | undefined, input: GraphInput): NodeState {
  const crt = secret?.data['tls.crt'];
  const leaf = crt ? input.ctx.options.certificates.chain(crt).certificates[0] : undefined;
  if (!leaf) return OK;
  const exp = expiryState(leaf, input.ctx.options.now);
  if (exp === 'expired' || exp === 'not-yet-valid')
    return {
      level: 'error',
      reason: exp === 'expired' ? 'Expired' : 'NotYetValid',
      message: `The certificate is ${exp === 'expired' ? 'expired since' : 'valid only from'} ${exp === 'expired' ? leaf.notAfter : leaf.notBefore}.`,
    };
  if (exp === 'expiring')
    return {
      level: 'warning',
      reason: 'Expiring',
      message: `The certificate expires on ${leaf.notAfter}.`,
    };
  return OK;
}

function secretDetails(secret: Secret | undefined, input: GraphInput): string[] {
  if (!secret) return [];
  const crt = secret.data['tls.crt'];
  if (!crt) return [`type ${secret.secretType}`];
  const leaf = input.ctx.options.certificates.chain(crt).certificates[0];
  if (!leaf) return ['tls.crt unreadable'];
  const names = leaf.dnsNames.length
    ? leaf.dnsNames.slice(0, 3).join(', ') +
      (leaf.dnsNames.length > 3 ? ` +${leaf.dnsNames.length - 3}` : '')
    : (leaf.commonName ?? leaf.subject);
  const exp = expiryState(leaf, input.ctx.options.now);
  return [
    names,
    `${exp === 'valid' ? 'expires' : exp} ${leaf.notAfter.slice(0, 10)}`,
    `${leaf.keyAlgorithm}${leaf.keySize ? ` ${leaf.keySize}` : ''}`,
  ];
}

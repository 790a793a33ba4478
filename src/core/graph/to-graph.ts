import { countText } from '../model/count-text';
import type { KubeObject } from '../model/object';
import { GATEWAY_GROUP, objectKey } from '../model/object';
import type { ResolveContext } from '../resolve/context';
import type {
  CARefResult,
  ResolvedGateway,
  ResolvedListenerSet,
  ResolvedPolicy,
  ResolvedRoute,
} from '../resolve/resolved';
import { GraphBuilder, makeEdge } from './graph-builder';
import type { BuilderInput } from './graph-builder';
import { GraphCache } from './graph-cache';
import { edgeId, hostnameNodeId, listenerNodeId } from './element-ids';
import { GRAPH_KINDS } from './finding-elements';
import {
  certificateRefState,
  gatewayState,
  listenerState,
  OK,
  policyState,
  routeState,
} from './node-state';
import type { Graph, NodeState } from './types';

export interface GraphInput extends BuilderInput {
  readonly gateways: readonly ResolvedGateway[];
  readonly listenerSets: readonly ResolvedListenerSet[];
  readonly routes: readonly ResolvedRoute[];
  readonly policies: readonly ResolvedPolicy[];
}

const parentKinds: ReadonlySet<string> = new Set(['Gateway', 'ListenerSet', 'XListenerSet']);

function verdictState(v: { ok: boolean; reason?: string; message?: string }): NodeState {
  return v.ok ? OK : { level: 'error', reason: v.reason, message: v.message };
}

/**
 * Builds the graph from a resolved workspace. With the `cache` of the previous build, units
 * (Gateways, routes, policies) resolved to the same objects as then are drawn from what was
 * kept; the graph is the same as one built afresh.
 */
export function toGraph(input: GraphInput, cache = new GraphCache()): Graph {
  const b = new GraphBuilder(input, cache.at(input.ctx.options.now));
  // Refused Gateways and ListenerSets first: what names them draws its edge from them.
  for (const key of input.refused.keys())
    if (parentKinds.has(key.slice(0, key.indexOf('/')))) b.presentKey(key);
  for (const g of input.gateways) b.unit(g, () => drawGateway(b, input.ctx, g));
  for (const s of input.listenerSets)
    if (!b.nodes.has(s.listenerSet.object.key)) {
      const o = s.listenerSet.object;
      const state = verdictState({ ...s.accepted, ok: false });
      b.nodes.set(o.key, { ...b.objectNode(o, state, []), range: b.objectRange(o) });
      // A parent Gateway the API server would refuse is drawn: the edge to it says so.
      const p = s.listenerSet.parentRef;
      const gw = p && objectKey('Gateway', p.namespace ?? o.meta.namespace, p.name);
      if (gw && p.kind === 'Gateway' && input.refused.has(gw))
        edgeStep(b, 'parent', o.key, gw, state);
    }
  for (const r of input.routes) b.unit(r, () => drawRoute(b, input.ctx, r));
  for (const p of input.policies) b.unit(p, () => drawPolicy(b, p));

  // Everything else of a drawn kind: rejected objects and unreferenced Secrets, Services, grants.
  for (const entry of input.objects) {
    const o = entry.object;
    if (b.nodes.has(o.key) || !GRAPH_KINDS.has(o.kind)) continue;
    // Only CA bundles in use are drawn, and ConfigMaps with something wrong.
    if (o.kind === 'ConfigMap' && !entry.rejected && !input.concerns.has(o.key)) continue;
    b.present(entry);
  }
  return b.finish();
}

/** The edge of a reference across namespaces, with the ReferenceGrant that permits it. */
function grantOf(
  b: GraphBuilder,
  ctx: ResolveContext,
  from: { group: string; kind: string; namespace: string },
  to: { group: string; kind: string; namespace: string; name: string },
  target: string,
): string | null | undefined {
  if (from.namespace === to.namespace) return undefined;
  const g = ctx.grantFor(from, to);
  if (!g) return null;
  b.step({
    t: 'grant',
    grant: g.object,
    details: [
      `lets ${g.from.map((f) => `${f.kind}s in ${f.namespace}`).join(', ')} use ${g.to.map((t) => (t.name ? `${t.kind} ${t.name}` : `${t.kind}s`)).join(', ')}`,
    ],
    target,
  });
  return g.object.key;
}

function objectStep(
  b: GraphBuilder,
  o: KubeObject,
  state: NodeState,
  details: readonly string[],
  hostnames?: readonly string[],
): void {
  const node = b.objectNode(o, state, details);
  b.step({
    t: 'node',
    node: hostnames ? { ...node, hostnames } : node,
    at: { object: o, path: [] },
    replace: true,
  });
}

function edgeStep(
  b: GraphBuilder,
  type: Parameters<typeof makeEdge>[1],
  source: string,
  target: string,
  state: NodeState,
  grant?: string | null,
  label?: string,
): void {
  b.step({
    t: 'edge',
    edge: makeEdge(edgeId(type, source, target), type, source, target, state, grant, label),
  });
}

function drawGateway(b: GraphBuilder, ctx: ResolveContext, g: ResolvedGateway): void {
  const gw = g.gateway.object;
  objectStep(b, gw, gatewayState(g), [
    `class ${g.gateway.gatewayClassName}`,
    countText(g.listeners.filter((l) => l.owner === g.gateway).length, 'listener'),
  ]);
  for (const s of g.listenerSets) {
    const state = verdictState(s.accepted);
    objectStep(b, s.listenerSet.object, state, [
      countText(s.listenerSet.listeners.length, 'listener'),
    ]);
    edgeStep(b, 'parent', s.listenerSet.object.key, gw.key, state);
  }
  for (const l of g.listeners) {
    const owner = l.owner.object;
    const lid = listenerNodeId(owner.key, l.listener.name);
    const proto = `${l.listener.protocol} :${l.listener.port}${l.listener.tls && l.listener.protocol !== 'HTTPS' ? ` ${l.listener.tls.mode}` : ''}`;
    b.step({
      t: 'listener',
      listener: l,
      node: {
        id: lid,
        type: 'Listener',
        namespace: owner.meta.namespace,
        name: l.listener.name,
        label: `Listener ${l.listener.name}`,
        details: [proto, l.listener.hostname ?? '* (any hostname)'],
        state: listenerState(l),
        parent: owner.key,
        hostnames: l.listener.hostname ? [l.listener.hostname] : [],
      },
      at: { object: owner, path: l.listener.path },
    });
    const host = l.listener.hostname ?? '*';
    const hid = hostnameNodeId(gw.meta, l.listener.port, host);
    b.step({
      t: 'node',
      node: {
        id: hid,
        type: 'Hostname',
        namespace: gw.meta.namespace,
        name: host,
        label: `Hostname ${host}:${l.listener.port}`,
        details: [`${gw.meta.namespace}/${gw.meta.name} port ${l.listener.port}`],
        state: OK,
        hostnames: [host],
      },
      replace: false,
    });
    // The hostname is served only by a listener that is accepted and programmed.
    const serving = l.accepted.ok ? l.programmed : l.accepted;
    edgeStep(b, 'serves', hid, lid, verdictState(serving));
    for (const c of l.certificates) {
      if (c.ref.group !== '' || c.ref.kind !== 'Secret') continue;
      b.step({ t: 'ref', kind: 'Secret', namespace: c.namespace, name: c.name });
      const sid = objectKey('Secret', c.namespace, c.name);
      const grant = grantOf(
        b,
        ctx,
        { group: owner.group, kind: owner.kind, namespace: owner.meta.namespace },
        { group: '', kind: 'Secret', namespace: c.namespace, name: c.name },
        sid,
      );
      edgeStep(b, 'certificate', lid, sid, certificateRefState(c), grant);
    }
    for (const r of l.frontend?.caRefs ?? [])
      edgeStep(b, 'client-ca', lid, caTarget(b, r), verdictState(r));
    b.step({ t: 'attached', listener: l, id: lid });
  }
}

function drawRoute(b: GraphBuilder, ctx: ResolveContext, r: ResolvedRoute): void {
  const o = r.route.object;
  objectStep(
    b,
    o,
    routeState(r),
    r.route.hostnames.length ? r.route.hostnames.slice(0, 4) : ['any hostname'],
    r.route.hostnames,
  );
  // Parents the route could not attach to: an edge from the parent, in error.
  for (const p of r.parents) {
    if (p.accepted.ok) continue;
    const ref = r.route.parentRefs[p.index];
    if (!ref) continue;
    const kind = ref.kind === 'XListenerSet' ? 'XListenerSet' : ref.kind;
    const pid = objectKey(kind, ref.namespace ?? o.meta.namespace, ref.name);
    b.step({
      t: 'parent-edge',
      sources: ref.sectionName ? [`${pid}#${ref.sectionName}`, pid] : [pid],
      edge: { type: 'attaches', target: o.key, state: verdictState(p.accepted) },
    });
  }
  // Parents the API server would refuse: an edge from the refused object, in error.
  for (const p of r.refusedParents ?? [])
    b.step({
      t: 'parent-edge',
      sources: [p.key],
      edge: {
        type: 'attaches',
        target: o.key,
        state: { level: 'error', reason: 'REF_TARGET_REFUSED', message: p.message },
      },
    });
  // One edge per Service: the first reference to it decides (later ones would add nothing).
  const services = new Set<string>();
  for (const be of r.backends) {
    if (be.group !== '' || be.kind !== 'Service') continue;
    const sid = objectKey('Service', be.namespace, be.name);
    if (services.has(sid)) continue;
    services.add(sid);
    b.step({ t: 'ref', kind: 'Service', namespace: be.namespace, name: be.name });
    const grant = grantOf(
      b,
      ctx,
      { group: GATEWAY_GROUP, kind: o.kind, namespace: o.meta.namespace },
      { group: '', kind: 'Service', namespace: be.namespace, name: be.name },
      sid,
    );
    edgeStep(
      b,
      'backend',
      o.key,
      sid,
      be.ok ? OK : { level: 'error', reason: be.reason, message: be.message ?? be.reason },
      grant,
      be.port !== undefined ? `:${be.port}` : undefined,
    );
  }
}

/**
 * The node a CA certificate reference points at: the ConfigMap (or Secret) it names, drawn or a
 * placeholder, or for a kind the tool does not read, a node of that kind so the error has a place.
 */
function caTarget(b: GraphBuilder, c: CARefResult): string {
  const id = objectKey(c.kind, c.namespace, c.name);
  if (c.group === '' && (c.kind === 'ConfigMap' || c.kind === 'Secret'))
    b.step({ t: 'ref', kind: c.kind, namespace: c.namespace, name: c.name });
  else
    b.step({
      t: 'node',
      node: {
        id,
        type: 'ConfigMap',
        namespace: c.namespace,
        name: c.name,
        label: `${c.kind} ${c.namespace}/${c.name}`,
        details: [`${c.group ? `${c.group}/` : ''}${c.kind}: not a supported CA kind`],
        state: verdictState(c),
      },
      replace: false,
    });
  return id;
}

function drawPolicy(b: GraphBuilder, p: ResolvedPolicy): void {
  const o = p.policy.object;
  const ca = p.policy.wellKnownCACertificates
    ? `CA: ${p.policy.wellKnownCACertificates}`
    : `CA: ${p.policy.caCertificateRefs.map((c) => c.name).join(', ') || 'none'}`;
  objectStep(b, o, policyState(p), [`SNI ${p.policy.hostname || '(none)'}`, ca]);
  // The edge from a Service is about targeting it (what is wrong with a target is a finding at
  // that target); CA problems are on the edges to the CA bundles.
  const targeting: NodeState = p.conflictedBy
    ? {
        level: 'error',
        reason: 'Conflicted',
        message: `${p.conflictedBy} targets the same Service port and takes precedence (older).`,
      }
    : OK;
  for (const t of p.policy.targetRefs) {
    if (t.group !== '' || t.kind !== 'Service') continue;
    b.step({ t: 'ref', kind: 'Service', namespace: o.meta.namespace, name: t.name });
    const sid = objectKey('Service', o.meta.namespace, t.name);
    edgeStep(b, 'policy', sid, o.key, targeting, undefined, t.sectionName || undefined);
  }
  for (const c of p.caRefs) edgeStep(b, 'ca', o.key, caTarget(b, c), verdictState(c));
}

/**
 * Which graph elements a finding concerns: the one mapping from findings to what the graph
 * draws, so an element's state (the worst finding about it) is the same wherever it is shown.
 *
 * A finding names its object and the field it is about. The element is the most specific one
 * drawn from that field: the edge of a reference (a listener's certificate, a route's backend,
 * a policy's target or CA bundle) together with the node that holds it, a listener for a field
 * inside a listener, else the object's node. A finding about a document's text concerns the
 * objects of that document; one about a GatewayClass, the Gateways of that class. A finding
 * may name more (`Finding.also`): a certificate problem concerns the hostname it is served for.
 */
import type { Finding } from '../model/finding';
import type { Resource } from '../model/gateway-api';
import type { KubeObject } from '../model/object';
import { objectKey } from '../model/object';
import type { Path } from '../model/path';
import { edgeId, listenerNodeId } from './element-ids';
import { NODE_TYPES } from './types';

/** Kinds the graph draws a node for. */
export const GRAPH_KINDS: ReadonlySet<string> = new Set([
  ...NODE_TYPES.filter((t) => t !== 'Hostname' && t !== 'Listener'),
  'XListenerSet',
]);

/** A field of an object and the elements drawn from it: the node holding it, and edges. */
interface Region {
  readonly path: Path;
  readonly node: string;
  readonly edges: readonly string[];
}

/** What the mapping reads besides the finding. */
export interface ElementLookup {
  /** The objects of the finding's document (for a text finding: those its offsets fall in). */
  objectsOf(
    finding: Finding,
  ): readonly { readonly object: KubeObject; readonly resource?: Resource }[];
  /** Node ids of the Gateways of a GatewayClass. */
  gatewaysOfClass(name: string): readonly string[];
}

const regionsOf = new WeakMap<Resource, readonly Region[]>();

/** The fields of a resource that are drawn as elements of their own. */
function regions(r: Resource): readonly Region[] {
  let out = regionsOf.get(r);
  if (out) return out;
  const list: Region[] = [];
  const o = r.object;
  const ns = o.meta.namespace;
  switch (r.type) {
    case 'Gateway':
    case 'ListenerSet':
      for (const l of r.listeners) {
        const lid = listenerNodeId(o.key, l.name);
        list.push({ path: l.path, node: lid, edges: [] });
        for (const c of l.tls?.certificateRefs ?? [])
          if (c.group === '' && c.kind === 'Secret')
            list.push({
              path: c.path,
              node: lid,
              edges: [edgeId('certificate', lid, objectKey('Secret', c.namespace ?? ns, c.name))],
            });
      }
      break;
    case 'Route':
      for (const rule of r.rules)
        for (const b of rule.backendRefs)
          if (b.group === '' && b.kind === 'Service')
            list.push({
              path: b.path,
              node: o.key,
              edges: [edgeId('backend', o.key, objectKey('Service', b.namespace ?? ns, b.name))],
            });
      break;
    case 'BackendTLSPolicy':
      for (const t of r.targetRefs)
        if (t.group === '' && t.kind === 'Service')
          list.push({
            path: t.path,
            node: o.key,
            edges: [edgeId('policy', objectKey('Service', ns, t.name), o.key)],
          });
      for (const c of r.caCertificateRefs)
        list.push({
          path: c.path,
          node: o.key,
          edges: [edgeId('ca', o.key, objectKey(c.kind, ns, c.name))],
        });
      break;
    default:
      break;
  }
  out = list;
  regionsOf.set(r, out);
  return out;
}

function startsWith(path: Path, prefix: Path): boolean {
  if (prefix.length > path.length) return false;
  for (let i = 0; i < prefix.length; i++) if (path[i] !== prefix[i]) return false;
  return true;
}

/** The elements of one object a finding at `path` concerns: the node holding it first. */
function objectElements(object: KubeObject, resource: Resource | undefined, path: Path): string[] {
  let best: Region | undefined;
  for (const r of resource ? regions(resource) : [])
    if (startsWith(path, r.path) && (!best || r.path.length > best.path.length)) best = r;
  return best ? [best.node, ...best.edges] : [object.key];
}

/**
 * Ids of the graph nodes and edges a finding concerns, the node that holds it first; empty when
 * it is about text that holds no object the graph draws.
 */
export function findingElements(f: Finding, lookup: ElementLookup): readonly string[] {
  const out: string[] = [];
  const add = (id: string) => {
    if (!out.includes(id)) out.push(id);
  };
  const objects = lookup.objectsOf(f);
  if (f.object) {
    const own = objects.find((e) => e.object.key === f.object);
    if (own?.object.kind === 'GatewayClass')
      for (const id of lookup.gatewaysOfClass(own.object.meta.name)) add(id);
    else if (own && GRAPH_KINDS.has(own.object.kind))
      for (const id of objectElements(own.object, own.resource, f.path)) add(id);
    else if (!own && GRAPH_KINDS.has(f.object.slice(0, f.object.indexOf('/')))) add(f.object);
  } else {
    for (const e of objects) if (GRAPH_KINDS.has(e.object.kind)) add(e.object.key);
  }
  for (const id of f.also ?? []) add(id);
  return out;
}

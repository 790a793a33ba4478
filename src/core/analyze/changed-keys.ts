import type { Resource } from '../model/gateway-api';
import type { ResolvedGateway } from '../resolve/resolved';

/**
 * The dependency keys (as resolution records its lookups, see ResolveContext) whose answer
 * changes when a resource appears or disappears.
 */
export function keysOf(r: Resource, out: Set<string>): void {
  const m = r.object.meta;
  switch (r.type) {
    case 'Secret':
    case 'ConfigMap':
    case 'Service':
      out.add(`${r.type}/${m.namespace}/${m.name}`);
      break;
    case 'GatewayClass':
      out.add(`GatewayClass/${m.name}`);
      break;
    case 'Namespace':
      out.add(`Namespace/${m.name}`);
      break;
    case 'IssuedCertificate':
      out.add(`Issued/${m.namespace}/${r.secretName}`);
      break;
    case 'ReferenceGrant':
      out.add(`Grants/${m.namespace}`);
      break;
    case 'BackendTLSPolicy':
      for (const t of r.targetRefs)
        out.add(`Winner/${t.group}/${t.kind}/${m.namespace}/${t.name}#${t.sectionName ?? ''}`);
      break;
    default:
      // Gateways, ListenerSets and routes are units themselves; what depends on them is
      // found from their results (parentKeys, ReachIndex).
      break;
  }
}

interface ChangedEntry {
  readonly resource?: Resource;
  readonly rejected: boolean;
  readonly object: { readonly key: string };
}

/**
 * Keys of the resources of documents that left or arrived (by position) since last time, and
 * `Refused/…` of the objects among them the API server would refuse (what refers to one says so).
 */
export function changedDocumentKeys(
  out: readonly { readonly entries: readonly ChangedEntry[] }[],
  into: readonly { readonly entries: readonly ChangedEntry[] }[],
): { keys: Set<string> } {
  const keys = new Set<string>();
  for (const list of [out, into])
    for (const d of list)
      for (const e of d.entries) {
        if (e.resource) keysOf(e.resource, keys);
        else if (e.rejected) keys.add(`Refused/${e.object.key}`);
      }
  return { keys };
}

/** `ParentGateway/…` and `ParentListenerSet/…` keys of parents whose resolution changed. */
export function parentKeys(
  previous: ReadonlyMap<string, unknown>,
  gateways: readonly ResolvedGateway[],
  orphans: readonly {
    readonly listenerSet: {
      readonly object: { readonly meta: { readonly namespace: string; readonly name: string } };
    };
  }[],
  out: Set<string>,
): Map<string, unknown> {
  const now = new Map<string, unknown>();
  for (const g of gateways) {
    now.set(`ParentGateway/${g.gateway.object.meta.namespace}/${g.gateway.object.meta.name}`, g);
    for (const s of g.listenerSets)
      now.set(
        `ParentListenerSet/${s.listenerSet.object.meta.namespace}/${s.listenerSet.object.meta.name}`,
        s,
      );
  }
  for (const s of orphans)
    now.set(
      `ParentListenerSet/${s.listenerSet.object.meta.namespace}/${s.listenerSet.object.meta.name}`,
      s,
    );
  for (const [k, v] of now) if (previous.get(k) !== v) out.add(k);
  for (const k of previous.keys()) if (!now.has(k)) out.add(k);
  return now;
}

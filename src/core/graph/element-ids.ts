/**
 * The ids of graph elements, in one place: the graph draws them, and findings name the
 * elements they concern with them (see finding-elements.ts).
 */
import type { EdgeType } from './types';

/** A listener: `Kind/namespace/name#listener` of its Gateway or ListenerSet. */
export function listenerNodeId(ownerKey: string, listener: string): string {
  return `${ownerKey}#${listener}`;
}

/** A hostname a Gateway answers on a port (`*` when the listener has none). */
export function hostnameNodeId(
  gateway: { readonly namespace: string; readonly name: string },
  port: number,
  hostname: string,
): string {
  return `Hostname/${gateway.namespace}/${gateway.name}/${port}/${hostname}`;
}

export function edgeId(type: EdgeType, source: string, target: string): string {
  return `${type}:${source}->${target}`;
}

/** Whether an element id names an edge (node ids are `Kind/…`, edges `type:source->target`). */
export function isEdgeId(id: string): boolean {
  const colon = id.indexOf(':');
  const slash = id.indexOf('/');
  return colon > 0 && (slash < 0 || colon < slash);
}

import type { StatusItem } from '../core';

/**
 * The status items of a graph node's object: a node id is the object's key
 * (`Kind/namespace/name`), a listener's is its owner's key with `#listener`.
 */
export function statusOf(status: readonly StatusItem[], nodeId: string | undefined): StatusItem[] {
  if (!nodeId) return [];
  const [kind, namespace, name] = nodeId.split('#')[0]?.split('/') ?? [];
  return status.filter(
    (s) => s.kind === kind && s.metadata.namespace === namespace && s.metadata.name === name,
  );
}

import { nodeAtOffset } from '../core';
import type { GraphNode, SourceFile, StatusItem } from '../core';

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

/** `Kind` of a node id, with whether it is a listener (`…#name`). */
function kindOf(id: string): string {
  return `${id.split('/', 1)[0]}${id.includes('#') ? '#' : ''}`;
}

/**
 * The node to focus after an edit: `focus` while it exists; else the node of the same kind
 * now at `at` (where the focused text started), which is the focused object renamed by
 * typing its name; else `focus` as it was.
 */
export function followFocus(
  nodes: readonly GraphNode[],
  focus: string | undefined,
  at: { file: string; offset: number } | undefined,
): string | undefined {
  if (!focus || !at || nodes.some((n) => n.id === focus)) return focus;
  const there = nodeAtOffset(nodes, at.file, at.offset);
  return there && kindOf(there.id) === kindOf(focus) ? there.id : focus;
}

/** A node's text, from the start of its first line to its end (undefined without a range). */
export function sourceOf(
  files: readonly SourceFile[],
  nodes: readonly GraphNode[],
  id: string | undefined,
): string | undefined {
  const range = id === undefined ? undefined : nodes.find((n) => n.id === id)?.range;
  const text = range && files.find((f) => f.path === range.file)?.text;
  if (!range || text === undefined) return undefined;
  return text.slice(text.lastIndexOf('\n', range.start - 1) + 1, range.end);
}

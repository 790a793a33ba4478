/**
 * The long lists of an analysis result, named by their path in it: what `parts.ts` sends in
 * slices and `delta.ts` sends as changes.
 */
import type { WorkspaceResult } from './protocol';

export const RESULT_LISTS = [
  'graph.nodes',
  'graph.edges',
  'diagnostics',
  'serving.gateways',
  'certificates',
] as const;
export type ListPath = (typeof RESULT_LISTS)[number];

type Holder = Record<string, unknown>;

/** The list at `path` (empty when the result has none there). */
export function listAt(result: WorkspaceResult, path: ListPath): readonly unknown[] {
  const dot = path.indexOf('.');
  const holder = (dot < 0 ? result : (result as unknown as Holder)[path.slice(0, dot)]) as Holder;
  const list = holder[path.slice(dot + 1)];
  return Array.isArray(list) ? list : [];
}

/** The result with the given lists in place of its own. */
export function withLists(
  result: WorkspaceResult,
  lists: Partial<Record<ListPath, readonly unknown[]>>,
): WorkspaceResult {
  const pick = <T>(path: ListPath, own: readonly T[]) => (lists[path] ?? own) as readonly T[];
  return {
    ...result,
    graph: {
      ...result.graph,
      nodes: pick('graph.nodes', result.graph.nodes),
      edges: pick('graph.edges', result.graph.edges),
    },
    serving: { ...result.serving, gateways: pick('serving.gateways', result.serving.gateways) },
    diagnostics: pick('diagnostics', result.diagnostics),
    certificates: pick('certificates', result.certificates),
  };
}

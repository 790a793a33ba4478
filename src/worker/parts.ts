/**
 * A big analysis result crosses the worker boundary in parts: its long lists go ahead in
 * slices, each its own message, and the result follows with those lists empty. The page reads
 * each message in a task of its own, so no single task has to take in the whole workspace.
 */
import type { WorkerMessage, WorkerResponse, WorkspaceResult } from './protocol';

/** The lists of a result that are sent in slices, as paths into it. */
export const SLICED = [
  'graph.nodes',
  'graph.edges',
  'diagnostics',
  'serving.gateways',
  'certificates',
] as const;
export type SlicedPath = (typeof SLICED)[number];

/** Items per slice: a few hundred objects read in a few milliseconds. */
export const SLICE_ITEMS = 200;

type Holder = Record<string, unknown>;

function split(path: SlicedPath): [string | undefined, string] {
  const dot = path.indexOf('.');
  return dot < 0 ? [undefined, path] : [path.slice(0, dot), path.slice(dot + 1)];
}

function listAt(result: WorkspaceResult, path: SlicedPath): readonly unknown[] {
  const [outer, key] = split(path);
  const holder = (outer ? (result as unknown as Holder)[outer] : result) as Holder;
  const list = holder[key];
  return Array.isArray(list) ? list : [];
}

/** The messages that carry one response: slices first, then the response itself. */
export function toMessages(response: WorkerResponse, sliceItems = SLICE_ITEMS): WorkerMessage[] {
  if (response.type !== 'analysis') return [response];
  const { result } = response;
  const lists = SLICED.map((path) => [path, listAt(result, path)] as const);
  if (lists.every(([, list]) => list.length <= sliceItems)) return [response];
  const messages: WorkerMessage[] = [];
  for (const [path, list] of lists)
    for (let i = 0; i < list.length; i += sliceItems)
      messages.push({ type: 'part', id: response.id, path, items: list.slice(i, i + sliceItems) });
  const graph = { ...result.graph, nodes: [], edges: [] };
  const serving = { ...result.serving, gateways: [] };
  const empty = { diagnostics: [], certificates: [] };
  messages.push({
    ...response,
    result: { ...result, ...empty, graph, serving },
    sliced: true,
  });
  return messages;
}

/** Puts sliced responses back together, on the page's side. */
export class PartJoiner {
  private readonly parts = new Map<number, Map<SlicedPath, unknown[]>>();

  /** Takes a message; returns the whole response once it is complete. */
  take(message: WorkerMessage): WorkerResponse | undefined {
    if (message.type === 'part') {
      let lists = this.parts.get(message.id);
      if (!lists) this.parts.set(message.id, (lists = new Map()));
      let list = lists.get(message.path);
      if (!list) lists.set(message.path, (list = []));
      for (const item of message.items) list.push(item);
      return undefined;
    }
    const lists = this.parts.get(message.id);
    this.parts.delete(message.id);
    if (message.type !== 'analysis' || !message.sliced) return message;
    const result = message.result;
    const list = (path: SlicedPath) => (lists?.get(path) ?? []) as never[];
    const { sliced: _, ...response } = message;
    return {
      ...response,
      result: {
        ...result,
        graph: { ...result.graph, nodes: list('graph.nodes'), edges: list('graph.edges') },
        serving: { ...result.serving, gateways: list('serving.gateways') },
        diagnostics: list('diagnostics'),
        certificates: list('certificates'),
      },
    };
  }

  /** Forgets slices of requests that will not be answered (the worker stopped). */
  clear(): void {
    this.parts.clear();
  }
}

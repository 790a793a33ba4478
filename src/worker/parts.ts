/**
 * A big analysis result crosses the worker boundary in parts: its long lists go ahead in
 * slices, each its own message, and the result follows with those lists empty. The page reads
 * each message in a task of its own, so no single task has to take in the whole workspace.
 */
import type { WorkerMessage, WorkerResponse } from './protocol';
import { transferables } from './delta';
import { listAt, RESULT_LISTS, withLists } from './result-lists';
import type { ListPath } from './result-lists';

/** Items per slice: a few hundred objects read in a few milliseconds. */
export const SLICE_ITEMS = 200;

/** The messages that carry one response: slices first, then the response itself. */
export function toMessages(response: WorkerResponse, sliceItems = SLICE_ITEMS): WorkerMessage[] {
  if (response.type !== 'analysis') return [response];
  const { result } = response;
  const lists = RESULT_LISTS.map((path) => [path, listAt(result, path)] as const);
  if (lists.every(([, list]) => list.length <= sliceItems)) return [response];
  const messages: WorkerMessage[] = [];
  for (const [path, list] of lists)
    for (let i = 0; i < list.length; i += sliceItems)
      messages.push({ type: 'part', id: response.id, path, items: list.slice(i, i + sliceItems) });
  const empty = Object.fromEntries(RESULT_LISTS.map((path) => [path, []]));
  messages.push({ ...response, result: withLists(result, empty), sliced: true });
  return messages;
}

/**
 * What the worker posts for one response, with what each message hands over instead of
 * copying: the typed arrays of a change (see delta.ts) go with the last message.
 */
export function toPosts(
  response: WorkerResponse,
  sliceItems = SLICE_ITEMS,
): [WorkerMessage, ArrayBuffer[]][] {
  const messages = toMessages(response, sliceItems);
  return messages.map((m, i) => [m, i === messages.length - 1 ? transferables(response) : []]);
}

/** Puts sliced responses back together, on the page's side. */
export class PartJoiner {
  private readonly parts = new Map<number, Map<ListPath, unknown[]>>();

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
    const { sliced: _, ...response } = message;
    const joined = Object.fromEntries(RESULT_LISTS.map((path) => [path, lists?.get(path) ?? []]));
    return { ...response, result: withLists(message.result, joined) };
  }

  /** Forgets slices of requests that will not be answered (the worker stopped). */
  clear(): void {
    this.parts.clear();
  }
}

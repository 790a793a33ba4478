import type { GraphNode } from '../../../core';

/** The words of a node's state: "OK" or the condition reason (a missing node also says so in its kind row). */
export function stateText(n: GraphNode): string {
  if (n.state.level === 'ok') return 'OK';
  return n.state.reason ?? (n.state.level === 'error' ? 'Error' : 'Warning');
}

/** Tooltip: the full details and the state's message. */
export function nodeTitle(n: GraphNode): string {
  const state =
    n.state.level === 'ok'
      ? 'OK'
      : `${n.state.level === 'error' ? 'Error' : 'Warning'}: ${n.state.reason ?? ''}`;
  return [n.label, ...n.details, n.state.message ? `${state} — ${n.state.message}` : state].join(
    '\n',
  );
}

/** Spreads details over `lines` lines: one each, the last line joining what is left. */
export function detailRows(details: readonly string[], lines: number): string[] {
  if (lines <= 0) return [];
  if (details.length <= lines) return [...details];
  return [...details.slice(0, lines - 1), details.slice(lines - 1).join(' · ')];
}

/** Classes of a node's card: its state, and whether it is missing. */
export function cardClass(base: string, n: GraphNode): string {
  return `${base} gt-${n.state.level}${n.missing ? ' gt-missing' : ''}`;
}

import type { GraphNode, NodeState } from '../../../core';

/** The words of a node's state: "OK" or the condition reason (a missing node also says so in its kind row). */
export function stateText(n: GraphNode): string {
  if (n.state.level === 'ok') return 'OK';
  return n.state.reason ?? (n.state.level === 'error' ? 'Error' : 'Warning');
}

/** A state in words, as accessible names end: `OK`, `Error: <reason>`, `Warning: <reason>`. */
export function stateWords(state: NodeState): string {
  if (state.level === 'ok') return 'OK';
  return `${state.level === 'error' ? 'Error' : 'Warning'}: ${state.reason ?? ''}`;
}

/**
 * A node's accessible name: its label, then its state (`Listener shop. Warning:
 * CERT_HOSTNAME_NOT_COVERED`), as edges' names end with theirs.
 */
export function nodeAriaLabel(n: GraphNode): string {
  return `${n.label}. ${stateWords(n.state)}`;
}

/** Tooltip: the full details and the state's message. */
export function nodeTitle(n: GraphNode): string {
  const state = stateWords(n.state);
  return [n.label, ...n.details, n.state.message ? `${state} — ${n.state.message}` : state].join(
    '\n',
  );
}

/** The kind a card names: the first word of its label (a CA reference of any kind says its own). */
export function kindText(n: GraphNode): string {
  const space = n.label.indexOf(' ');
  return space > 0 ? n.label.slice(0, space) : n.type;
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

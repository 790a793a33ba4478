/**
 * The graph as the view draws it: the core's graph, filtered, focused and with some
 * namespaces collapsed into one node each (see collapse.ts). Plain data, like the core's.
 */
import type { GraphEdge, GraphNode, NodeState, NodeType } from '../../core';

/** A collapsed namespace, drawn as one node in place of its objects. */
export interface NamespaceSummary {
  /** `Namespace/<namespace>`. */
  readonly id: string;
  readonly type: 'Namespace';
  readonly namespace: string;
  readonly name: string;
  /** Accessible name: `Namespace <name>, collapsed`. */
  readonly label: string;
  /** Counts of what it holds, most important first ("2 Gateways · 5 listeners", …). */
  readonly details: readonly string[];
  /** The worst state of what it holds. */
  readonly state: NodeState;
  /** How many objects it holds (listeners and hostnames not counted). */
  readonly total: number;
  /** How many of each kind it holds, in traffic order. */
  readonly counts: readonly (readonly [NodeType, number])[];
  /** How many of them have a warning or an error. */
  readonly problems: number;
  readonly parent?: undefined;
  readonly missing?: undefined;
  readonly hostnames?: undefined;
}

export type ViewNode = GraphNode | NamespaceSummary;

export interface ViewGraph {
  readonly nodes: readonly ViewNode[];
  readonly edges: readonly GraphEdge[];
}

export function isSummary(n: ViewNode): n is NamespaceSummary {
  return n.type === 'Namespace';
}

export function summaryId(namespace: string): string {
  return `Namespace/${namespace}`;
}

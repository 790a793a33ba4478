import type { Diagnostic, GraphNode, Severity, SourceRange } from '../../core';
import { severityBadge } from './badges';
import type { Badge } from './badges';

export type ProblemSort = 'severity' | 'code' | 'message' | 'location';

export interface ProblemQuery {
  readonly sort: ProblemSort;
  readonly descending: boolean;
  /** Severities to show. */
  readonly show: ReadonlySet<Severity>;
  /** Case-insensitive text in code, message, location or object. */
  readonly text: string;
}

export interface ProblemRow {
  readonly key: string;
  readonly diagnostic: Diagnostic;
  readonly severity: Badge;
  /** `file:line:column`, or empty when the finding has no position. */
  readonly location: string;
}

const rank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export const severities: readonly Severity[] = ['error', 'warning', 'info'];

export function countBySeverity(diagnostics: readonly Diagnostic[]): Record<Severity, number> {
  const n = { error: 0, warning: 0, info: 0 };
  for (const d of diagnostics) n[d.severity]++;
  return n;
}

export function locationOf(r: SourceRange | undefined): string {
  return r ? `${r.file}:${r.line}:${r.column}` : '';
}

function byLocation(a: Diagnostic, b: Diagnostic): number {
  const fa = a.range?.file ?? '';
  const fb = b.range?.file ?? '';
  if (fa !== fb) return fa < fb ? -1 : 1;
  return (a.range?.start ?? -1) - (b.range?.start ?? -1);
}

const compare: Record<ProblemSort, (a: Diagnostic, b: Diagnostic) => number> = {
  severity: (a, b) => rank[a.severity] - rank[b.severity] || byLocation(a, b),
  code: (a, b) => a.code.localeCompare(b.code) || byLocation(a, b),
  message: (a, b) => a.message.localeCompare(b.message) || byLocation(a, b),
  location: (a, b) => byLocation(a, b) || rank[a.severity] - rank[b.severity],
};

/** The diagnostics to list: filtered by severity and text, sorted by the chosen column. */
export function toProblemList(diagnostics: readonly Diagnostic[], q: ProblemQuery): ProblemRow[] {
  const text = q.text.trim().toLowerCase();
  const rows = diagnostics
    .map((d, i) => ({
      key: `${i}:${d.code}`,
      diagnostic: d,
      severity: severityBadge[d.severity],
      location: locationOf(d.range),
    }))
    .filter(
      (r) =>
        q.show.has(r.diagnostic.severity) &&
        (!text ||
          [r.diagnostic.code, r.diagnostic.message, r.location, r.diagnostic.object ?? ''].some(
            (s) => s.toLowerCase().includes(text),
          )),
    );
  const sign = q.descending ? -1 : 1;
  return rows.sort((a, b) => sign * compare[q.sort](a.diagnostic, b.diagnostic));
}

function contains(outer: SourceRange, inner: SourceRange): boolean {
  return outer.file === inner.file && outer.start <= inner.start && inner.end <= outer.end;
}

/**
 * The graph node a problem is about: the first node of those it concerns (the core names the
 * node that holds it first: a listener rather than its Gateway); for a problem about text that
 * holds no object, the smallest node whose source range holds it, else the node named by
 * `object`.
 */
export function problemNodeId(
  d: Diagnostic,
  nodes: readonly GraphNode[],
  index: ReadonlyMap<string, GraphNode> = new Map(nodes.map((n) => [n.id, n])),
): string | undefined {
  const concerned = d.elements?.find((id) => index.has(id));
  if (concerned) return concerned;
  let best: GraphNode | undefined;
  if (d.range) {
    const r = d.range;
    for (const n of nodes) {
      if (!n.range || !contains(n.range, r)) continue;
      const size = n.range.end - n.range.start;
      if (!best?.range || size < best.range.end - best.range.start) best = n;
    }
  }
  if (best) return best.id;
  return d.object && nodes.some((n) => n.id === d.object) ? d.object : undefined;
}

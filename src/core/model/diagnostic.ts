import type { SourceRange } from './source';

export type Severity = 'error' | 'warning' | 'info';

/**
 * A finding about the input. `code` is stable UPPER_SNAKE; tests and the UI key off it,
 * never off `message`.
 */
export interface Diagnostic {
  readonly code: string;
  readonly severity: Severity;
  readonly message: string;
  /** Where the offending field is; absent only when the input has no position (e.g. stdin read failure). */
  readonly range?: SourceRange;
  /** `Kind/namespace/name` of the object the finding is about, when there is one. */
  readonly object?: string;
  /**
   * Ids of the graph nodes and edges the finding concerns, the node that holds it first (a
   * listener, a route…): each shows the finding's severity or worse. Absent when the finding
   * is about text that holds no object.
   */
  readonly elements?: readonly string[];
  readonly related?: readonly { readonly message: string; readonly range?: SourceRange }[];
}

const severityOrder: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Stable order: file, position, severity, code. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  const fa = a.range?.file ?? '';
  const fb = b.range?.file ?? '';
  if (fa !== fb) return fa < fb ? -1 : 1;
  const d = (a.range?.start ?? -1) - (b.range?.start ?? -1);
  if (d !== 0) return d;
  const s = severityOrder[a.severity] - severityOrder[b.severity];
  if (s !== 0) return s;
  return a.code < b.code
    ? -1
    : a.code > b.code
      ? 1
      : a.message < b.message
        ? -1
        : a.message > b.message
          ? 1
          : 0;
}

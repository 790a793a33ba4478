import type { Diagnostic, Severity, SourceFile } from '../../core';
import { hasBom, toEditorRange } from './text-position';
import type { EditorRange } from './text-position';

/** Monaco's `IMarkerData`, structurally: this module stays free of Monaco so it can be tested. */
export interface Marker extends EditorRange {
  readonly severity: number;
  readonly message: string;
  readonly code: string;
  readonly source: string;
}

/** `monaco.MarkerSeverity` values. */
export const markerSeverity: Readonly<Record<Severity, number>> = { error: 8, warning: 4, info: 2 };

/** Marker owner of the core's diagnostics (monaco-yaml's own are under `yaml`). */
export const MARKER_OWNER = 'gwtls';

/**
 * The core's diagnostics as Monaco markers, per workspace file. Diagnostics without a position,
 * or about files not in the workspace, have no place in the editor (the Problems list has them).
 */
export function toMarkers(
  diagnostics: readonly Diagnostic[],
  files: readonly SourceFile[],
  bomOf: (path: string) => boolean = (path) =>
    hasBom(files.find((f) => f.path === path)?.text ?? ''),
): Map<string, Marker[]> {
  const out = new Map<string, Marker[]>(files.map((f) => [f.path, []]));
  const bom = new Map(files.map((f) => [f.path, bomOf(f.path)]));
  for (const d of diagnostics) {
    const r = d.range;
    const markers = r && out.get(r.file);
    if (!r || !markers) continue;
    markers.push({
      ...toEditorRange(r, bom.get(r.file) ?? false),
      severity: markerSeverity[d.severity],
      message: d.message,
      code: d.code,
      source: MARKER_OWNER,
    });
  }
  return out;
}

/**
 * An analysis computed ahead of time for a known workspace (the first-start sample, at build
 * time), so the app can draw it while its worker starts. It holds for exactly the texts it was
 * computed from: `workspaceKey` of the files must match, or it is not used.
 */
import type { SourceFile } from '../core';
import type { WorkspaceResult } from './protocol';

export interface AnalysisSnapshot {
  readonly key: string;
  readonly result: WorkspaceResult;
}

/** A short fingerprint of paths and texts (FNV-1a, 32 bits, with the total length). */
export function workspaceKey(files: readonly SourceFile[]): string {
  let h = 0x811c9dc5;
  let length = 0;
  const add = (s: string) => {
    for (let i = 0; i < s.length; i++) {
      h ^= s.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
    length += s.length;
  };
  for (const f of files) {
    add(f.path);
    add('\0');
    add(f.text);
    add('\0');
  }
  return `${(h >>> 0).toString(16)}-${length}`;
}

/** The snapshot's result, if it was computed from exactly these files. */
export function snapshotFor(
  snapshot: AnalysisSnapshot | undefined,
  files: readonly SourceFile[],
): WorkspaceResult | undefined {
  return snapshot && snapshot.key === workspaceKey(files) ? snapshot.result : undefined;
}

/**
 * An analysis computed ahead of time for a known workspace (the first-start sample, at build
 * time), so the app can draw it while its worker starts. It holds for exactly the texts it was
 * computed from (`workspaceKey` of the files must match), and only at instants where every
 * certificate in it is in the state it was judged in: otherwise it would tell another story
 * than the worker's result that replaces it.
 */
import { expiryStateSpan } from '../core';
import type { SourceFile } from '../core';
import type { WorkspaceResult } from './protocol';

export interface AnalysisSnapshot {
  readonly key: string;
  readonly result: WorkspaceResult;
  /** From when the result holds (ISO 8601); since ever when absent. */
  readonly holdsFrom?: string;
  /** Until when the result holds, exclusive (ISO 8601); for ever when absent. */
  readonly holdsUntil?: string;
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

/** A snapshot of `result` (analysed from `files`), with the instants at which it holds. */
export function toSnapshot(
  files: readonly SourceFile[],
  result: WorkspaceResult,
): AnalysisSnapshot {
  const certificates = result.certificates.flatMap((s) => s.certificates);
  const { from, until } = expiryStateSpan(certificates, new Date(result.now));
  return {
    key: workspaceKey(files),
    result,
    ...(Number.isFinite(from) ? { holdsFrom: new Date(from).toISOString() } : {}),
    ...(Number.isFinite(until) ? { holdsUntil: new Date(until).toISOString() } : {}),
  };
}

/**
 * The snapshot's result as of `now`, if it was computed from exactly these files and holds at
 * `now` (then judging at `now` gives the very same result).
 */
export function snapshotFor(
  snapshot: AnalysisSnapshot | undefined,
  files: readonly SourceFile[],
  now: Date,
): WorkspaceResult | undefined {
  if (!snapshot || snapshot.key !== workspaceKey(files)) return undefined;
  const t = now.getTime();
  if (snapshot.holdsFrom !== undefined && t < Date.parse(snapshot.holdsFrom)) return undefined;
  if (snapshot.holdsUntil !== undefined && !(t < Date.parse(snapshot.holdsUntil))) return undefined;
  return { ...snapshot.result, now: now.toISOString() };
}

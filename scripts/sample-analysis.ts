/**
 * What a first start opens, in one file: the first sample, its texts, and its analysis as the
 * app's worker makes it (see src/ui/io/first-start.ts). Loaded by the `first-start` Vite plugin
 * through Vite's module runner.
 *
 * No clock is read: the analysis is made at the first instant at which every certificate of the
 * sample is valid, and the snapshot says until when that story holds; the page uses it only
 * inside that span (see src/worker/snapshot.ts). A sample whose certificates are made when it
 * is opened (`certificates` in the index) has no snapshot.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { SourceFile } from '../src/core';
import type { FirstStart, Sample } from '../src/ui/io/samples';
import { WorkspaceHost } from '../src/worker/host';
import { toSnapshot } from '../src/worker/snapshot';
import type { WorkspaceResult } from '../src/worker/protocol';

/** Where the search for a sample's instant starts (any instant gives the same certificates). */
const ORIGIN = '2000-01-01T00:00:00.000Z';

function analyse(files: readonly SourceFile[], now: string): WorkspaceResult {
  const response = new WorkspaceHost().handle({ type: 'analyze', id: 0, revision: 0, files, now });
  if (response.type !== 'analysis') throw new Error(JSON.stringify(response));
  return response.result;
}

/** The analysis at the first instant at which every certificate of `files` is valid. */
export function analyseAhead(files: readonly SourceFile[]): WorkspaceResult {
  const first = analyse(files, ORIGIN);
  const starts = first.certificates.flatMap((s) =>
    s.certificates.map((c) => Date.parse(c.notBefore)),
  );
  const latest = Math.max(Date.parse(ORIGIN), ...starts.filter((t) => !Number.isNaN(t)));
  // The worker judges to the minute (see src/worker/host.ts): the next whole minute.
  return analyse(files, new Date(Math.ceil(latest / 60_000) * 60_000).toISOString());
}

export async function firstStart(dir: string): Promise<FirstStart | undefined> {
  const index = JSON.parse(await readFile(join(dir, 'index.json'), 'utf8')) as Sample[];
  const sample = index[0];
  if (!sample) return undefined;
  const files = await Promise.all(
    sample.files.map(async (path) => ({ path, text: await readFile(join(dir, path), 'utf8') })),
  );
  if (sample.certificates?.length) return { sample, files };
  return { sample, files, snapshot: toSnapshot(files, analyseAhead(files)) };
}

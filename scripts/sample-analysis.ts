/**
 * What a first start opens, in one file: the first sample, its texts, and its analysis as the
 * app's worker makes it (see src/ui/io/first-start.ts). Loaded by the `first-start` Vite plugin
 * through Vite's module runner.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { FirstStart, Sample } from '../src/ui/io/samples';
import { WorkspaceHost } from '../src/worker/host';
import { workspaceKey } from '../src/worker/snapshot';

export async function firstStart(dir: string): Promise<FirstStart | undefined> {
  const index = JSON.parse(await readFile(join(dir, 'index.json'), 'utf8')) as Sample[];
  const sample = index[0];
  if (!sample) return undefined;
  const files = await Promise.all(
    sample.files.map(async (path) => ({ path, text: await readFile(join(dir, path), 'utf8') })),
  );
  const response = new WorkspaceHost().handle({
    type: 'analyze',
    id: 0,
    revision: 0,
    files,
    now: new Date().toISOString(),
  });
  if (response.type !== 'analysis') throw new Error(`${sample.id}: ${JSON.stringify(response)}`);
  return { sample, files, snapshot: { key: workspaceKey(files), result: response.result } };
}

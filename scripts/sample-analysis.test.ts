import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WorkspaceHost } from '../src/worker/host';
import { snapshotFor } from '../src/worker/snapshot';
import { firstStart } from './sample-analysis';

describe('the first start, made at build time', () => {
  it('holds the first sample, its texts and the analysis the worker would make of them', async () => {
    const dir = join(import.meta.dirname, '..', 'public', 'samples');
    const first = await firstStart(dir);
    if (!first?.snapshot) throw new Error('no first start');
    expect(first.files.map((f) => f.path)).toEqual(first.sample.files);
    const result = snapshotFor(first.snapshot, first.files);
    expect(result?.graph.nodes.length).toBeGreaterThan(5);
    const live = new WorkspaceHost().handle({
      type: 'analyze',
      id: 1,
      revision: 0,
      files: first.files,
      now: new Date().toISOString(),
    });
    if (live.type !== 'analysis') throw new Error(live.type);
    expect(result?.graph).toEqual(live.result.graph);
    expect(result?.status).toEqual(live.result.status);
  });
});

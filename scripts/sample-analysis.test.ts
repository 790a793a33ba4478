import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WorkspaceHost } from '../src/worker/host';
import { snapshotFor } from '../src/worker/snapshot';
import { firstStart } from './sample-analysis';

const dir = join(import.meta.dirname, '..', 'public', 'samples');

describe('the first start, made at build time', () => {
  it('holds the first sample, its texts and the analysis the worker makes of them on any date to 2046', async () => {
    const first = await firstStart(dir);
    if (!first?.snapshot) throw new Error('no first start');
    expect(first.files.map((f) => f.path)).toEqual(first.sample.files);
    expect(Date.parse(first.snapshot.holdsFrom ?? '')).toBeLessThanOrEqual(
      Date.parse('2026-12-01T00:00:00Z'),
    );
    expect(Date.parse(first.snapshot.holdsUntil ?? '')).toBeGreaterThan(
      Date.parse('2047-01-01T00:00:00Z'),
    );
    for (const now of [
      '2026-12-08T10:00:00Z',
      '2028-02-29T00:00:00Z',
      '2031-12-08T00:00:00Z',
      '2046-12-31T23:59:00Z',
    ]) {
      const result = snapshotFor(first.snapshot, first.files, new Date(now));
      expect(result?.graph.nodes.length, now).toBeGreaterThan(5);
      const live = new WorkspaceHost().handle({
        type: 'analyze',
        id: 1,
        revision: 0,
        files: first.files,
        now,
      });
      if (live.type !== 'analysis') throw new Error(live.type);
      expect(result?.graph, now).toEqual(live.result.graph);
      expect(result?.diagnostics, now).toEqual(live.result.diagnostics);
      expect(result?.serving, now).toEqual(live.result.serving);
      expect(result?.status, now).toEqual(live.result.status);
      expect(result?.now, now).toBe(live.result.now);
    }
  });

  it('is not drawn once a certificate of the sample would be judged differently', async () => {
    const first = await firstStart(dir);
    if (!first?.snapshot?.holdsUntil) throw new Error('no end to the first start');
    expect(
      snapshotFor(first.snapshot, first.files, new Date(first.snapshot.holdsUntil)),
    ).toBeUndefined();
  });
});

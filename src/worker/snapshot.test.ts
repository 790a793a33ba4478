import { describe, expect, it } from 'vitest';
import { WorkspaceHost } from './host';
import { snapshotFor, toSnapshot, workspaceKey } from './snapshot';
import type { WorkspaceResult } from './protocol';

const files = [
  { path: 'a.yaml', text: 'apiVersion: v1\nkind: Service\nmetadata: {name: s}\n' },
  { path: 'b.yaml', text: '' },
];
const at = new Date('2027-01-01T00:00:00Z');

function analysed(now: string): WorkspaceResult {
  const r = new WorkspaceHost().handle({ type: 'analyze', id: 1, revision: 1, files, now });
  if (r.type !== 'analysis') throw new Error(r.type);
  return r.result;
}

describe('an analysis made ahead of time', () => {
  it('is used only for exactly the texts it was made from', () => {
    const result = analysed('2027-01-01T00:00:00Z');
    const snapshot = toSnapshot(files, result);
    expect(snapshotFor(snapshot, files, at)).toEqual(result);
    const edited = [
      { ...files[0]!, text: files[0]!.text.replace('name: s', 'name: t') },
      files[1]!,
    ];
    expect(snapshotFor(snapshot, edited, at)).toBeUndefined();
    expect(snapshotFor(snapshot, [...files].reverse(), at)).toBeUndefined();
    expect(snapshotFor(undefined, files, at)).toBeUndefined();
  });

  it('is used only where it holds, and then says it was judged at the instant asked', () => {
    const result = { ...analysed('2027-01-01T00:00:00Z') };
    const snapshot = {
      ...toSnapshot(files, result),
      holdsFrom: '2026-01-01T00:00:00.000Z',
      holdsUntil: '2046-01-01T00:00:00.000Z',
    };
    expect(snapshotFor(snapshot, files, new Date('2025-12-31T23:59:59Z'))).toBeUndefined();
    expect(snapshotFor(snapshot, files, new Date('2046-01-01T00:00:00Z'))).toBeUndefined();
    expect(snapshotFor(snapshot, files, new Date('2045-12-31T23:59:59Z'))?.now).toBe(
      '2045-12-31T23:59:59.000Z',
    );
    expect(snapshotFor(snapshot, files, new Date('2026-01-01T00:00:00Z'))?.graph).toBe(
      result.graph,
    );
  });

  it('tells paths from texts', () => {
    expect(workspaceKey([{ path: 'ab', text: 'c' }])).not.toBe(
      workspaceKey([{ path: 'a', text: 'bc' }]),
    );
    expect(workspaceKey([])).toBe(workspaceKey([]));
  });
});

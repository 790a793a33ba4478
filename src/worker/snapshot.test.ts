import { describe, expect, it } from 'vitest';
import { WorkspaceHost } from './host';
import { snapshotFor, workspaceKey } from './snapshot';

const files = [
  { path: 'a.yaml', text: 'apiVersion: v1\nkind: Service\nmetadata: {name: s}\n' },
  { path: 'b.yaml', text: '' },
];

describe('an analysis made ahead of time', () => {
  it('is used only for exactly the texts it was made from', () => {
    const r = new WorkspaceHost().handle({
      type: 'analyze',
      id: 1,
      revision: 1,
      files,
      now: '2027-01-01T00:00:00Z',
    });
    if (r.type !== 'analysis') throw new Error(r.type);
    const snapshot = { key: workspaceKey(files), result: r.result };
    expect(snapshotFor(snapshot, files)).toBe(r.result);
    const edited = [
      { ...files[0]!, text: files[0]!.text.replace('name: s', 'name: t') },
      files[1]!,
    ];
    expect(snapshotFor(snapshot, edited)).toBeUndefined();
    expect(snapshotFor(snapshot, [...files].reverse())).toBeUndefined();
    expect(snapshotFor(undefined, files)).toBeUndefined();
  });

  it('tells paths from texts', () => {
    expect(workspaceKey([{ path: 'ab', text: 'c' }])).not.toBe(
      workspaceKey([{ path: 'a', text: 'bc' }]),
    );
    expect(workspaceKey([])).toBe(workspaceKey([]));
  });
});

import { describe, expect, it } from 'vitest';
import { ResolverClient } from './client';
import type { WorkerState } from './client';
import type { WorkspaceResult } from './protocol';

const files = [{ path: 'a.yaml', text: 'apiVersion: v1\nkind: Service\nmetadata: {name: s}\n' }];

function track() {
  const states: WorkerState[] = [];
  const results: WorkspaceResult[] = [];
  let resolve: () => void = () => {};
  const got = new Promise<void>((r) => (resolve = r));
  return {
    states,
    results,
    got,
    events: {
      onResult: (r: WorkspaceResult) => {
        results.push(r);
        resolve();
      },
      onState: (s: WorkerState) => states.push(s),
    },
  };
}

/** A Worker stand-in that fails as soon as it is asked anything. */
class DyingWorker {
  onmessage: ((e: MessageEvent) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  onmessageerror: (() => void) | null = null;
  postMessage(): void {
    queueMicrotask(() => this.onerror?.({ message: 'boom', preventDefault() {} } as ErrorEvent));
  }
  terminate(): void {}
}

describe('ResolverClient', () => {
  it('falls back to resolving in the page when no worker can start, and still answers', async () => {
    const t = track();
    const client = new ResolverClient(t.events, () => {
      throw new Error('workers are not allowed here');
    });
    client.analyze(files, 1);
    await t.got;
    expect(t.states).toContain('in-process');
    expect(t.results[0]?.revision).toBe(1);
    expect(t.results[0]?.objectCount).toBe(1);
  });

  it('restarts a worker that dies, then falls back, without losing the text asked for', async () => {
    const t = track();
    let started = 0;
    const client = new ResolverClient(t.events, () => {
      started++;
      return new DyingWorker() as unknown as Worker;
    });
    client.analyze(files, 7);
    await t.got;
    expect(started).toBe(2);
    expect(t.states).toEqual(expect.arrayContaining(['restarting', 'in-process']));
    expect(t.results.at(-1)?.revision).toBe(7);
  });

  it('delivers only the newest revision when several are asked for at once', async () => {
    const t = track();
    const client = new ResolverClient(t.events, () => {
      throw new Error('no workers');
    });
    client.analyze(files, 1);
    client.analyze(files, 2);
    client.analyze(files, 3);
    await t.got;
    await new Promise((r) => setTimeout(r, 50));
    expect(t.results.map((r) => r.revision)).toEqual([3]);
  });
});

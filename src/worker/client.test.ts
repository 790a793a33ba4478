import { describe, expect, it } from 'vitest';
import { ResolverClient } from './client';
import type { WorkerState } from './client';
import { DeltaEncoder } from './delta';
import { WorkspaceHost } from './host';
import type { SyncRequest } from './host';
import { toPosts } from './parts';
import type { SourceFile } from '../core';
import type { WorkerRequest, WorkspaceResult } from './protocol';

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
      now: () => new Date('2030-01-01T00:00:00Z'),
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

/** A Worker stand-in that runs the real host and sends results as the real worker does. */
class EncodingWorker {
  onmessage: ((e: MessageEvent) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  onmessageerror: (() => void) | null = null;
  host = new WorkspaceHost();
  private readonly encoder = new DeltaEncoder();
  postMessage(request: WorkerRequest): void {
    const response = this.encoder.encode(this.host.handle(structuredClone(request) as SyncRequest));
    const posts = toPosts(response, 2);
    setTimeout(() => {
      for (const [m, transfer] of posts)
        this.onmessage?.({ data: structuredClone(m, { transfer }) } as MessageEvent);
    });
  }
  terminate(): void {}
}

/** A client whose `analyzed(files, revision)` resolves once that revision's result is in. */
function analyzingClient(createWorker: () => Worker, splitAfterMs?: number) {
  const results: WorkspaceResult[] = [];
  let wake: () => void = () => {};
  const client = new ResolverClient(
    {
      onResult: (r) => {
        results.push(r);
        wake();
      },
      onState: () => {},
      now: () => new Date('2030-01-01T00:00:00Z'),
    },
    createWorker,
    splitAfterMs,
  );
  const analyzed = async (files: readonly SourceFile[], revision: number) => {
    const got = new Promise<void>((r) => (wake = r));
    client.analyze(files, revision);
    await got;
  };
  return { client, results, analyzed };
}

describe('ResolverClient with a worker that sends changes', () => {
  it('hands on results read slowly in a task of their own, in order', async () => {
    const { results, analyzed } = analyzingClient(
      () => new EncodingWorker() as unknown as Worker,
      -1, // every response counts as slow
    );
    for (const [i, name] of ['a', 'b', 'c'].entries()) {
      await analyzed(
        [{ path: 'a.yaml', text: `apiVersion: v1\nkind: Service\nmetadata: {name: ${name}}\n` }],
        i + 1,
      );
      expect(results.at(-1)?.graph.nodes.map((n) => n.id)).toEqual([`Service/default/${name}`]);
    }
    expect(results.map((r) => r.revision)).toEqual([1, 2, 3]);
  });

  it('delivers every edit whole, as the host computed it', async () => {
    const texts = [
      'apiVersion: v1\nkind: Service\nmetadata: {name: a}\n---\napiVersion: v1\nkind: Service\nmetadata: {name: b}\n',
      '# moved\napiVersion: v1\nkind: Service\nmetadata: {name: a}\n---\napiVersion: v1\nkind: Service\nmetadata: {name: b}\n',
      'apiVersion: v1\nkind: Service\nmetadata: {name: c}\n',
    ];
    const expected = new WorkspaceHost();
    const { results, analyzed } = analyzingClient(() => new EncodingWorker() as unknown as Worker);
    for (const [i, text] of texts.entries()) {
      await analyzed([{ path: 'a.yaml', text }], i + 1);
      const want = expected.handle({
        type: 'analyze',
        id: 0,
        revision: i + 1,
        files: [{ path: 'a.yaml', text }],
        now: '2027-01-01T00:00:00Z',
      });
      if (want.type !== 'analysis') throw new Error(want.type);
      const last = results.at(-1);
      expect(last?.revision).toBe(i + 1);
      expect(last?.graph).toEqual(JSON.parse(JSON.stringify(want.result.graph)));
      expect(last?.serving).toEqual(JSON.parse(JSON.stringify(want.result.serving)));
    }
  });
});

describe('ResolverClient sending edits', () => {
  it('sends a keystroke as an edit, and the whole text again to a worker that lacks it', async () => {
    const sent: WorkerRequest[] = [];
    let worker: EncodingWorker | undefined;
    const { client, results, analyzed } = analyzingClient(() => {
      worker = new EncodingWorker();
      const post = worker.postMessage.bind(worker);
      worker.postMessage = (r: WorkerRequest) => {
        sent.push(structuredClone(r));
        post(r);
      };
      return worker as unknown as Worker;
    });
    const v1 = 'apiVersion: v1\nkind: Service\nmetadata: {name: a}\n';
    const v2 = v1.replace('name: a', 'name: ab');
    const file = (text: string) => ({ path: 'a.yaml', text });
    const [f1, f2] = [file(v1), file(v2)];
    await analyzed([f1], 1);
    const at = v1.indexOf('name: a') + 7;
    client.edited(f1, f2, { start: at, end: at, text: 'b' });
    await analyzed([f2], 2);
    const second = sent.at(-1);
    expect(second?.type === 'analyze' && second.files).toEqual([
      { path: 'a.yaml', edit: { start: at, end: at, text: 'b' } },
    ]);
    expect(results.at(-1)?.graph.nodes.map((n) => n.id)).toEqual(['Service/default/ab']);
    // A worker that lost its texts (a new host behind the same messages) asks for them whole.
    (worker as unknown as { host: WorkspaceHost }).host = new WorkspaceHost();
    const v3 = v2.replace('name: ab', 'name: abc');
    const f3 = file(v3);
    client.edited(f2, f3, { start: at + 1, end: at + 1, text: 'c' });
    await analyzed([f3], 3);
    expect(sent.at(-1)?.type === 'analyze' && sent.at(-1)).toMatchObject({
      files: [{ path: 'a.yaml', text: v3 }],
    });
    expect(results.at(-1)?.graph.nodes.map((n) => n.id)).toEqual(['Service/default/abc']);
  });
});

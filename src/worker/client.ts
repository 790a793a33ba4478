import type { SniAnswer, SourceFile, StatusItem } from '../core';
import type { CertificateOrder, FileEdits } from './issue-certificates';
import { DeltaDecoder } from './delta';
import { PartJoiner } from './parts';
import { TextSender } from './text-sync';
import type { TextEdit } from './text-sync';
import type { WorkerMessage, WorkerRequest, WorkerResponse, WorkspaceResult } from './protocol';

export type WorkerState = 'starting' | 'ready' | 'restarting' | 'in-process';

/** The selected graph node, and where its text started (to follow it when renamed). */
export interface Focus {
  readonly id: string;
  readonly at?: { readonly file: string; readonly offset: number };
}

export interface ClientEvents {
  /** A result for the newest revision asked for (older ones are dropped here, in one place). */
  onResult(result: WorkspaceResult): void;
  onState(state: WorkerState, message?: string): void;
  /**
   * The page's clock (src/ui/clock.ts): the instant certificates are judged at, and what
   * relative validity (`+12d`) counts from. The worker never reads a clock of its own.
   */
  now(): Date;
}

type Pending = {
  resolve: (r: WorkerResponse) => void;
  request: WorkerRequest;
  /** An analyze request's files, whole (to send again to a new worker). */
  files?: readonly SourceFile[];
};

/**
 * The main thread's way to the resolver. Sends the workspace with a revision; only the result
 * of the newest revision is delivered. If the worker dies or cannot start it is restarted
 * once, then the resolver runs in-process (lazily loaded), so no text is ever lost.
 */
export class ResolverClient {
  private worker?: Worker;
  private inProcess?: Promise<{
    respond(r: WorkerRequest): WorkerResponse | Promise<WorkerResponse>;
  }>;
  private nextId = 1;
  private newest = 0;
  private pending = new Map<number, Pending>();
  private restarts = 0;
  private readonly joiner = new PartJoiner();
  private readonly decoder = new DeltaDecoder();
  private readonly texts = new TextSender();
  /** At most one analysis in flight; the newest request waits here (older ones are skipped). */
  private busy = false;
  private queued?: { files: readonly SourceFile[]; revision: number; focus?: Focus };

  /** Responses read but not yet handed on (see `splitAfterMs`), in the order they came. */
  private later?: WorkerResponse[];

  constructor(
    private readonly events: ClientEvents,
    private readonly createWorker: () => Worker = () =>
      new Worker(new URL('./resolver.worker.ts', import.meta.url), { type: 'module' }),
    /**
     * A response that took longer than this to read is handed on in a task of its own, so that
     * reading a large result and what the page does with it are not one long task.
     */
    private readonly splitAfterMs = 8,
  ) {
    this.start();
  }

  private start(): void {
    try {
      const w = this.createWorker();
      w.onmessage = (e: MessageEvent<WorkerMessage>) => {
        const response = this.joiner.take(e.data);
        if (!response) return;
        const started = performance.now();
        let decoded: WorkerResponse;
        try {
          decoded = this.decoder.decode(response);
        } catch (error) {
          // Out of step with the worker: start it again, which sends everything anew.
          this.fail(error instanceof Error ? error.message : String(error));
          return;
        }
        if (this.later) this.later.push(decoded);
        else if (performance.now() - started < this.splitAfterMs) this.receive(decoded);
        else {
          this.later = [decoded];
          setTimeout(() => {
            const list = this.later ?? [];
            this.later = undefined;
            for (const r of list) this.receive(r);
          });
        }
      };
      w.onerror = (e) => {
        e.preventDefault?.();
        this.fail(e.message || 'the resolver worker stopped');
      };
      w.onmessageerror = () => this.fail('a message from the resolver worker could not be read');
      this.worker = w;
      this.events.onState(this.restarts ? 'restarting' : 'starting');
    } catch (e) {
      this.fallBack(e instanceof Error ? e.message : String(e));
    }
  }

  private fail(message: string): void {
    this.worker?.terminate();
    this.worker = undefined;
    this.joiner.clear();
    this.decoder.reset();
    this.texts.reset();
    this.later = undefined; // their requests are still pending: they are sent again below
    if (this.restarts < 1) {
      this.restarts++;
      this.start();
      this.events.onState('restarting', message);
    } else this.fallBack(message);
    // Re-send what was in flight, so the newest text is analysed.
    const inFlight = [...this.pending.values()];
    this.pending.clear();
    for (const p of inFlight) {
      const request =
        p.request.type === 'analyze' && p.files
          ? { ...p.request, files: this.texts.wire(p.files) }
          : p.request;
      this.send(request, p.files).then(p.resolve);
    }
  }

  private fallBack(message: string): void {
    this.worker = undefined;
    this.inProcess ??= import('./host').then((m) => new m.WorkspaceHost());
    this.events.onState('in-process', message);
  }

  private receive(r: WorkerResponse): void {
    const p = this.pending.get(r.id);
    this.pending.delete(r.id);
    if (p) {
      if (this.events && r.type !== 'error') this.events.onState('ready');
      p.resolve(r);
    }
  }

  private send(request: WorkerRequest, files?: readonly SourceFile[]): Promise<WorkerResponse> {
    if (this.worker) {
      const w = this.worker;
      return new Promise((resolve) => {
        this.pending.set(request.id, { resolve, request, ...(files ? { files } : {}) });
        w.postMessage(request);
      });
    }
    return (this.inProcess ?? Promise.reject(new Error('no resolver'))).then((h) =>
      h.respond(request),
    );
  }

  /**
   * Analyses a revision of the workspace; the result arrives through `onResult` if still newest.
   * `focus` is the graph node whose object's status the result should carry.
   */
  analyze(files: readonly SourceFile[], revision: number, focus?: Focus): void {
    this.newest = Math.max(this.newest, revision);
    if (this.busy) {
      this.queued = { files, revision, focus };
      return;
    }
    this.busy = true;
    const request: WorkerRequest = {
      type: 'analyze',
      id: this.nextId++,
      revision,
      files: this.texts.wire(files),
      now: this.events.now().toISOString(),
      ...(focus ? { focus: focus.id } : {}),
      ...(focus?.at ? { focusAt: focus.at } : {}),
    };
    void this.send(request, files).then((r) => {
      this.busy = false;
      if (r.type === 'analysis' && r.result.revision === this.newest)
        this.events.onResult(r.result);
      else if (r.type === 'error' && r.resend) {
        // The worker lacks a text this request changed: everything goes whole once.
        this.texts.reset();
        this.queued ??= { files, revision, focus };
      } else if (r.type === 'error')
        this.events.onState(this.worker ? 'ready' : 'in-process', r.message);
      const q = this.queued;
      this.queued = undefined;
      if (q) this.analyze(q.files, q.revision, q.focus);
    });
  }

  /** The editor tells how a file became another: the next request sends only that. */
  edited(before: SourceFile, after: SourceFile, edit: TextEdit): void {
    this.texts.edited(before, after, edit);
  }

  /** The status of a graph node's object, from the newest analysis, with its revision. */
  async status(
    focus: string,
  ): Promise<{ revision: number; status: readonly StatusItem[]; focusSource?: string }> {
    const r = await this.send({ type: 'status', id: this.nextId++, revision: this.newest, focus });
    return r.type === 'status' ? r : { revision: -1, status: [] };
  }

  async sni(
    gateway: { namespace: string; name: string },
    port: number,
    host: string,
  ): Promise<SniAnswer | null> {
    const r = await this.send({
      type: 'sni',
      id: this.nextId++,
      revision: this.newest,
      gateway,
      port,
      host,
    });
    return r.type === 'sni' ? r.answer : null;
  }

  /**
   * Makes certificates and private keys in the worker (WebCrypto) for Secrets of `files`, valid
   * as ordered relative to the page's clock; answers with the edits that write them in.
   */
  async issue(
    files: readonly SourceFile[],
    certificates: readonly CertificateOrder[],
  ): Promise<FileEdits[]> {
    const r = await this.send({
      type: 'issue',
      id: this.nextId++,
      files,
      certificates,
      now: this.events.now().toISOString(),
    });
    if (r.type === 'issued') return [...r.files];
    throw new Error(r.type === 'error' ? r.message : `unexpected answer ${r.type}`);
  }

  dispose(): void {
    this.worker?.terminate();
  }
}

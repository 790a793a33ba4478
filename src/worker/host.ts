import { Analyzer } from '../core';
import type { Analysis, SourceFile } from '../core';
import { followFocus, sourceOf, statusOf } from './focus';
import { issueCertificates } from './issue-certificates';
import type { WorkerRequest, WorkerResponse } from './protocol';
import { OutOfStep, TextReceiver } from './text-sync';

/**
 * Certificate expiry is judged to the minute: what depends on the clock alone (the serving
 * map's expiry states, certificate findings) is then reused from one keystroke to the next
 * instead of being computed again because a few milliseconds passed.
 */
function toTheMinute(iso: string): Date {
  const t = Date.parse(iso);
  return new Date(Number.isNaN(t) ? Number.NaN : t - (t % 60_000));
}

/** `{ [key]: value }`, or nothing when the value is undefined. */
function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

/** The requests answered at once (`issue` waits for WebCrypto: see `WorkspaceHost.issue`). */
export type SyncRequest = Exclude<WorkerRequest, { type: 'issue' }>;
export type IssueRequest = Extract<WorkerRequest, { type: 'issue' }>;

/**
 * The resolver behind the worker boundary: keeps one incremental Analyzer, answers requests.
 * Runs in the Web Worker, or in-process when no worker can start.
 */
export class WorkspaceHost {
  private readonly analyzer = new Analyzer();
  private latest?: { revision: number; analysis: Analysis; files: readonly SourceFile[] };
  private readonly texts = new TextReceiver();

  /** Answers any request: at once, or (certificates) once made. */
  respond(request: WorkerRequest): WorkerResponse | Promise<WorkerResponse> {
    return request.type === 'issue' ? this.issue(request) : this.handle(request);
  }

  /** Makes certificates and keys and answers with the edits that write them into their Secrets. */
  async issue(request: IssueRequest): Promise<WorkerResponse> {
    try {
      const files = await issueCertificates(
        request.files,
        request.certificates,
        new Date(request.now),
      );
      return { type: 'issued', id: request.id, files };
    } catch (e) {
      return { type: 'error', id: request.id, message: e instanceof Error ? e.message : String(e) };
    }
  }

  handle(request: SyncRequest): WorkerResponse {
    try {
      switch (request.type) {
        case 'analyze': {
          const t = performance.now();
          const { files, changes } = this.texts.receive(request.files);
          const now = toTheMinute(request.now);
          const analysis = this.analyzer.analyze(files, {
            now,
            keepLastGood: true,
            changes,
          });
          this.latest = { revision: request.revision, analysis, files };
          const focus = followFocus(analysis.graph().nodes, request.focus, request.focusAt);
          return {
            type: 'analysis',
            id: request.id,
            result: {
              revision: request.revision,
              graph: analysis.graph(),
              diagnostics: analysis.diagnostics,
              serving: analysis.serving,
              status: statusOf(analysis.status, focus),
              ...optional('focus', focus),
              ...optional('focusSource', sourceOf(files, analysis.graph().nodes, focus)),
              objectCount: analysis.objects.length,
              certificates: analysis.certificates(),
              analyzeMs: performance.now() - t,
              now: Number.isNaN(now.getTime()) ? request.now : now.toISOString(),
            },
          };
        }
        case 'status': {
          const latest = this.latest;
          const status = statusOf(latest?.analysis.status ?? [], request.focus);
          const revision = latest?.revision ?? -1;
          const focusSource =
            latest && sourceOf(latest.files, latest.analysis.graph().nodes, request.focus);
          return {
            type: 'status',
            id: request.id,
            revision,
            focus: request.focus,
            status,
            ...optional('focusSource', focusSource),
          };
        }
        case 'sni': {
          const answer =
            this.latest?.analysis.sni(request.gateway, request.port, request.host) ?? null;
          return { type: 'sni', id: request.id, revision: this.latest?.revision ?? -1, answer };
        }
      }
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      return {
        type: 'error',
        id: request.id,
        message,
        ...(e instanceof OutOfStep ? { resend: true as const } : {}),
      };
    }
  }
}

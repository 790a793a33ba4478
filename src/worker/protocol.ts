/**
 * Messages between the UI and the resolver worker. Only plain JSON crosses: the same results
 * the CLI prints and the tests compare.
 */
import type {
  Diagnostic,
  SourceFile,
  Graph,
  SecretCertificate,
  ServingMap,
  SniAnswer,
  StatusItem,
} from '../core';
import type { ResultDelta } from './delta';
import type { CertificateOrder, FileEdits } from './issue-certificates';
import type { ListPath } from './result-lists';
import type { WireFile } from './text-sync';

export interface WorkspaceResult {
  readonly revision: number;
  readonly graph: Graph;
  readonly diagnostics: readonly Diagnostic[];
  readonly serving: ServingMap;
  /**
   * The computed status of the focused object only (what the Inspector shows): the status of
   * every object is large, and `gwtls status` prints it all. Empty without a focus.
   */
  readonly status: readonly StatusItem[];
  /**
   * The graph node whose object's status `status` holds: the focus asked for, or, when an
   * edit renamed it, the node of the same kind now where its text starts (see `focusAt`).
   */
  readonly focus?: string;
  /** The focused node's text, from the start of its first line (the Inspector shows it). */
  readonly focusSource?: string;
  /** How many objects the workspace holds (the objects themselves stay in the worker). */
  readonly objectCount: number;
  readonly certificates: readonly SecretCertificate[];
  /** Milliseconds the worker spent analysing. */
  readonly analyzeMs: number;
  /** The instant certificate validity was judged at (ISO 8601), as the request gave it. */
  readonly now: string;
  /** Made ahead of time (at build), shown until the worker answers for the same text. */
  readonly ahead?: true;
}

export type WorkerRequest =
  | {
      readonly type: 'analyze';
      readonly id: number;
      readonly revision: number;
      /** Whole, or as edits of the texts sent before (see text-sync.ts). */
      readonly files: readonly WireFile[];
      /** The page's clock (src/ui/clock.ts): the worker never reads one. */
      readonly now: string;
      /** A graph node whose object's status to include (see `WorkspaceResult.status`). */
      readonly focus?: string;
      /** Where the focused node's text started: typing its name renames it, and it is followed. */
      readonly focusAt?: { readonly file: string; readonly offset: number };
    }
  | {
      readonly type: 'status';
      readonly id: number;
      readonly revision: number;
      readonly focus: string;
    }
  | {
      readonly type: 'sni';
      readonly id: number;
      readonly revision: number;
      readonly gateway: { readonly namespace: string; readonly name: string };
      readonly port: number;
      readonly host: string;
    }
  | {
      /** Make certificates and keys (WebCrypto) and write them into their Secrets. */
      readonly type: 'issue';
      readonly id: number;
      readonly files: readonly SourceFile[];
      readonly certificates: readonly CertificateOrder[];
      /** What relative validity instants (`+12d`) count from: the page's clock. */
      readonly now: string;
    };

export type WorkerResponse =
  | {
      readonly type: 'analysis';
      readonly id: number;
      readonly result: WorkspaceResult;
      /** Its long lists came ahead in `part` messages (see parts.ts). */
      readonly sliced?: true;
      /** The result's lists hold only what changed since the previous result (see delta.ts). */
      readonly delta?: ResultDelta;
    }
  | {
      readonly type: 'sni';
      readonly id: number;
      readonly revision: number;
      readonly answer: SniAnswer | null;
    }
  | {
      readonly type: 'issued';
      readonly id: number;
      readonly files: readonly FileEdits[];
    }
  | {
      readonly type: 'status';
      readonly id: number;
      /** The revision of the analysis the status comes from. */
      readonly revision: number;
      readonly focus: string;
      readonly status: readonly StatusItem[];
      /** As `WorkspaceResult.focusSource`. */
      readonly focusSource?: string;
    }
  | {
      readonly type: 'error';
      readonly id: number;
      readonly message: string;
      /** The worker lacks a text the request changed: send the files whole. */
      readonly resend?: true;
    };

/** What the worker posts: responses, and slices of long lists ahead of their response. */
export type WorkerMessage =
  | WorkerResponse
  | {
      readonly type: 'part';
      readonly id: number;
      readonly path: ListPath;
      readonly items: readonly unknown[];
    };

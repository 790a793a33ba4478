/**
 * Messages between the UI and the resolver worker. Only plain JSON crosses: the same results
 * the CLI prints and the tests compare.
 */
import type {
  Diagnostic,
  Graph,
  ObjectInfo,
  SecretCertificate,
  ServingMap,
  SniAnswer,
  SourceFile,
  StatusItem,
} from '../core';

export interface WorkspaceResult {
  readonly revision: number;
  readonly graph: Graph;
  readonly diagnostics: readonly Diagnostic[];
  readonly serving: ServingMap;
  readonly status: readonly StatusItem[];
  readonly objects: readonly ObjectInfo[];
  readonly certificates: readonly SecretCertificate[];
  /** Milliseconds the worker spent analysing. */
  readonly analyzeMs: number;
}

export type WorkerRequest =
  | {
      readonly type: 'analyze';
      readonly id: number;
      readonly revision: number;
      readonly files: readonly SourceFile[];
      readonly now: string;
    }
  | {
      readonly type: 'sni';
      readonly id: number;
      readonly revision: number;
      readonly gateway: { readonly namespace: string; readonly name: string };
      readonly port: number;
      readonly host: string;
    };

export type WorkerResponse =
  | { readonly type: 'analysis'; readonly id: number; readonly result: WorkspaceResult }
  | {
      readonly type: 'sni';
      readonly id: number;
      readonly revision: number;
      readonly answer: SniAnswer | null;
    }
  | { readonly type: 'error'; readonly id: number; readonly message: string };

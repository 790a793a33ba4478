/**
 * Starts monaco-yaml's language worker with its service asked one document at a time
 * (`document-service.ts`). Vite resolves monaco-yaml's own `monaco-worker-manager/worker`
 * import to this module (see vite.config.ts), which starts Monaco's worker the way that one
 * does, around the service it is given.
 */
import { initialize as startEditorWorker } from 'monaco-editor/esm/vs/editor/editor.worker.js';
import { byDocument } from './document-service';
import type { CreateService, WorkerContext } from './document-service';

export function initialize(create: CreateService): void {
  self.onmessage = () => {
    startEditorWorker((ctx, createData) =>
      Object.create(byDocument(ctx as WorkerContext, createData, create)),
    );
  };
}

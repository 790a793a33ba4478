import { DeltaEncoder } from './delta';
import { WorkspaceHost } from './host';
import { toPosts } from './parts';
import type { WorkerRequest } from './protocol';

const host = new WorkspaceHost();
const encoder = new DeltaEncoder();
self.onmessage = (e: MessageEvent<WorkerRequest>) => {
  for (const [message, transfer] of toPosts(encoder.encode(host.handle(e.data))))
    self.postMessage(message, transfer);
};

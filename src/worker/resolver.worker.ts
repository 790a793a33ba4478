import { WorkspaceHost } from './host';
import { toMessages } from './parts';
import type { WorkerRequest } from './protocol';

const host = new WorkspaceHost();
self.onmessage = (e: MessageEvent<WorkerRequest>) => {
  for (const message of toMessages(host.handle(e.data))) self.postMessage(message);
};

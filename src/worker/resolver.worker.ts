import { DeltaEncoder, transferables } from './delta';
import { WorkspaceHost } from './host';
import { toMessages } from './parts';
import type { WorkerRequest } from './protocol';

const host = new WorkspaceHost();
const encoder = new DeltaEncoder();
self.onmessage = (e: MessageEvent<WorkerRequest>) => {
  const response = encoder.encode(host.handle(e.data));
  const messages = toMessages(response);
  messages.forEach((message, i) =>
    self.postMessage(message, i === messages.length - 1 ? transferables(response) : []),
  );
};

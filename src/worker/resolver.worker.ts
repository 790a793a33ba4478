import { DeltaEncoder } from './delta';
import { WorkspaceHost } from './host';
import { toPosts } from './parts';
import type { WorkerRequest } from './protocol';

const host = new WorkspaceHost();
const encoder = new DeltaEncoder();
self.onmessage = (e: MessageEvent<WorkerRequest>) => {
  const request = e.data;
  // Certificates wait for WebCrypto; their answer carries no analysis, so it skips the encoder.
  if (request.type === 'issue') void host.issue(request).then((r) => self.postMessage(r));
  else
    for (const [message, transfer] of toPosts(encoder.encode(host.handle(request))))
      self.postMessage(message, transfer);
};

import { WorkspaceHost } from './host';
import type { WorkerRequest } from './protocol';

const host = new WorkspaceHost();
self.onmessage = (e: MessageEvent<WorkerRequest>) => self.postMessage(host.handle(e.data));

import { parentPort, workerData } from 'node:worker_threads';
import { createSandbox } from '../../src/sandbox/sandbox.ts';
import { startSandboxServer } from '../../src/sandbox/server.ts';
import { viewState } from '../e2e/snapshot-state.ts';
import type { ThreadRequest, ThreadSettings } from './sandbox-thread.ts';

// The worker side of sandbox-thread.ts: one sandbox served over HTTP on this thread's own event loop,
// answering the test's questions about its state by message.

const settings = workerData as ThreadSettings;
const sandbox = createSandbox({ seed: settings.seed, rateLimit: 1_000_000 });
const server = await startSandboxServer({
  port: 0,
  sandbox,
  keepAliveTimeoutMs: settings.keepAliveTimeoutMs,
});
const port = parentPort;
if (!port) throw new Error('sandbox-thread-entry.ts runs only as a worker thread');
port.on('message', (message: ThreadRequest) => {
  if (message.kind === 'view') port.postMessage({ id: message.id, value: viewState(sandbox) });
  else if (message.kind === 'requests')
    port.postMessage({ id: message.id, value: sandbox.requests.entries() });
  else void server.close().then(() => port.postMessage({ id: message.id, value: null }));
});
port.postMessage({ id: 0, value: server.url });

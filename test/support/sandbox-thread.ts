import { Worker } from 'node:worker_threads';
import type { RequestLogEntry } from '../../src/sandbox/request-log.ts';
import type { StateView } from '../e2e/snapshot-state.ts';

// A sandbox served over real HTTP from its own thread. In the test's own thread the server would stop
// whenever the client stalls; on its own event loop it goes on closing idle connections on time, as a
// real server does while a client is blocked.

export interface ThreadSettings {
  seed: unknown;
  keepAliveTimeoutMs?: number;
}

export interface ThreadRequest {
  id: number;
  kind: 'view' | 'requests' | 'close';
}

export interface ThreadedSandbox {
  url: string;
  view(): Promise<StateView>;
  requests(): Promise<RequestLogEntry[]>;
  close(): Promise<void>;
}

const ENTRY = new URL('./sandbox-thread-entry.ts', import.meta.url).href;

export async function serveInThread(settings: ThreadSettings): Promise<ThreadedSandbox> {
  // Workers load plain JavaScript; tsx compiles the TypeScript entry, as bin/review-sync does.
  const bootstrap = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(ENTRY)}); })`;
  const worker = new Worker(bootstrap, { eval: true, workerData: settings });
  const waiting = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  let failure: Error | null = null;
  worker.on('message', (message: { id: number; value: unknown }) => {
    waiting.get(message.id)?.resolve(message.value);
    waiting.delete(message.id);
  });
  worker.on('error', (error) => {
    failure = error;
    for (const pending of waiting.values()) pending.reject(error);
    waiting.clear();
  });
  let next = 0;
  const ask = <T>(kind: ThreadRequest['kind'] | 'start'): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      if (failure) return reject(failure);
      // The thread announces its URL unasked, as message 0.
      const id = kind === 'start' ? 0 : ++next;
      waiting.set(id, { resolve: (value) => resolve(value as T), reject });
      if (kind !== 'start') worker.postMessage({ id, kind } satisfies ThreadRequest);
    });
  const url = await ask<string>('start');
  return {
    url,
    view: () => ask<StateView>('view'),
    requests: () => ask<RequestLogEntry[]>('requests'),
    close: async () => {
      await ask<null>('close');
      await worker.terminate();
    },
  };
}

import type { setupServer } from 'msw/node';
import type { SandboxSeed } from '../../src/sandbox/index.ts';
import { sandboxHandlers } from './sandbox-handlers.ts';
import { createSandbox, type Sandbox, type SandboxOptions } from '../../src/sandbox/index.ts';
import { createGoogleClients, type GoogleContext } from '../../src/google/clients.ts';
import { createGoogleQueue, type GoogleRequestStats } from '../../src/google/google-queue.ts';
import { createGoogleAuth } from '../../src/google/auth.ts';
import { useMswServer } from '../msw.ts';

// Test support for the Google sources: the sandbox behind msw (unhandled requests fail the test), and a
// context built exactly as a run builds it, through the real clients, with a sleep that records instead
// of waiting so retries stay instant.

export const ROOT_URL = 'http://sandbox.test';
export const TOKEN = 'sa-token';
export const ENV = { GOOGLE_OAUTH_ACCESS_TOKEN: TOKEN, GOOGLE_API_ROOT_URL: ROOT_URL };

export interface GoogleTestRig {
  sandbox: Sandbox;
  context: GoogleContext;
  stats: GoogleRequestStats;
  /** Every delay the queue asked to sleep, in ms. */
  sleeps: number[];
}

export interface RigOptions {
  token?: string;
  principal?: string;
  sandbox?: Omit<SandboxOptions, 'seed'>;
}

export interface GoogleSandboxKit {
  server: ReturnType<typeof setupServer>;
  /** A fresh sandbox with `seed` behind msw, and a context that reaches it with `token`. */
  start(seed: SandboxSeed, options?: RigOptions): Promise<GoogleTestRig>;
}

export function useGoogleSandbox(): GoogleSandboxKit {
  const server = useMswServer();
  return {
    server,
    async start(seed, { token = TOKEN, principal, sandbox: extra = {} } = {}) {
      const sandbox = createSandbox({ ...extra, seed });
      server.use(...sandboxHandlers(sandbox, ROOT_URL));
      const env = { ...ENV, GOOGLE_OAUTH_ACCESS_TOKEN: token };
      const credentials = await createGoogleAuth(env);
      const stats = { total: 0, retries: 0 };
      const sleeps: number[] = [];
      const queue = createGoogleQueue({
        stats,
        ...(principal === undefined ? {} : { principal }),
        sleep: (ms) => {
          sleeps.push(ms);
          return Promise.resolve();
        },
      });
      return {
        sandbox,
        stats,
        sleeps,
        context: { clients: createGoogleClients(credentials.client, env), queue },
      };
    },
  };
}

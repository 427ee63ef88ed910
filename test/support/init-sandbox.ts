import type { setupServer } from 'msw/node';
import type { InitOutput } from '../../src/init/run-init.ts';
import { createSandbox, type Sandbox } from '../../src/sandbox/index.ts';
import { sandboxHandlers } from './sandbox-handlers.ts';
import { useMswServer } from '../msw.ts';

// Test support for init: one sandbox serving Notion, Sheets and Forms on one host behind msw, the env a
// run would get, and an output that records lines.

export const ROOT = 'http://init-sandbox.test';
export const NOTION_TOKEN = 'secret_init_test_token';
export const GOOGLE_TOKEN = 'ya29.init-test-token';
export const PARENT = 'e1111111-1111-4111-8111-111111111111';
export const USERS = {
  ben: 'b3333333-3333-4333-8333-333333333333',
  linus: 'b2222222-2222-4222-8222-222222222222',
} as const;

export const ENV = {
  NOTION_TOKEN,
  NOTION_API_BASE_URL: ROOT,
  GOOGLE_OAUTH_ACCESS_TOKEN: GOOGLE_TOKEN,
  GOOGLE_API_ROOT_URL: `${ROOT}/`,
};

export function initSeed(extra: Record<string, unknown> = {}) {
  return {
    tokens: [NOTION_TOKEN, GOOGLE_TOKEN],
    notion: {
      users: [
        { id: USERS.ben, type: 'person', name: 'Ben Schmidt', person: { email: 'ben.schmidt@example.com' } },
        { id: USERS.linus, type: 'person', name: 'Linus Torvalds', person: { email: 'linus@example.com' } },
      ],
      pages: [{ id: PARENT, title: 'Performance reviews' }],
    },
    ...extra,
  };
}

export interface RecordingOutput extends InitOutput {
  lines: string[];
}

export function recordingOutput(): RecordingOutput {
  const lines: string[] = [];
  return { lines, info: (line) => lines.push(line) };
}

export interface InitSandboxKit {
  server: ReturnType<typeof setupServer>;
  /** A fresh sandbox behind msw; handlers added later win, so a second start replaces the first. */
  start(seed?: unknown): Sandbox;
}

export function useInitSandbox(): InitSandboxKit {
  const server = useMswServer();
  return {
    server,
    start(seed = initSeed()) {
      const sandbox = createSandbox({ seed, rateLimit: 100_000 });
      server.use(...sandboxHandlers(sandbox, ROOT));
      return sandbox;
    },
  };
}

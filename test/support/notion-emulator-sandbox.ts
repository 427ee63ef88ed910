import { Client } from '@notionhq/client';
import { sandboxHandlers } from './sandbox-handlers.ts';
import { createSandbox, type Sandbox, type SandboxOptions } from '../../src/sandbox/sandbox.ts';
import { useMswServer } from '../msw.ts';

/** Where clients are pointed in tests; msw answers for it, so nothing leaves the process. */
export const BASE_URL = 'http://sandbox.test';
export const TOKEN = 'secret_sandbox_test';

export const IDS = {
  bot: '11111111-1111-4111-8111-111111111111',
  ada: '22222222-2222-4222-8222-222222222222',
  linus: '33333333-3333-4333-8333-333333333333',
  database: '44444444-4444-4444-8444-444444444444',
  dataSource: '55555555-5555-4555-8555-555555555555',
  page: '66666666-6666-4666-8666-666666666666',
} as const;

/** A reviews data source with one property of each type the filters support. */
export const REVIEW_PROPERTIES = {
  Name: { type: 'title', title: {} },
  Notes: { type: 'rich_text', rich_text: {} },
  Cycle: { type: 'select', select: { options: [{ name: '2026-H1' }, { name: '2026-H2' }] } },
  Stage: {
    type: 'status',
    status: { options: [{ name: 'Not started' }, { name: 'Self-assessment' }, { name: 'Completed' }] },
  },
  Calibrated: { type: 'checkbox', checkbox: {} },
  Score: { type: 'number', number: { format: 'number' } },
  Due: { type: 'date', date: {} },
  Reviewee: { type: 'people', people: {} },
  Goals: { type: 'relation', relation: { data_source_id: IDS.dataSource } },
  Email: { type: 'email', email: {} },
};

export { title } from './notion-values.ts';

export function reviewSeed(pages: unknown[] = []): Record<string, unknown> {
  return {
    notion: {
      users: [
        { object: 'user', id: IDS.bot, type: 'bot', name: 'review-sync', bot: {} },
        {
          object: 'user',
          id: IDS.ada,
          type: 'person',
          name: 'Ada Lovelace',
          person: { email: 'ada@example.com' },
        },
        {
          object: 'user',
          id: IDS.linus,
          type: 'person',
          name: 'Linus Torvalds',
          person: { email: 'linus@example.com' },
        },
      ],
      databases: [
        {
          id: IDS.database,
          title: 'Reviews',
          dataSources: [{ id: IDS.dataSource, title: 'Reviews', properties: REVIEW_PROPERTIES, pages }],
        },
      ],
    },
  };
}

export interface NotionHarness {
  install(options?: SandboxOptions): Sandbox;
  client(options?: {
    retry?: false | { maxRetries?: number };
    auth?: string;
    notionVersion?: string;
  }): Client;
}

/** msw in front of a fresh sandbox per test, with the real SDK pointed at it. */
export function useNotionHarness(): NotionHarness {
  const server = useMswServer();
  return {
    install(options = {}) {
      const sandbox = createSandbox({ seed: reviewSeed(), ...options });
      server.use(...sandboxHandlers(sandbox, BASE_URL));
      return sandbox;
    },
    client(options = {}) {
      return new Client({
        auth: options.auth ?? TOKEN,
        baseUrl: BASE_URL,
        ...(options.notionVersion === undefined ? {} : { notionVersion: options.notionVersion }),
        // Resolved at call time so msw's patched fetch is the one used.
        fetch: (...args) => globalThis.fetch(...args),
        retry: options.retry ?? false,
        logLevel: undefined,
        logger: () => undefined,
      });
    },
  };
}

import { readFile } from 'node:fs/promises';
import { isAbsolute } from 'node:path';
import { parse, stringify } from 'yaml';
import { createSandbox, type Sandbox, type SandboxSeed } from '../../src/sandbox/index.ts';
import { sandboxHandlers } from './sandbox-handlers.ts';
import type { FormItemSeed, FormSeed } from '../../src/sandbox/google/forms-seed-schema.ts';
import type { SheetSeed } from '../../src/sandbox/google/sheets-seed-schema.ts';
import { runDoctor, type DoctorOptions, type DoctorResult } from '../../src/doctor/run-doctor.ts';
import { useMswServer } from '../msw.ts';

// Test support only: the demo set-up (demo/seed.json and demo/review-sync.yaml) plus a sheet and a form
// laid out like the demo's CSV export, served by one sandbox behind msw, and doctor run against it.

export const ROOT_URL = 'http://doctor-sandbox.test';
export const TOKEN = 'secret_doctor_test';
export const SHEET_ID = 'demo-sheet-0001';
export const FORM_ID = 'demo-form-0001';
export const ENV = {
  NOTION_TOKEN: TOKEN,
  NOTION_API_BASE_URL: ROOT_URL,
  GOOGLE_OAUTH_ACCESS_TOKEN: TOKEN,
  GOOGLE_API_ROOT_URL: ROOT_URL,
};

const repoFile = (path: string) => readFile(new URL(`../../${path}`, import.meta.url), 'utf8');

/** The demo CSV's header row: the headers the demo config's fields and questions name. */
export async function demoHeaders(): Promise<string[]> {
  const [first = ''] = (await repoFile('demo/responses.csv')).split('\n');
  return first.split(',').map((cell) => cell.trim().replace(/^"|"$/g, ''));
}

export function sheetSeed(headers: string[]): SheetSeed {
  return {
    spreadsheetId: SHEET_ID,
    timeZone: 'Europe/Berlin',
    sheets: [{ title: 'Form Responses 1', values: [headers] }],
  };
}

/** A form whose questions are the headers after Timestamp and Email Address; `[CODE]` ones are 1–5 scales. */
export function formSeed(headers: string[]): FormSeed {
  const items: FormItemSeed[] = headers.slice(2).map((title, i) => {
    const questionId = String(10_000_001 + i);
    const rating = /\[[A-Z]+\]$/.test(title) && !title.startsWith('Comments');
    return {
      title,
      questionItem: {
        question: rating
          ? { questionId, scaleQuestion: { low: 1, high: 5 } }
          : { questionId, textQuestion: {} },
      },
    };
  });
  return {
    formId: FORM_ID,
    info: { title: '360 feedback 2026-H2' },
    settings: { emailCollectionType: 'VERIFIED' },
    items,
    responses: [],
  };
}

interface DataSourceSeed {
  properties: Record<string, unknown>;
  pages: { properties: Record<string, unknown> }[];
}

export interface DemoSetup {
  seed: SandboxSeed & { notion: { databases: { dataSources: DataSourceSeed[] }[] } };
  config: Record<string, unknown>;
}

/** The demo seed with a sheet and a form added, and the demo config reading all three sources. */
export async function demoSetup(): Promise<DemoSetup> {
  const headers = await demoHeaders();
  const seed = JSON.parse(await repoFile('demo/seed.json')) as DemoSetup['seed'];
  const config = parse(await repoFile('demo/review-sync.yaml')) as Record<string, unknown>;
  const notion = config.notion as Record<string, unknown>;
  // The demo holds Notion's real 3 requests a second; a test has no reason to wait.
  notion.requestsPerSecond = 50;
  const csv = (config.sources as Record<string, unknown>[])[0];
  config.sources = [
    csv,
    { type: 'sheet', name: 'Demo sheet', spreadsheet: SHEET_ID, fields: { comment: headers.at(-1) } },
    { type: 'form', name: 'Demo form', form: FORM_ID, fields: { comment: headers.at(-1) } },
  ];
  return {
    seed: { ...seed, tokens: [TOKEN], sheets: [sheetSeed(headers)], forms: [formSeed(headers)] },
    config,
  };
}

/** The review data source's properties in a demo seed, to break on purpose. */
export function reviewProperties(setup: DemoSetup): Record<string, unknown> {
  const properties = setup.seed.notion.databases[0]?.dataSources[0]?.properties;
  if (!properties) throw new Error('the demo seed has no reviews data source');
  return properties;
}

/** The review pages of a demo seed, to keep them consistent with a changed schema. */
export function reviewPages(setup: DemoSetup): DataSourceSeed['pages'] {
  return setup.seed.notion.databases[0]?.dataSources[0]?.pages ?? [];
}

export interface DoctorKit {
  run(
    setup: DemoSetup,
    env?: Record<string, string | undefined>,
    extra?: Pick<DoctorOptions, 'writeCheck'>,
  ): Promise<DoctorResult & { sandbox: Sandbox }>;
}

export function useDoctorSandbox(): DoctorKit {
  const server = useMswServer();
  return {
    async run(setup, env = ENV, extra = {}) {
      const sandbox = createSandbox({ seed: setup.seed, rateLimit: 100_000 });
      server.use(...sandboxHandlers(sandbox, ROOT_URL));
      const result = await runDoctor({
        // Relative paths in config resolve against its directory, as with the demo's own file.
        configPath: 'demo/review-sync.yaml',
        env,
        readConfig: () => Promise.resolve(stringify(setup.config)),
        readText: (path) => (isAbsolute(path) ? readFile(path, 'utf8') : repoFile(path)),
        notionOverrides: { sleep: () => Promise.resolve(), maxAttempts: 1 },
        googleSleep: () => Promise.resolve(),
        ...extra,
      });
      return { ...result, sandbox };
    },
  };
}

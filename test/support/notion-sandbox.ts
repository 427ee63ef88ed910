import { createSandbox, type Sandbox } from '../../src/sandbox/index.ts';
import { sandboxHandlers } from './sandbox-handlers.ts';
import type { RequestLogEntry } from '../../src/sandbox/index.ts';
import { createNotionGateway, type NotionGateway } from '../../src/notion/gateway.ts';
import { useMswServer } from '../msw.ts';
import { title } from './notion-values.ts';
import { DEFAULT_STAGE_NAMES } from '../../src/core/workflow/stages.ts';

// Test support only: a sandbox behind msw, a gateway pointed at it, and a seed with the three data
// sources under the default property names of the config schema.

export const BASE_URL = 'http://notion-sandbox.test';
export const TOKEN = 'secret_notion_adapter_test';

export const N = (n: number) => `a0000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
export const IDS = {
  ada: 'b1111111-1111-4111-8111-111111111111',
  linus: 'b2222222-2222-4222-8222-222222222222',
  reviewsDb: 'c1111111-1111-4111-8111-111111111111',
  reviewsDs: 'd1111111-1111-4111-8111-111111111111',
  goalsDb: 'c2222222-2222-4222-8222-222222222222',
  goalsDs: 'd2222222-2222-4222-8222-222222222222',
  itemsDb: 'c3333333-3333-4333-8333-333333333333',
  itemsDs: 'd3333333-3333-4333-8333-333333333333',
  requestsDb: 'c4444444-4444-4444-8444-444444444444',
  requestsDs: 'd4444444-4444-4444-8444-444444444444',
} as const;

const options = (names: string[]) => ({ options: names.map((name) => ({ name })) });
// The default option names, as `review-sync init` creates them.
const STAGES = Object.values(DEFAULT_STAGE_NAMES);

export function reviewProperties(stageType: 'status' | 'select' = 'status') {
  return {
    Name: { type: 'title', title: {} },
    Reviewee: { type: 'people', people: {} },
    Manager: { type: 'people', people: {} },
    Cycle: { type: 'select', select: options(['2026-H1', '2026-H2']) },
    Stage: { type: stageType, [stageType]: options(STAGES) },
    Calibrated: { type: 'checkbox', checkbox: {} },
    Delivered: { type: 'checkbox', checkbox: {} },
    'Delivered on': { type: 'date', date: {} },
    'Self due': { type: 'date', date: {} },
    'Manager CQ': { type: 'number', number: {} },
    'Overall score': { type: 'number', number: {} },
    'Computed band': { type: 'select', select: options(['Meets expectations']) },
    'Peer responses': { type: 'number', number: {} },
    'Goals on track': { type: 'rich_text', rich_text: {} },
    'Last synced': { type: 'date', date: {} },
    'Sync notes': { type: 'rich_text', rich_text: {} },
    'Summary hash': { type: 'rich_text', rich_text: {} },
    'Code scores': { type: 'rich_text', rich_text: {} },
    'Final band': { type: 'select', select: options(['Meets expectations']) },
    'Summary block': { type: 'rich_text', rich_text: {} },
  };
}

export const GOAL_PROPERTIES = {
  Goal: { type: 'title', title: {} },
  Review: { type: 'relation', relation: { data_source_id: IDS.reviewsDs } },
  Competency: { type: 'select', select: options(['CQ', 'SD']) },
  Metric: { type: 'rich_text', rich_text: {} },
  Baseline: { type: 'number', number: {} },
  Target: { type: 'number', number: {} },
  Current: { type: 'number', number: {} },
  Start: { type: 'date', date: {} },
  Due: { type: 'date', date: {} },
  Progress: { type: 'number', number: {} },
  'Goal status': { type: 'select', select: options(['On track']) },
  Objective: { type: 'relation', relation: { data_source_id: IDS.reviewsDs } },
  Milestones: { type: 'rich_text', rich_text: {} },
};

export const ITEM_PROPERTIES = {
  Action: { type: 'title', title: {} },
  Review: { type: 'relation', relation: { data_source_id: IDS.reviewsDs } },
  Key: { type: 'rich_text', rich_text: {} },
  Kind: { type: 'select', select: options(['training']) },
  Competency: { type: 'select', select: options(['CQ']) },
  Due: { type: 'date', date: {} },
  Status: { type: 'select', select: options(['Not started', 'Done', 'Withdrawn']) },
  'Synced status': { type: 'rich_text', rich_text: {} },
};

/** The Feedback requests data source as `init --feedback-requests` creates it. */
export const REQUEST_PROPERTIES = {
  Request: { type: 'title', title: {} },
  Key: { type: 'rich_text', rich_text: {} },
  Peer: { type: 'people', people: {} },
  Review: { type: 'relation', relation: { data_source_id: IDS.reviewsDs } },
  Link: { type: 'url', url: {} },
  Due: { type: 'date', date: {} },
  Status: { type: 'select', select: options(['Requested', 'Answered', 'Withdrawn', 'Closed']) },
  Reminders: { type: 'rich_text', rich_text: {} },
};

export interface SeedInput {
  reviews?: unknown[];
  goals?: unknown[];
  items?: unknown[];
  stageType?: 'status' | 'select';
  extraUsers?: unknown[];
  /** Properties added to the Reviews data source's schema, such as Peers and Peers approved. */
  extraReviewProperties?: Record<string, unknown>;
  /** Rows of a Feedback requests data source; the data source exists only when this is given. */
  requests?: unknown[];
  /** Stand-alone pages, such as the parent of the cycle overview pages. */
  pages?: { id: string; title: string; parent?: { page_id: string }; children?: unknown[] }[];
}

export function seed(input: SeedInput = {}) {
  const db = (id: string, ds: string, title: string, properties: unknown, pages: unknown[] = []) => ({
    id,
    title,
    dataSources: [{ id: ds, title, properties, pages }],
  });
  return {
    tokens: [TOKEN],
    notion: {
      users: [
        { id: IDS.ada, type: 'person', name: 'Ada Lovelace', person: { email: 'ada@example.com' } },
        { id: IDS.linus, type: 'person', name: 'Linus Torvalds', person: { email: 'linus@example.com' } },
        ...(input.extraUsers ?? []),
      ],
      pages: input.pages ?? [],
      databases: [
        db(
          IDS.reviewsDb,
          IDS.reviewsDs,
          'Reviews',
          { ...reviewProperties(input.stageType), ...input.extraReviewProperties },
          input.reviews,
        ),
        db(IDS.goalsDb, IDS.goalsDs, 'Goals', GOAL_PROPERTIES, input.goals),
        db(IDS.itemsDb, IDS.itemsDs, 'Action items', ITEM_PROPERTIES, input.items),
        ...(input.requests
          ? [db(IDS.requestsDb, IDS.requestsDs, 'Feedback requests', REQUEST_PROPERTIES, input.requests)]
          : []),
      ],
    },
  };
}

export { title };

export function reviewPage(n: number, overrides: Record<string, unknown> = {}) {
  return {
    id: N(n),
    properties: {
      Name: title(`Review ${n}`),
      Reviewee: { people: [{ id: IDS.ada }] },
      Manager: { people: [{ id: IDS.linus }] },
      Cycle: { select: { name: '2026-H2' } },
      Stage: { status: { name: 'Self-assessment' } },
      ...overrides,
    },
  };
}

export interface AdapterHarness {
  install(input?: SeedInput): { sandbox: Sandbox; gw: NotionGateway };
}

export function useAdapterHarness(): AdapterHarness {
  const server = useMswServer();
  return {
    install(input = {}) {
      const sandbox = createSandbox({ seed: seed(input), rateLimit: 100_000 });
      server.use(...sandboxHandlers(sandbox, BASE_URL));
      const gw = createNotionGateway({
        token: TOKEN,
        baseUrl: BASE_URL,
        requestsPerSecond: 1000,
        sleep: () => Promise.resolve(),
      });
      return { sandbox, gw };
    },
  };
}

/** Requests that change something, for "writes nothing" and body assertions. */
export function writes(sandbox: Sandbox): RequestLogEntry[] {
  return sandbox.requests.entries().filter((e) => e.method !== 'GET' && !/\/query(\?|$)/.test(e.path));
}

/** The `filter_properties` a logged request asked for, in the order sent. */
export function filterPropertiesOf(entry: Pick<RequestLogEntry, 'path'>): string[] {
  return new URL(entry.path, BASE_URL).searchParams.getAll('filter_properties');
}

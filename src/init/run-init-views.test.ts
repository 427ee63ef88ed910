import type { APIResponseError } from '@notionhq/client';
import { Client } from '@notionhq/client';
import { describe, expect, it } from 'vitest';
import { makeConfig } from '../../test/support/config-builders.ts';
import {
  ENV,
  NOTION_TOKEN,
  PARENT,
  recordingOutput,
  ROOT,
  useInitSandbox,
} from '../../test/support/init-sandbox.ts';
import type { Sandbox } from '../sandbox/index.ts';
import { runInit, type InitResult } from './run-init.ts';

const kit = useInitSandbox();
const DUE = { selfAssessment: 'Self review due', managerEvaluation: 'Manager review due' };
const config = makeConfig({
  notion: { reviews: { database: 'pending', properties: { dueDates: DUE } }, requestsPerSecond: 50 },
});
const client = () => new Client({ auth: NOTION_TOKEN, baseUrl: ROOT, logger: () => undefined });

async function init(options: { config?: typeof config; viewsOnly?: boolean } = {}) {
  const output = recordingOutput();
  const result = await runInit({
    config: options.config ?? config,
    parent: PARENT,
    env: ENV,
    withForm: false,
    dryRun: false,
    force: false,
    output,
    ...(options.viewsOnly ? { viewsOnly: true } : {}),
  });
  return { result, output };
}

async function ids(dataSourceId: string): Promise<Record<string, string>> {
  const source = await client().dataSources.retrieve({ data_source_id: dataSourceId });
  return Object.fromEntries(Object.values(source.properties).map((p) => [p.name, p.id]));
}

const viewBodies = (sandbox: Sandbox) =>
  sandbox.requests
    .entries()
    .filter((e) => e.method === 'POST' && e.path === '/v1/views')
    .map((e) => e.body);

/** The config a later `init --views` reads: the databases init made. */
function madeConfig(result: InitResult, views: Record<string, string> = {}) {
  const db = (key: keyof InitResult['databases']) => result.databases[key]?.databaseId ?? '';
  return makeConfig({
    notion: {
      reviews: { database: db('reviews'), properties: { dueDates: DUE } },
      // By data source, so --views finds a database from either key.
      goals: { dataSource: result.databases.goals?.dataSourceId ?? '' },
      actionItems: { database: db('actionItems') },
      requestsPerSecond: 50,
      views: views,
    },
  });
}

describe('init creates the views', () => {
  it('sends the five views with their type, grouping, filter and sort', async () => {
    const sandbox = kit.start();
    const { result } = await init();
    const reviews = result.databases.reviews!;
    const goals = result.databases.goals!;
    const items = result.databases.actionItems!;
    const r = await ids(reviews.dataSourceId);
    const g = await ids(goals.dataSourceId);
    const a = await ids(items.dataSourceId);
    const on = (db: typeof reviews) => ({ database_id: db.databaseId, data_source_id: db.dataSourceId });
    const dueBranch = (stage: string, due: string) => ({
      and: [
        { property: r.Stage, select: { equals: stage } },
        { property: r[due], date: { before: 'today' } },
      ],
    });
    expect(viewBodies(sandbox)).toEqual([
      {
        ...on(reviews),
        name: 'By stage',
        type: 'board',
        configuration: {
          type: 'board',
          group_by: { type: 'select', property_id: r.Stage, sort: { type: 'manual' } },
        },
      },
      {
        ...on(reviews),
        name: 'By cycle',
        type: 'table',
        configuration: {
          type: 'table',
          group_by: { type: 'select', property_id: r.Cycle, sort: { type: 'manual' } },
        },
        sorts: [{ property: r.Manager, direction: 'ascending' }],
      },
      {
        ...on(reviews),
        name: 'Overdue',
        type: 'table',
        configuration: { type: 'table' },
        filter: {
          or: [
            dueBranch('Self-assessment', DUE.selfAssessment),
            dueBranch('Manager evaluation', DUE.managerEvaluation),
          ],
        },
      },
      {
        ...on(goals),
        name: 'By review',
        type: 'table',
        configuration: {
          type: 'table',
          group_by: { type: 'relation', property_id: g.Review, sort: { type: 'ascending' } },
        },
      },
      {
        ...on(items),
        name: 'By status',
        type: 'board',
        configuration: {
          type: 'board',
          group_by: { type: 'select', property_id: a.Status, sort: { type: 'manual' } },
        },
      },
    ]);
    expect(result.views.map((v) => v.name)).toEqual([
      'By stage',
      'By cycle',
      'Overdue',
      'By review',
      'By status',
    ]);
  });

  it('a second run with --views creates none, and adds only a view whose name is missing', async () => {
    const sandbox = kit.start();
    const { result } = await init();
    sandbox.requests.clear();
    const again = await init({ config: madeConfig(result), viewsOnly: true });
    expect(viewBodies(sandbox)).toEqual([]);
    expect(again.output.lines).toContain('Reviews: view "Overdue" already exists, left alone');
    expect(again.result.databases).toEqual(result.databases);

    const renamed = await init({ config: madeConfig(result, { overdue: 'Late' }), viewsOnly: true });
    expect(renamed.result.views.map((v) => v.name)).toEqual(['Late']);
  });

  it('skips the Overdue view, saying why, when no stage has a due-date property', async () => {
    kit.start();
    const plain = makeConfig({ notion: { reviews: { database: 'pending' }, requestsPerSecond: 50 } });
    const { result, output } = await init({ config: plain });
    expect(result.views.map((v) => v.name)).not.toContain('Overdue');
    expect(output.lines.some((l) => l.includes('view "Overdue" skipped'))).toBe(true);
  });
});

describe('the sandbox refuses a view naming a property the data source lacks', () => {
  async function refusal(body: Record<string, unknown>): Promise<APIResponseError> {
    const { result } = await init();
    const reviews = result.databases.reviews!;
    const params = {
      data_source_id: reviews.dataSourceId,
      database_id: reviews.databaseId,
      name: 'x',
      ...body,
    };
    return client()
      .views.create(params as unknown as Parameters<Client['views']['create']>[0])
      .then(
        () => {
          throw new Error('created');
        },
        (error: unknown) => error as APIResponseError,
      );
  }

  it.each([
    [
      'a group-by',
      {
        type: 'board',
        configuration: {
          type: 'board',
          group_by: { type: 'select', property_id: 'nope', sort: { type: 'manual' } },
        },
      },
    ],
    ['a filter', { type: 'table', filter: { property: 'nope', select: { equals: 'Feedback' } } }],
    ['a sort', { type: 'table', sorts: [{ property: 'nope', direction: 'ascending' }] }],
  ])('in %s: 400 validation_error naming it', async (_case, body) => {
    kit.start();
    const error = await refusal(body);
    expect([error.status, error.code]).toEqual([400, 'validation_error']);
    expect(error.message).toContain('nope');
  });
});

describe('the sandbox lists views', () => {
  it('by database or by data source, and refuses both or neither', async () => {
    kit.start();
    const { result } = await init();
    const goals = result.databases.goals!;
    const byDatabase = await client().views.list({ database_id: goals.databaseId });
    const bySource = await client().views.list({ data_source_id: goals.dataSourceId });
    expect(byDatabase.results).toEqual([{ object: 'view', id: result.views[3]?.viewId }]);
    expect(bySource.results).toEqual(byDatabase.results);
    const both = client().views.list({ database_id: goals.databaseId, data_source_id: goals.dataSourceId });
    await expect(both).rejects.toMatchObject({ status: 400, code: 'validation_error' });
  });
});

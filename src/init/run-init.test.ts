import { Client } from '@notionhq/client';
import { describe, expect, it } from 'vitest';
import { makeConfig } from '../../test/support/config-builders.ts';
import { ConfigError } from '../errors.ts';
import { runSync } from '../sync/run.ts';
import {
  ENV,
  NOTION_TOKEN,
  PARENT,
  recordingOutput,
  ROOT,
  USERS,
  useInitSandbox,
} from '../../test/support/init-sandbox.ts';
import { runInit, type InitResult } from './run-init.ts';

const kit = useInitSandbox();
const config = makeConfig({ notion: { reviews: { database: 'pending' }, requestsPerSecond: 50 } });
const NOW = new Date('2026-11-01T12:00:00Z');

// One self, three peers and the manager rate Ben low on CQ and SD, so the plan draws action items.
const CSV = [
  '"Timestamp","Email Address","Who are you reviewing?","Your relationship to them","Code quality [CQ]","System design [SD]","Collaboration [COL]"',
  '"2026/10/12 9:15:04 AM GMT+2","ben.schmidt@example.com","ben.schmidt@example.com","Self","2","2","4"',
  '"2026/10/20 4:02:51 PM GMT+2","carla@example.com","ben.schmidt@example.com","Backend peer","2","2","4"',
  '"2026/10/21 11:47:09 AM GMT+2","dmitri@example.com","ben.schmidt@example.com","QA engineer","2","N/A","4"',
  '"2026/10/22 10:00:00 AM GMT+2","erin@example.com","ben.schmidt@example.com","Product manager","2","2","5"',
  '"2026/10/25 10:00:00 AM GMT+2","linus@example.com","ben.schmidt@example.com","Manager","2","2","4"',
].join('\n');

const text = (content: string) => [{ text: { content } }];

async function init(extra: { force?: boolean; dryRun?: boolean; config?: typeof config } = {}) {
  const output = recordingOutput();
  const result = await runInit({
    config: extra.config ?? config,
    parent: `https://www.notion.so/acme/Performance-reviews-${PARENT.replace(/-/g, '')}`,
    env: ENV,
    withForm: false,
    dryRun: extra.dryRun ?? false,
    force: extra.force ?? false,
    output,
  });
  return { result, output };
}

function syncConfig(result: InitResult) {
  const db = (key: keyof InitResult['databases']) => result.databases[key]?.databaseId ?? '';
  const base = makeConfig();
  return makeConfig({
    // Items from Calibration on, so this one run shows that the new database takes them.
    actionPlan: { ...base.actionPlan, createFrom: 'calibration' },
    visibility: { ...base.visibility, actionPlan: 'calibration' },
    notion: {
      reviews: { database: db('reviews') },
      goals: { database: db('goals') },
      actionItems: { database: db('actionItems') },
      requestsPerSecond: 50,
    },
    sources: [{ type: 'csv', path: 'responses.csv' }],
  });
}

describe('runInit against the sandbox', () => {
  it('creates the three databases under the parent and prints the config snippet', async () => {
    const sandbox = kit.start();
    const { result, output } = await init();
    const { reviews, goals, actionItems } = result.databases;
    expect(reviews && goals && actionItems).toBeTruthy();
    const state = sandbox.state().notion?.databases ?? [];
    expect(state.map((d) => [d.title, d.parent])).toEqual([
      ['Reviews', { page_id: PARENT }],
      ['Goals', { page_id: PARENT }],
      ['Action items', { page_id: PARENT }],
    ]);
    expect(output.lines).toContain(
      `    dataSource: ${reviews?.dataSourceId ?? ''} # database ${reviews?.databaseId ?? ''}`,
    );
    expect(output.lines.join('\n')).toMatch(/"Stage" was created as a select/);
    const goalsSchema = state[1]?.dataSources[0]?.properties as Record<string, { relation?: unknown }>;
    expect(goalsSchema.Review?.relation).toMatchObject({ data_source_id: reviews?.dataSourceId });
  });

  it('gives databases that a real sync reads and writes straight away', async () => {
    const sandbox = kit.start();
    const { result } = await init();
    const sdk = new Client({ auth: NOTION_TOKEN, baseUrl: ROOT, fetch: (...a) => globalThis.fetch(...a) });
    const page = await sdk.pages.create({
      parent: { type: 'data_source_id', data_source_id: result.databases.reviews?.dataSourceId ?? '' },
      properties: {
        Name: { title: text('Ben Schmidt — 2026-H2') },
        Reviewee: { people: [{ id: USERS.ben }] },
        Manager: { people: [{ id: USERS.linus }] },
        Cycle: { select: { name: '2026-H2' } },
        Stage: { select: { name: 'Not started' } },
      },
    });
    const goal = await sdk.pages.create({
      parent: { type: 'data_source_id', data_source_id: result.databases.goals?.dataSourceId ?? '' },
      properties: {
        Goal: { title: text('Cut p95 latency') },
        Review: { relation: [{ id: page.id }] },
        Competency: { select: { name: 'SD' } },
        Baseline: { number: 400 },
        Target: { number: 250 },
        Current: { number: 325 },
        Start: { date: { start: '2026-10-01' } },
        Due: { date: { start: '2026-12-31' } },
      },
    });

    const sync = () =>
      runSync({
        config: syncConfig(result),
        env: ENV,
        now: NOW,
        dryRun: false,
        notionOverrides: { sleep: () => Promise.resolve() },
        responses: { readText: () => Promise.resolve(CSV) },
      });
    const { report } = await sync();
    expect(report.problems).toEqual([]);
    expect(report.rejected).toEqual([]);
    expect(report.counts).toMatchObject({ reviews: 1, failures: 0, pagesUpdated: 1, goalsUpdated: 1 });
    expect(report.counts.actionItemsCreated).toBeGreaterThan(0);
    expect(report.reviews[0]?.stageAfter).toBe('Calibration');

    const after = (await sdk.pages.retrieve({ page_id: page.id })) as { properties: Record<string, unknown> };
    expect(after.properties.Stage).toMatchObject({ type: 'select', select: { name: 'Calibration' } });
    expect(after.properties['Computed band']).toMatchObject({ select: { name: 'Developing' } });
    const goalAfter = (await sdk.pages.retrieve({ page_id: goal.id })) as {
      properties: Record<string, unknown>;
    };
    expect(goalAfter.properties.Progress).toMatchObject({ number: 0.5 });

    // The second run finds nothing to do: every value it wrote reads back as written.
    sandbox.requests.clear();
    const again = await sync();
    expect(again.report.counts).toMatchObject({ pagesUpdated: 0, actionItemsCreated: 0, goalsUpdated: 0 });
  });

  it('refuses a parent that already holds its databases, unless forced', async () => {
    const sandbox = kit.start();
    await init();
    // The sandbox lists the created databases as child_database blocks of the parent, as Notion does.
    await expect(init()).rejects.toThrow(ConfigError);
    await expect(init()).rejects.toThrow(/already holds "Reviews", "Goals", "Action items"/);
    const forced = await init({ force: true });
    expect(forced.result.conflicts).toEqual(['Reviews', 'Goals', 'Action items']);
    expect(sandbox.state().notion?.databases).toHaveLength(6);
  });

  it('sends no write on a dry run and prints the schemas', async () => {
    const sandbox = kit.start();
    const { result, output } = await init({ dryRun: true });
    expect(result.databases).toEqual({});
    expect(sandbox.requests.entries().map((e) => e.method)).toEqual(['GET']);
    expect(sandbox.state().notion?.databases ?? []).toEqual([]);
    expect(output.lines).toContain(
      '  Stage (select: Not started, Self-assessment, 360 feedback, Manager evaluation, Calibration, Feedback delivery, Completed)',
    );
    expect(output.lines).toContain('  Review (relation to Reviews)');
  });

  it('names a parent page that cannot be read as a setup problem', async () => {
    kit.start();
    const output = recordingOutput();
    await expect(
      runInit({
        config,
        parent: 'e9999999-9999-4999-8999-999999999999',
        env: ENV,
        withForm: false,
        dryRun: false,
        force: false,
        output,
      }),
    ).rejects.toThrow(/parent page .* cannot be read/);
  });

  it('makes no Action items database when the plan is kept as to-dos, and says so in the snippet', async () => {
    const sandbox = kit.start();
    const todos = makeConfig({
      notion: { reviews: { database: 'pending' }, actionItems: { mode: 'todos' }, requestsPerSecond: 50 },
    });
    const { result, output } = await init({ config: todos });
    expect(Object.keys(result.databases)).toEqual(['reviews', 'goals']);
    expect((sandbox.state().notion?.databases ?? []).map((d) => d.title)).toEqual(['Reviews', 'Goals']);
    const snippet = output.lines.slice(output.lines.indexOf('notion:'));
    expect(snippet.slice(-2)).toEqual([
      '  actionItems:',
      '    mode: todos # the plan as to-dos in each summary: no database',
    ]);
  });
});

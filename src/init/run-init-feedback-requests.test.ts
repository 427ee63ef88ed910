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
import { runInit } from './run-init.ts';
import { plannedViews } from './view-specs.ts';

const kit = useInitSandbox();
const config = makeConfig({ notion: { reviews: { database: 'pending' }, requestsPerSecond: 50 } });

async function init(extra: { withFeedbackRequests?: boolean; dryRun?: boolean } = {}) {
  const output = recordingOutput();
  const result = await runInit({
    config,
    parent: PARENT,
    env: ENV,
    withForm: false,
    dryRun: extra.dryRun ?? false,
    force: false,
    output,
    withFeedbackRequests: extra.withFeedbackRequests ?? true,
  });
  return { result, output };
}

describe('init --feedback-requests', () => {
  it('creates the Feedback requests database with every tool-owned property, related to the reviews', async () => {
    kit.start();
    const { result } = await init();
    const created = result.databases.feedbackRequests;
    expect(created).toBeDefined();
    const notion = new Client({ auth: NOTION_TOKEN, baseUrl: ROOT, fetch: (...a) => globalThis.fetch(...a) });
    const source = (await notion.dataSources.retrieve({ data_source_id: created?.dataSourceId ?? '' })) as {
      properties: Record<string, { type: string; relation?: { data_source_id: string }; select?: unknown }>;
    };
    const types = Object.fromEntries(Object.entries(source.properties).map(([n, p]) => [n, p.type]));
    expect(types).toEqual({
      Request: 'title',
      Key: 'rich_text',
      Peer: 'people',
      Review: 'relation',
      Link: 'url',
      Due: 'date',
      Status: 'select',
      Reminders: 'rich_text',
    });
    expect(source.properties.Review?.relation?.data_source_id).toBe(result.databases.reviews?.dataSourceId);
    expect(source.properties.Status?.select).toMatchObject({
      options: [{ name: 'Requested' }, { name: 'Answered' }, { name: 'Withdrawn' }, { name: 'Closed' }],
    });
    expect(result.views.filter((v) => v.database === 'feedbackRequests').map((v) => v.name)).toEqual([
      'My feedback requests',
    ]);
  });

  it('prints the permission steps, and the config lines naming the new data source', async () => {
    kit.start();
    const { output, result } = await init();
    const text = output.lines.join('\n');
    expect(text).toContain('Restrict "Feedback requests"');
    expect(text).toContain('page-level access rule on "Peer"');
    expect(text).toContain('"Peer" contains "Me"');
    expect(text).toContain(
      `  feedbackRequests:\n    dataSource: ${result.databases.feedbackRequests?.dataSourceId ?? ''}`,
    );
  });

  it('creates none without the flag or the config section', async () => {
    kit.start();
    const { result, output } = await init({ withFeedbackRequests: false });
    expect(result.databases.feedbackRequests).toBeUndefined();
    expect(output.lines.join('\n')).not.toContain('Feedback requests');
  });
});

describe('the "My feedback requests" view', () => {
  it('is a table grouped by Status; the filter to "Me" is left to a person', () => {
    expect(plannedViews(config, 'feedbackRequests', { Status: { id: 'st', type: 'select' } })).toEqual({
      views: [
        {
          name: 'My feedback requests',
          type: 'table',
          configuration: {
            type: 'table',
            group_by: { type: 'select', property_id: 'st', sort: { type: 'manual' } },
          },
        },
      ],
      skipped: [],
    });
  });
});

import { readFile } from 'node:fs/promises';
import { collectPaginatedAPI, type DatabaseObjectResponse } from '@notionhq/client';
import { describe, expect, it } from 'vitest';
import { createSandbox } from '../sandbox.ts';
import { IDS, useNotionHarness } from '../../../test/support/notion-emulator-sandbox.ts';

const harness = useNotionHarness();

describe('users and databases', () => {
  it('lists, retrieves and identifies users', async () => {
    harness.install();
    const notion = harness.client();
    expect(await notion.users.me({})).toEqual({
      object: 'user',
      id: IDS.bot,
      type: 'bot',
      name: 'review-sync',
      avatar_url: null,
      bot: {},
    });
    const all = await collectPaginatedAPI(notion.users.list, { page_size: 2 });
    expect(all.map((u) => u.name)).toEqual(['review-sync', 'Ada Lovelace', 'Linus Torvalds']);
    expect(await notion.users.retrieve({ user_id: IDS.ada })).toMatchObject({
      type: 'person',
      person: { email: 'ada@example.com' },
    });
  });

  it('creates a database with its initial data source under a page', async () => {
    const parent = '99999999-9999-4999-8999-999999999999';
    harness.install({ seed: { notion: { pages: [{ id: parent, title: 'Reviews home' }] } } });
    const notion = harness.client();
    const created = (await notion.databases.create({
      parent: { type: 'page_id', page_id: parent },
      title: [{ text: { content: 'Goals' } }],
      initial_data_source: {
        properties: {
          Goal: { title: {} },
          Progress: { number: { format: 'percent' } },
          'Goal status': { select: { options: [{ name: 'On track', color: 'green' }] } },
        },
      },
    })) as DatabaseObjectResponse;
    expect(created).toMatchObject({
      object: 'database',
      parent: { type: 'page_id', page_id: parent },
      in_trash: false,
    });
    expect(created.data_sources).toHaveLength(1);
    const source = await notion.dataSources.retrieve({ data_source_id: created.data_sources[0]!.id });
    expect(Object.keys(source.properties)).toEqual(['Goal', 'Progress', 'Goal status']);
    expect(source.properties.Goal).toMatchObject({ id: 'title', type: 'title' });
    expect(source.properties.Progress).toMatchObject({ type: 'number', number: { format: 'percent' } });
  });

  it('loads the hand-written fixture seed', async () => {
    const seed: unknown = JSON.parse(await readFile('test/fixtures/sandbox-seed.json', 'utf8'));
    const sandbox = createSandbox({ seed });
    const state = sandbox.state();
    expect(state.notion?.databases?.[0]?.dataSources[0]?.pages).toHaveLength(2);
    expect(state.sheets?.[0]?.spreadsheetId).toBe('1sandboxSheet000000000000000000000000000001');
  });
});

import { APIResponseError, type BlockObjectRequest } from '@notionhq/client';
import { describe, expect, it } from 'vitest';
import { IDS, reviewSeed, title, useNotionHarness } from '../../../test/support/notion-emulator-sandbox.ts';

const harness = useNotionHarness();

function paragraph(text: string): BlockObjectRequest {
  return { paragraph: { rich_text: [{ text: { content: text } }] } };
}

async function apiError(promise: Promise<unknown>): Promise<APIResponseError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!APIResponseError.isAPIResponseError(error))
    throw new Error(`expected an API error, got ${String(error)}`);
  return error;
}

function install() {
  harness.install({
    seed: reviewSeed([{ id: IDS.page, properties: { Name: title('Ada review'), Notes: { rich_text: [] } } }]),
  });
}

const keysOf = (value: unknown) => Object.keys(value as Record<string, unknown>);

describe('Notion-Version emulation', () => {
  it.each([
    { version: '2025-09-03', archived: true },
    { version: '2026-03-11', archived: false },
  ])('$version answers with in_trash, and archived only before 2026-03-11', async ({ version, archived }) => {
    install();
    const notion = harness.client({ notionVersion: version });
    const [block] = (await notion.blocks.children.append({ block_id: IDS.page, children: [paragraph('x')] }))
      .results;
    const answers = [
      await notion.pages.retrieve({ page_id: IDS.page }),
      await notion.blocks.retrieve({ block_id: block!.id }),
      (await notion.blocks.children.list({ block_id: IDS.page })).results[0],
      await notion.dataSources.retrieve({ data_source_id: IDS.dataSource }),
      await notion.databases.retrieve({ database_id: IDS.database }),
      (await notion.dataSources.query({ data_source_id: IDS.dataSource })).results[0],
    ];
    for (const answer of answers) {
      expect(keysOf(answer)).toContain('in_trash');
      expect(keysOf(answer).includes('archived')).toBe(archived);
    }
  });

  it('refuses an unknown version, naming it and the versions it speaks', async () => {
    install();
    const error = await apiError(harness.client({ notionVersion: '2022-06-28' }).users.me({}));
    expect([error.status, error.code]).toEqual([400, 'validation_error']);
    expect(error.message).toContain('2022-06-28');
    expect(error.message).toContain('2025-09-03 and 2026-03-11');
  });

  it.each([
    {
      field: 'archived',
      send: (n: ReturnType<typeof harness.client>) =>
        n.request({ path: `pages/${IDS.page}`, method: 'patch', body: { archived: true } }),
    },
    {
      field: 'archived',
      send: (n: ReturnType<typeof harness.client>) =>
        n.request({
          path: `data_sources/${IDS.dataSource}/query`,
          method: 'post',
          body: { archived: false },
        }),
    },
    {
      field: 'after',
      send: (n: ReturnType<typeof harness.client>) =>
        n.request({
          path: `blocks/${IDS.page}/children`,
          method: 'patch',
          body: { children: [paragraph('x')], after: IDS.page },
        }),
    },
  ])('2026-03-11 refuses `$field` with a validation_error naming it', async ({ field, send }) => {
    install();
    const error = await apiError(send(harness.client({ notionVersion: '2026-03-11' })));
    expect([error.status, error.code]).toEqual([400, 'validation_error']);
    expect(error.message).toContain(`body.${field}`);
  });

  it('2025-09-03 still takes `archived` and `after`', async () => {
    install();
    const notion = harness.client({ notionVersion: '2025-09-03' });
    const [one] = (await notion.blocks.children.append({ block_id: IDS.page, children: [paragraph('a')] }))
      .results;
    await notion.request({
      path: `blocks/${IDS.page}/children`,
      method: 'patch',
      body: { children: [paragraph('b')], after: one!.id },
    });
    const trashed = await notion.request<{ in_trash: boolean; archived: boolean }>({
      path: `pages/${IDS.page}`,
      method: 'patch',
      body: { archived: true },
    });
    expect([trashed.in_trash, trashed.archived]).toEqual([true, true]);
  });

  it('2026-03-11 places an append with `position`', async () => {
    install();
    const notion = harness.client({ notionVersion: '2026-03-11' });
    const [first] = (
      await notion.blocks.children.append({ block_id: IDS.page, children: [paragraph('a'), paragraph('c')] })
    ).results;
    await notion.blocks.children.append({
      block_id: IDS.page,
      children: [paragraph('b')],
      position: { type: 'after_block', after_block: { id: first!.id } },
    });
    await notion.blocks.children.append({
      block_id: IDS.page,
      children: [paragraph('0')],
      position: { type: 'start' },
    });
    const list = await notion.blocks.children.list({ block_id: IDS.page });
    const text = list.results.map((b) =>
      'type' in b && b.type === 'paragraph' ? b.paragraph.rich_text.map((t) => t.plain_text).join('') : '?',
    );
    expect(text).toEqual(['0', 'a', 'b', 'c']);
  });

  it('a query with filter_properties answers only the properties it names, by name or id', async () => {
    install();
    const notion = harness.client({ notionVersion: '2026-03-11' });
    const named = await notion.dataSources.query({
      data_source_id: IDS.dataSource,
      filter_properties: ['Notes'],
    });
    const byId = await notion.dataSources.query({
      data_source_id: IDS.dataSource,
      filter_properties: ['title'],
    });
    const page = (answer: typeof named) => answer.results[0] as { properties: Record<string, unknown> };
    expect(Object.keys(page(named).properties)).toEqual(['Notes']);
    expect(Object.keys(page(byId).properties)).toEqual(['Name']);
  });
});

import { APIResponseError, type Client, type CreatePageParameters } from '@notionhq/client';
import { describe, expect, it } from 'vitest';
import { IDS, reviewSeed, title, useNotionHarness } from '../../../test/support/notion-emulator-sandbox.ts';
import { parseSeed, SeedError } from '../index.ts';

// Data source templates in the sandbox: the list endpoint, creates from a template (and what Notion
// refuses), and the read-counted delay before a template's blocks show.

const harness = useNotionHarness();
const REVIEW = '7e000000-0000-4000-8000-000000000001';
const SHORT = '7e000000-0000-4000-8000-000000000002';
const paragraph = (content: string) => ({
  type: 'paragraph',
  paragraph: { rich_text: [{ type: 'text', text: { content } }] },
});

function seedWithTemplates(templates: unknown[] = defaultTemplates()): Record<string, unknown> {
  const seed = reviewSeed() as { notion: { databases: { dataSources: Record<string, unknown>[] }[] } };
  seed.notion.databases[0]!.dataSources[0]!.templates = templates;
  return seed;
}

function defaultTemplates(): unknown[] {
  return [
    {
      id: REVIEW,
      name: 'Review page',
      is_default: true,
      children: [paragraph('Prompts'), paragraph('Goals')],
    },
    { id: SHORT, name: 'Short review', children: [paragraph('Notes')] },
  ];
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

const create = (notion: Client, extra: Partial<CreatePageParameters>) =>
  notion.pages.create({
    parent: { data_source_id: IDS.dataSource },
    properties: { Name: title('Ada review') },
    ...extra,
  });

async function texts(notion: Client, pageId: string): Promise<string[]> {
  const list = await notion.blocks.children.list({ block_id: pageId });
  return list.results.map((b) => {
    const block = b as unknown as { paragraph: { rich_text: { plain_text: string }[] } };
    return block.paragraph.rich_text.map((t) => t.plain_text).join('');
  });
}

describe('data source templates', () => {
  it('lists the templates, paged, and narrowed by name', async () => {
    harness.install({ seed: seedWithTemplates() });
    const notion = harness.client();
    const first = await notion.dataSources.listTemplates({ data_source_id: IDS.dataSource, page_size: 1 });
    expect(first).toEqual({
      templates: [{ id: REVIEW, name: 'Review page', is_default: true }],
      has_more: true,
      next_cursor: SHORT,
    });
    const second = await notion.dataSources.listTemplates({
      data_source_id: IDS.dataSource,
      start_cursor: first.next_cursor!,
    });
    expect(second).toEqual({
      templates: [{ id: SHORT, name: 'Short review', is_default: false }],
      has_more: false,
      next_cursor: null,
    });
    const named = await notion.dataSources.listTemplates({ data_source_id: IDS.dataSource, name: 'short' });
    expect(named.templates.map((t) => t.id)).toEqual([SHORT]);
  });

  it.each<[string, number, string[][]]>([
    ['at once with no delay', 0, [['Prompts', 'Goals']]],
    ['on the third read with two blank reads', 2, [[], [], ['Prompts', 'Goals'], ['Prompts', 'Goals']]],
  ])('applies the default template %s', async (_label, blankReads, reads) => {
    harness.install({ seed: seedWithTemplates(), templateBlankReads: blankReads });
    const notion = harness.client();
    const page = await create(notion, { template: { type: 'default' } });
    const seen: string[][] = [];
    for (let i = 0; i < reads.length; i += 1) seen.push(await texts(notion, page.id));
    expect(seen).toEqual(reads);
  });

  it('applies a template by id, after whatever was appended while it was pending', async () => {
    harness.install({ seed: seedWithTemplates(), templateBlankReads: 1 });
    const notion = harness.client();
    const page = await create(notion, { template: { type: 'template_id', template_id: SHORT } });
    await notion.blocks.children.append({ block_id: page.id, children: [paragraph('too early')] as never });
    expect(await texts(notion, page.id)).toEqual(['too early']);
    expect(await texts(notion, page.id)).toEqual(['too early', 'Notes']);
  });

  it.each<[string, Record<string, unknown>, unknown[], string]>([
    [
      'children together with a template',
      { template: { type: 'default' }, children: [paragraph('links')] },
      defaultTemplates(),
      'body.children should not be present',
    ],
    [
      'an unknown template id',
      { template: { type: 'template_id', template_id: '7e000000-0000-4000-8000-0000000000ff' } },
      defaultTemplates(),
      'is not a template of data source',
    ],
    ['"default" where none is the default', { template: { type: 'default' } }, [], 'has no default template'],
    ['an unknown template type', { template: { type: 'latest' } }, defaultTemplates(), 'body.template.type'],
  ])(
    'refuses %s with a 400 validation_error, creating nothing',
    async (_label, extra, templates, message) => {
      const sandbox = harness.install({ seed: seedWithTemplates(templates) });
      const error = await apiError(create(harness.client(), extra));
      expect(error.status).toBe(400);
      expect(error.code).toBe('validation_error');
      expect(error.message).toContain(message);
      expect(sandbox.notion.store.pages.size).toBe(0);
    },
  );

  it('refuses a template id that belongs to another data source', async () => {
    const seed = seedWithTemplates() as {
      notion: { databases: { id: string; title: string; dataSources: Record<string, unknown>[] }[] };
    };
    seed.notion.databases.push({
      id: '44444444-4444-4444-8444-4444444444aa',
      title: 'Other',
      dataSources: [
        {
          id: '55555555-5555-4555-8555-5555555555aa',
          title: 'Other',
          properties: { Name: { type: 'title', title: {} } },
          templates: [{ id: '7e000000-0000-4000-8000-0000000000aa', name: 'Other page' }],
        },
      ],
    });
    harness.install({ seed });
    const error = await apiError(
      create(harness.client(), {
        template: { type: 'template_id', template_id: '7e000000-0000-4000-8000-0000000000aa' },
      }),
    );
    expect(error.code).toBe('validation_error');
  });

  it('refuses a seed with two default templates, and dumps templates so a dump reloads', () => {
    const two = defaultTemplates().map((t) => ({ ...(t as object), is_default: true }));
    expect(() => parseSeed(seedWithTemplates(two))).toThrow(SeedError);
    const sandbox = harness.install({ seed: seedWithTemplates() });
    const dumped = sandbox.state();
    const source = dumped.notion?.databases?.[0]?.dataSources[0] as { templates?: unknown[] };
    expect(source.templates).toEqual([
      {
        id: REVIEW,
        name: 'Review page',
        is_default: true,
        children: [paragraph('Prompts'), paragraph('Goals')],
      },
      { id: SHORT, name: 'Short review', is_default: false, children: [paragraph('Notes')] },
    ]);
    expect(() => parseSeed(dumped)).not.toThrow();
  });
});

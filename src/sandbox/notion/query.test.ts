import { APIResponseError, collectPaginatedAPI, type QueryDataSourceParameters } from '@notionhq/client';
import { describe, expect, it } from 'vitest';
import { IDS, reviewSeed, title, useNotionHarness } from '../../../test/support/notion-emulator-sandbox.ts';

const harness = useNotionHarness();

const P = (n: number) => `70000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

/** Four reviews covering each filterable type with distinct values. */
const PAGES = [
  {
    id: P(1),
    created_time: '2026-01-01T09:00:00Z',
    properties: {
      Name: title('Ada review'),
      Notes: { rich_text: [{ text: { content: 'strong systems design' } }] },
      Cycle: { select: { name: '2026-H1' } },
      Stage: { status: { name: 'Completed' } },
      Calibrated: { checkbox: true },
      Score: { number: 4.2 },
      Due: { date: { start: '2026-02-01' } },
      Reviewee: { people: [{ id: IDS.ada }] },
      Goals: { relation: [{ id: P(9) }] },
      Email: { email: 'ada@example.com' },
    },
  },
  {
    id: P(2),
    created_time: '2026-02-01T09:00:00Z',
    properties: {
      Name: title('Linus review'),
      Cycle: { select: { name: '2026-H2' } },
      Stage: { status: { name: 'Self-assessment' } },
      Score: { number: 2.5 },
      Due: { date: { start: '2026-08-15T12:00:00Z' } },
      Reviewee: { people: [{ id: IDS.linus }] },
      Email: { email: 'linus@example.com' },
    },
  },
  {
    id: P(3),
    created_time: '2026-03-01T09:00:00Z',
    properties: { Name: title('Grace review'), Cycle: { select: { name: '2026-H2' } }, Score: { number: 3 } },
  },
  {
    id: P(4),
    created_time: '2026-04-01T09:00:00Z',
    properties: { Name: title('Trashed'), Cycle: { select: { name: '2026-H2' } } },
    in_trash: true,
  },
];

type Filter = QueryDataSourceParameters['filter'];

async function ids(filter: Filter, sorts?: QueryDataSourceParameters['sorts']): Promise<string[]> {
  const response = await harness
    .client()
    .dataSources.query({ data_source_id: IDS.dataSource, filter, sorts });
  return response.results.map((page) => page.id);
}

describe('data source query', () => {
  it.each<[string, Filter, string[]]>([
    ['title equals', { property: 'Name', title: { equals: 'Ada review' } }, [P(1)]],
    ['title contains', { property: 'Name', title: { contains: 'review' } }, [P(1), P(2), P(3)]],
    ['rich_text starts_with', { property: 'Notes', rich_text: { starts_with: 'strong' } }, [P(1)]],
    ['rich_text is_empty', { property: 'Notes', rich_text: { is_empty: true } }, [P(2), P(3)]],
    ['select equals', { property: 'Cycle', select: { equals: '2026-H2' } }, [P(2), P(3)]],
    [
      'select equals any of',
      { property: 'Cycle', select: { equals: ['2026-H1', '2026-H2'] } },
      [P(1), P(2), P(3)],
    ],
    ['select does_not_equal', { property: 'Cycle', select: { does_not_equal: '2026-H2' } }, [P(1)]],
    ['status equals', { property: 'Stage', status: { equals: 'Completed' } }, [P(1)]],
    ['status is_empty', { property: 'Stage', status: { is_empty: true } }, [P(3)]],
    ['checkbox equals', { property: 'Calibrated', checkbox: { equals: false } }, [P(2), P(3)]],
    ['number greater_than', { property: 'Score', number: { greater_than: 2.5 } }, [P(1), P(3)]],
    [
      'number less_than_or_equal_to',
      { property: 'Score', number: { less_than_or_equal_to: 3 } },
      [P(2), P(3)],
    ],
    ['date before', { property: 'Due', date: { before: '2026-06-01' } }, [P(1)]],
    [
      'date on_or_after a date-time',
      { property: 'Due', date: { on_or_after: '2026-08-15T12:00:00Z' } },
      [P(2)],
    ],
    ['date equals by day', { property: 'Due', date: { equals: '2026-08-15' } }, [P(2)]],
    ['date is_not_empty', { property: 'Due', date: { is_not_empty: true } }, [P(1), P(2)]],
    ['people contains', { property: 'Reviewee', people: { contains: IDS.linus } }, [P(2)]],
    [
      'people does_not_contain',
      { property: 'Reviewee', people: { does_not_contain: IDS.linus } },
      [P(1), P(3)],
    ],
    ['relation contains', { property: 'Goals', relation: { contains: P(9) } }, [P(1)]],
    ['relation is_empty', { property: 'Goals', relation: { is_empty: true } }, [P(2), P(3)]],
    ['email ends_with', { property: 'Email', email: { ends_with: '@example.com' } }, [P(1), P(2)]],
    [
      'created_time timestamp',
      { timestamp: 'created_time', created_time: { after: '2026-01-15' } },
      [P(2), P(3)],
    ],
    [
      'and of or',
      {
        and: [
          { property: 'Cycle', select: { equals: '2026-H2' } },
          {
            or: [
              { property: 'Score', number: { equals: 3 } },
              { property: 'Stage', status: { equals: 'Self-assessment' } },
            ],
          },
        ],
      },
      [P(2), P(3)],
    ],
  ])('filters by %s', async (_label, filter, expected) => {
    harness.install({ seed: reviewSeed(PAGES) });
    expect(await ids(filter)).toEqual(expected);
  });

  it('refuses compound filters nested more than two levels', async () => {
    harness.install({ seed: reviewSeed(PAGES) });
    const deep = {
      and: [{ or: [{ and: [{ property: 'Score', number: { equals: 3 } }] }] }],
    } as unknown as Filter;
    const error = await ids(deep).catch((e: unknown) => e);
    expect(APIResponseError.isAPIResponseError(error) && [error.status, error.code]).toEqual([
      400,
      'validation_error',
    ]);
  });

  it('refuses a filter on an unknown property', async () => {
    harness.install({ seed: reviewSeed(PAGES) });
    const error = await ids({ property: 'Nope', number: { equals: 1 } }).catch((e: unknown) => e);
    expect(APIResponseError.isAPIResponseError(error) && error.message).toBe(
      'Could not find property with name or id: Nope',
    );
  });

  it('sorts by property and by timestamp', async () => {
    harness.install({ seed: reviewSeed(PAGES) });
    expect(await ids(undefined, [{ property: 'Score', direction: 'descending' }])).toEqual([
      P(1),
      P(3),
      P(2),
    ]);
    expect(await ids(undefined, [{ timestamp: 'created_time', direction: 'descending' }])).toEqual([
      P(3),
      P(2),
      P(1),
    ]);
  });

  it('pages through 250 pages, 100 at a time, and refuses a page_size over 100', async () => {
    const many = Array.from({ length: 250 }, (_, i) => ({ properties: { Name: title(`Review ${i}`) } }));
    const sandbox = harness.install({ seed: reviewSeed(many) });
    const notion = harness.client();
    const all = await collectPaginatedAPI(notion.dataSources.query, { data_source_id: IDS.dataSource });
    expect(all).toHaveLength(250);
    expect(new Set(all.map((p) => p.id)).size).toBe(250);
    const queries = sandbox.requests.entries().filter((entry) => /\/query(\?|$)/.test(entry.path));
    expect(queries.map((entry) => entry.status)).toEqual([200, 200, 200]);
    const first = await notion.dataSources.query({ data_source_id: IDS.dataSource, page_size: 100 });
    expect([first.results.length, first.has_more, typeof first.next_cursor]).toEqual([100, true, 'string']);
    const error = await notion.dataSources
      .query({ data_source_id: IDS.dataSource, page_size: 101 })
      .catch((e: unknown) => e);
    expect(APIResponseError.isAPIResponseError(error) && error.message).toBe(
      'body failed validation: body.page_size should be ≤ `100`, instead was `101`.',
    );
  });

  it('resolves a database to its data sources', async () => {
    harness.install();
    const database = await harness.client().databases.retrieve({ database_id: IDS.database });
    expect('data_sources' in database && database.data_sources).toEqual([
      { id: IDS.dataSource, name: 'Reviews' },
    ]);
  });
});

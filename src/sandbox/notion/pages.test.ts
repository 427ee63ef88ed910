import { APIResponseError, type PageObjectResponse } from '@notionhq/client';
import { describe, expect, it } from 'vitest';
import { IDS, reviewSeed, title, useNotionHarness } from '../../../test/support/notion-emulator-sandbox.ts';

const harness = useNotionHarness();

async function apiError(promise: Promise<unknown>): Promise<APIResponseError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!APIResponseError.isAPIResponseError(error))
    throw new Error(`expected an API error, got ${String(error)}`);
  return error;
}

function property(page: PageObjectResponse, name: string): Record<string, unknown> {
  return page.properties[name] as unknown as Record<string, unknown>;
}

describe('pages', () => {
  it('creates, retrieves and updates a page with typed values', async () => {
    harness.install({ now: () => new Date('2026-03-01T10:15:42Z') });
    const notion = harness.client();
    const created = (await notion.pages.create({
      parent: { data_source_id: IDS.dataSource },
      properties: {
        Name: title('Ada review'),
        Stage: { status: { name: 'Not started' } },
        Score: { number: 3.5 },
        Reviewee: { people: [{ id: IDS.ada }] },
        Due: { date: { start: '2026-04-01' } },
      },
    })) as PageObjectResponse;
    expect(created.object).toBe('page');
    expect(created.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(created.created_time).toBe('2026-03-01T10:15:00.000Z');
    expect(created.last_edited_time).toBe('2026-03-01T10:15:00.000Z');
    expect(created.in_trash).toBe(false);
    expect(created.parent).toEqual({
      type: 'data_source_id',
      data_source_id: IDS.dataSource,
      database_id: IDS.database,
    });
    expect(property(created, 'Stage')).toMatchObject({ type: 'status', status: { name: 'Not started' } });
    expect(property(created, 'Reviewee')).toMatchObject({
      type: 'people',
      people: [{ object: 'user', id: IDS.ada, name: 'Ada Lovelace', type: 'person' }],
      has_more: false,
    });
    expect(property(created, 'Due')).toMatchObject({
      date: { start: '2026-04-01', end: null, time_zone: null },
    });

    const updated = (await notion.pages.update({
      page_id: created.id,
      properties: { Calibrated: { checkbox: true }, Score: { number: null } },
    })) as PageObjectResponse;
    expect(property(updated, 'Calibrated')).toMatchObject({ checkbox: true });
    expect(property(updated, 'Score')).toMatchObject({ number: null });
    const again = (await notion.pages.retrieve({
      page_id: created.id.replace(/-/g, ''),
    })) as PageObjectResponse;
    expect(again.properties).toEqual(updated.properties);
  });

  it('adds an unknown select option to the schema', async () => {
    harness.install();
    const notion = harness.client();
    await notion.pages.create({
      parent: { data_source_id: IDS.dataSource },
      properties: { Cycle: { select: { name: '2027-H1' } } },
    });
    const source = await notion.dataSources.retrieve({ data_source_id: IDS.dataSource });
    const cycle = source.properties.Cycle;
    expect(cycle?.type === 'select' && cycle.select.options.map((o) => o.name)).toEqual([
      '2026-H1',
      '2026-H2',
      '2027-H1',
    ]);
  });

  it.each([
    ['an unknown property', { Nope: { number: 1 } }, 'Nope is not a property that exists.'],
    ['a value of the wrong type', { Score: { rich_text: [] } }, 'Score is expected to be number.'],
    ['a non-number number', { Score: { number: 'three' } }, 'Score is expected to be number.'],
    [
      'a status option that does not exist',
      { Stage: { status: { name: 'Shipped' } } },
      'Status option "Shipped" does not exist',
    ],
  ])('refuses %s with validation_error', async (_label, properties, message) => {
    harness.install();
    const error = await apiError(
      harness
        .client()
        .pages.create({ parent: { data_source_id: IDS.dataSource }, properties: properties as never }),
    );
    expect(error.status).toBe(400);
    expect(error.code).toBe('validation_error');
    expect(error.message).toContain(message);
  });

  it('refuses writes to a trashed page until it is restored', async () => {
    harness.install();
    const notion = harness.client();
    const page = await notion.pages.create({
      parent: { data_source_id: IDS.dataSource },
      properties: { Name: title('x') },
    });
    const trashed = (await notion.pages.update({ page_id: page.id, in_trash: true })) as PageObjectResponse;
    expect(trashed.in_trash).toBe(true);
    const error = await apiError(
      notion.pages.update({ page_id: page.id, properties: { Score: { number: 1 } } }),
    );
    expect(error.code).toBe('validation_error');
    const restored = (await notion.pages.update({
      page_id: page.id,
      in_trash: false,
      properties: { Score: { number: 2 } },
    })) as PageObjectResponse;
    expect(property(restored, 'Score')).toMatchObject({ number: 2 });
  });

  it('answers 404 object_not_found for an unknown id, 401 for a bad token, 400 without Notion-Version', async () => {
    harness.install({ seed: { ...reviewSeed(), tokens: ['good'] } });
    const missing = await apiError(harness.client({ auth: 'good' }).pages.retrieve({ page_id: IDS.page }));
    expect([missing.status, missing.code]).toEqual([404, 'object_not_found']);
    expect(missing.message).toBe(
      `Could not find page with ID: ${IDS.page}. Make sure the relevant pages and databases are shared with your integration.`,
    );
    const denied = await apiError(harness.client({ auth: 'bad' }).users.me({}));
    expect([denied.status, denied.code, denied.message]).toEqual([
      401,
      'unauthorized',
      'API token is invalid.',
    ]);
    const raw = await fetch('http://sandbox.test/v1/users/me', { headers: { authorization: 'Bearer good' } });
    expect(raw.status).toBe(400);
    expect(await raw.json()).toMatchObject({ object: 'error', status: 400, code: 'missing_version' });
  });

  it('returns 25 people with has_more and the full list through pages.properties.retrieve', async () => {
    const users = Array.from({ length: 30 }, (_, i) => ({
      object: 'user',
      id: `00000000-0000-4000-8000-0000000000${String(i).padStart(2, '0')}`,
      type: 'person',
      name: `Person ${i}`,
    }));
    const seed = reviewSeed([
      {
        id: IDS.page,
        properties: { Name: title('Big'), Reviewee: { people: users.map((u) => ({ id: u.id })) } },
      },
    ]) as { notion: { users: unknown[] } };
    seed.notion.users.push(...users);
    harness.install({ seed });
    const notion = harness.client();
    const page = (await notion.pages.retrieve({ page_id: IDS.page })) as PageObjectResponse;
    const reviewee = property(page, 'Reviewee') as { people: unknown[]; has_more: boolean; id: string };
    expect(reviewee.people).toHaveLength(25);
    expect(reviewee.has_more).toBe(true);

    const first = await notion.pages.properties.retrieve({
      page_id: IDS.page,
      property_id: reviewee.id,
      page_size: 20,
    });
    expect(first.object).toBe('list');
    if (first.object !== 'list') return;
    expect(first.results).toHaveLength(20);
    expect(first.has_more).toBe(true);
    const rest = await notion.pages.properties.retrieve({
      page_id: IDS.page,
      property_id: reviewee.id,
      start_cursor: first.next_cursor ?? undefined,
    });
    if (rest.object !== 'list') throw new Error('expected a list');
    expect(rest.results).toHaveLength(10);
    expect(rest.has_more).toBe(false);
    expect(rest.results[9]).toMatchObject({
      object: 'property_item',
      type: 'people',
      people: { id: users[29]?.id },
    });
  });
});

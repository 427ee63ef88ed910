import { describe, expect, it } from 'vitest';
import type { CreateRequest, UpdateRequest } from '../core/feedback-requests/types.ts';
import { makeConfig } from '../../test/support/config-builders.ts';
import { IDS, N, reviewPage, useAdapterHarness, writes } from '../../test/support/notion-sandbox.ts';
import { readFeedbackRequests } from './read-feedback-requests.ts';
import { botIdentity } from './verified-write.ts';
import { createFeedbackRequest, updateFeedbackRequest } from './write-feedback-requests.ts';

const harness = useAdapterHarness();
const config = makeConfig({
  notion: { reviews: { database: IDS.reviewsDb }, feedbackRequests: { dataSource: IDS.requestsDs } },
});
const LINK = 'https://docs.google.com/forms/d/e/abc/viewform?usp=pp_url&entry.10=ada%40example.com';
const create: CreateRequest = {
  kind: 'create-request',
  key: `${N(1)}/${IDS.linus}`,
  reviewPageId: N(1),
  peer: { id: IDS.linus, email: 'linus@example.com', name: 'Linus Torvalds' },
  title: 'Feedback on Review 1',
  fields: { status: 'Requested', due: '2026-10-31', link: LINK },
  reminder: null,
};
const update = (pageId: string, overrides: Partial<UpdateRequest> = {}): UpdateRequest => ({
  kind: 'update-request',
  pageId,
  key: create.key,
  set: {},
  transition: null,
  reminder: null,
  ...overrides,
});
const reminder = {
  peer: create.peer,
  due: '2026-10-31',
  text: 'Feedback was due on 2026-10-31: if you have not given your feedback on Review 1 yet, …',
  record: '2026-10-31',
};

describe('feedback request rows', () => {
  it('creates a row with every tool-owned property and reads it back', async () => {
    const { sandbox, gw } = harness.install({ reviews: [reviewPage(1)], requests: [] });
    const pageId = await createFeedbackRequest(gw, config, IDS.requestsDs, create);
    expect(writes(sandbox).map((e) => e.body)).toEqual([
      {
        parent: { type: 'data_source_id', data_source_id: IDS.requestsDs },
        properties: {
          Request: { title: [{ type: 'text', text: { content: 'Feedback on Review 1' } }] },
          Key: { rich_text: [{ type: 'text', text: { content: create.key } }] },
          Peer: { people: [{ id: IDS.linus }] },
          Review: { relation: [{ id: N(1) }] },
          Status: { select: { name: 'Requested' } },
          Due: { date: { start: '2026-10-31' } },
          Link: { url: LINK },
        },
      },
    ]);
    expect(await readFeedbackRequests(gw, config, IDS.requestsDs)).toEqual([
      { pageId, key: create.key, status: 'Requested', due: '2026-10-31', link: LINK, reminded: [] },
    ]);
  });

  it('reads every row in one paged query that asks only for the compared properties', async () => {
    const { sandbox, gw } = harness.install({ reviews: [reviewPage(1)], requests: [] });
    await readFeedbackRequests(gw, config, IDS.requestsDs);
    const queries = sandbox.requests.entries().filter((e) => e.path.includes('/query'));
    expect(queries).toHaveLength(1);
    expect(queries[0]?.body).toMatchObject({
      filter: { property: 'Key', rich_text: { is_not_empty: true } },
    });
    expect(new URL(queries[0]?.path ?? '', 'http://x').searchParams.getAll('filter_properties')).toHaveLength(
      5,
    );
  });

  it('skips rows whose key a person broke, and reads a spaced key as the one the tool writes', async () => {
    const rowWithKey = (n: number, key: string) => ({
      id: `f0000000-0000-4000-8000-00000000000${n}`,
      properties: {
        Request: { title: [{ type: 'text', text: { content: `Row ${n}` } }] },
        Key: { rich_text: [{ type: 'text', text: { content: key } }] },
        Status: { select: { name: 'Requested' } },
      },
    });
    const { gw } = harness.install({
      reviews: [reviewPage(1)],
      requests: [
        rowWithKey(1, 'no slash'),
        rowWithKey(2, `${N(1)}/`),
        rowWithKey(3, `${N(1)}/${IDS.linus}/copy`),
        rowWithKey(4, ` ${N(1)} / ${IDS.linus} `),
      ],
    });
    let skipped = 0;
    const rows = await readFeedbackRequests(gw, config, IDS.requestsDs, () => (skipped += 1));
    expect(skipped).toBe(3);
    expect(rows).toEqual([
      {
        pageId: 'f0000000-0000-4000-8000-000000000004',
        key: `${N(1)}/${IDS.linus}`,
        status: 'Requested',
        due: null,
        link: null,
        reminded: [],
      },
    ]);
  });

  it('updates only the changed fields, in one request', async () => {
    const { sandbox, gw } = harness.install({ reviews: [reviewPage(1)], requests: [] });
    const pageId = await createFeedbackRequest(gw, config, IDS.requestsDs, create);
    sandbox.requests.clear();
    await updateFeedbackRequest(
      gw,
      config,
      update(pageId, { set: { status: 'Withdrawn' }, transition: 'withdraw' }),
      botIdentity(gw),
    );
    expect(writes(sandbox).map((e) => [e.method, e.body])).toEqual([
      ['PATCH', { properties: { Status: { select: { name: 'Withdrawn' } } } }],
    ]);
  });

  it('posts a reminder on the row, mentioning the peer, then records its due date', async () => {
    const { sandbox, gw } = harness.install({ reviews: [reviewPage(1)], requests: [] });
    const pageId = await createFeedbackRequest(gw, config, IDS.requestsDs, create);
    sandbox.requests.clear();
    await updateFeedbackRequest(gw, config, update(pageId, { reminder }), botIdentity(gw));
    expect(writes(sandbox).map((e) => [e.method, e.body])).toEqual([
      [
        'POST',
        {
          parent: { page_id: pageId },
          rich_text: [
            { type: 'mention', mention: { user: { id: IDS.linus } } },
            { type: 'text', text: { content: ' ' } },
            { type: 'text', text: { content: reminder.text } },
          ],
        },
      ],
      [
        'PATCH',
        { properties: { Reminders: { rich_text: [{ type: 'text', text: { content: '2026-10-31' } }] } } },
      ],
    ]);
  });

  it.each([
    ['a lost reply', 'lost' as const, 1],
    ['a 504 after the create went through', 'late-504' as const, 1],
    ['a reset before the server saw it', 'drop' as const, 2],
    ['a 503 refusal', 503 as const, 2],
  ])('a row create after %s leaves exactly one row', async (_label, respond, creates) => {
    const { sandbox, gw } = harness.install({ reviews: [reviewPage(1)], requests: [] });
    sandbox.faults.script({ method: 'POST', path: '/v1/pages', respond });
    await createFeedbackRequest(gw, config, IDS.requestsDs, create);
    expect(await readFeedbackRequests(gw, config, IDS.requestsDs)).toHaveLength(1);
    expect(gw.stats.byEndpoint['pages.create']).toBe(creates);
  });

  it.each([
    ['a lost reply', 'lost' as const],
    ['a 503 refusal', 503 as const],
  ])(
    'a reminder after %s is posted exactly once, even when the record is written again',
    async (_l, respond) => {
      const { sandbox, gw } = harness.install({ reviews: [reviewPage(1)], requests: [] });
      const pageId = await createFeedbackRequest(gw, config, IDS.requestsDs, create);
      sandbox.faults.script({ method: 'POST', path: '/v1/comments', respond });
      await updateFeedbackRequest(gw, config, update(pageId, { reminder }), botIdentity(gw));
      // A run that died before the record: the next one finds its comment and only records it.
      await updateFeedbackRequest(gw, config, update(pageId, { reminder }), botIdentity(gw));
      expect([...sandbox.notion.store.comments.values()]).toHaveLength(1);
    },
  );
});

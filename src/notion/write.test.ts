import { describe, expect, it } from 'vitest';
import { makeConfig } from '../../test/support/config-builders.ts';
import { actionItemSchemaFrom, readActionItems } from './read-action-items.ts';
import { IDS, N, reviewPage, useAdapterHarness, writes } from '../../test/support/notion-sandbox.ts';
import { buildReviewProperties, updateReview } from './write-review.ts';
import { createActionItem } from './write-action-items.ts';
import { postReminder } from './write-comments.ts';
import { updateGoal } from './write-goals.ts';

const harness = useAdapterHarness();
const config = makeConfig({
  notion: {
    reviews: { database: IDS.reviewsDb },
    goals: { database: IDS.goalsDb },
    actionItems: { database: IDS.itemsDb },
  },
});

describe('review properties', () => {
  it('writes the stage as status or select, as the live property is', () => {
    expect(buildReviewProperties(config, { stage: 'feedback' }, 'status')).toEqual({
      Stage: { status: { name: '360 feedback' } },
    });
    expect(buildReviewProperties(config, { stage: 'feedback' }, 'select')).toEqual({
      Stage: { select: { name: '360 feedback' } },
    });
  });

  it('splits long text at 2,000 characters and keeps the time of Last synced', () => {
    const notes = `=${'x'.repeat(4500)}`;
    const out = buildReviewProperties(config, {
      syncNotes: notes,
      lastSynced: '2026-10-02T08:30:00+02:00',
      band: null,
      overallScore: 3.5,
    });
    const chunks = (out['Sync notes'] as { rich_text: { text: { content: string } }[] }).rich_text.map(
      (t) => t.text.content,
    );
    expect(chunks.map((c) => c.length)).toEqual([2000, 2000, 501]);
    expect(chunks.join('')).toBe(notes);
    expect(out['Last synced']).toEqual({ date: { start: '2026-10-02T08:30:00+02:00' } });
    expect(out['Computed band']).toEqual({ select: null });
    expect(out['Overall score']).toEqual({ number: 3.5 });
  });

  it('sends exactly the owned properties in one update, and nothing for an empty write', async () => {
    const { sandbox, gw } = harness.install({ reviews: [reviewPage(1)] });
    await updateReview(gw, config, N(1), {}, 'status');
    await updateReview(
      gw,
      config,
      N(1),
      { stage: 'feedback', peerResponses: 3, summaryHash: 'h1' },
      'status',
    );
    expect(writes(sandbox).map((e) => [e.method, e.path, e.body])).toEqual([
      [
        'PATCH',
        `/v1/pages/${N(1)}`,
        {
          properties: {
            Stage: { status: { name: '360 feedback' } },
            'Peer responses': { number: 3 },
            'Summary hash': { rich_text: [{ type: 'text', text: { content: 'h1' } }] },
          },
        },
      ],
    ]);
  });
});

describe('goals, action items and reminders', () => {
  it('creates an open action item, records the status it set, and finds it again by key', async () => {
    const { sandbox, gw } = harness.install({ reviews: [reviewPage(1)] });
    const entry = {
      key: 'rs:2026-H2:abc:sd-course',
      kind: 'training' as const,
      code: 'SD',
      title: 'Design course',
      detail: 'Chapters 1-4',
      due: '2026-12-01',
    };
    const schema = actionItemSchemaFrom(
      config,
      await gw.dataSources.retrieve({ data_source_id: IDS.itemsDs }),
    );
    await createActionItem(gw, config, { dataSourceId: IDS.itemsDs, schema }, N(1), entry);
    const body = writes(sandbox)[0]?.body as { properties: Record<string, unknown>; parent: unknown };
    expect(body.parent).toEqual({ type: 'data_source_id', data_source_id: IDS.itemsDs });
    expect(body.properties).toEqual({
      Action: { title: [{ type: 'text', text: { content: 'Design course' } }] },
      Review: { relation: [{ id: N(1) }] },
      Key: { rich_text: [{ type: 'text', text: { content: entry.key } }] },
      Kind: { select: { name: 'training' } },
      Competency: { select: { name: 'SD' } },
      Due: { date: { start: '2026-12-01' } },
      Status: { select: { name: 'Not started' } },
      'Synced status': { rich_text: [{ type: 'text', text: { content: 'Not started' } }] },
    });
    expect(schema).toEqual({ statusType: 'select', statusOptions: null, hasSyncedStatus: true });
    const found = await readActionItems(gw, config, IDS.itemsDs, ['rs:2026-H2:abc:']);
    expect(found).toEqual([
      {
        pageId: expect.any(String) as string,
        key: entry.key,
        reviewPageId: N(1),
        title: 'Design course',
        status: 'Not started',
        syncedStatus: 'Not started',
      },
    ]);
    expect(await readActionItems(gw, config, IDS.itemsDs, ['rs:2026-H2:zzz:'])).toEqual([]);
  });

  it('reads the items of several reviews in one query, an `or` of their key prefixes, 100 at most', async () => {
    const { sandbox, gw } = harness.install({ reviews: [reviewPage(1)] });
    const schema = actionItemSchemaFrom(
      config,
      await gw.dataSources.retrieve({ data_source_id: IDS.itemsDs }),
    );
    const item = (review: string, id: string) => ({
      key: `rs:2026-H2:${review}:${id}`,
      kind: 'training' as const,
      code: 'SD',
      title: `${review} ${id}`,
      detail: '',
      due: '2026-12-01',
    });
    for (const entry of [item('abc', 'one'), item('def', 'two'), item('ghi', 'three')]) {
      await createActionItem(gw, config, { dataSourceId: IDS.itemsDs, schema }, N(1), entry);
    }
    sandbox.requests.clear();
    const found = await readActionItems(gw, config, IDS.itemsDs, ['rs:2026-H2:abc:', 'rs:2026-H2:def:']);
    expect(found.map((f) => f.key).sort()).toEqual(['rs:2026-H2:abc:one', 'rs:2026-H2:def:two']);
    const queries = sandbox.requests.entries().filter((e) => /\/query(\?|$)/.test(e.path));
    expect(queries.map((q) => (q.body as { filter: unknown }).filter)).toEqual([
      {
        or: [
          { property: 'Key', rich_text: { starts_with: 'rs:2026-H2:abc:' } },
          { property: 'Key', rich_text: { starts_with: 'rs:2026-H2:def:' } },
        ],
      },
    ]);

    sandbox.requests.clear();
    const many = Array.from({ length: 150 }, (_, i) => `rs:2026-H2:r${i}:`);
    const all = await readActionItems(gw, config, IDS.itemsDs, [...many, 'rs:2026-H2:ghi:']);
    expect(all.map((f) => f.key)).toEqual(['rs:2026-H2:ghi:three']);
    const batches = sandbox.requests
      .entries()
      .filter((e) => /\/query(\?|$)/.test(e.path))
      .map((q) => ((q.body as { filter: { or: unknown[] } }).filter.or ?? []).length);
    expect(batches).toEqual([100, 51]);
  });

  it('updates goal progress and status', async () => {
    const goal = {
      id: N(5001),
      properties: { Goal: { title: [{ text: { content: 'G' } }] }, Review: { relation: [{ id: N(1) }] } },
    };
    const { sandbox, gw } = harness.install({ reviews: [reviewPage(1)], goals: [goal] });
    await updateGoal(gw, config, N(5001), 0.4, 'On track');
    expect(writes(sandbox)[0]?.body).toEqual({
      properties: { Progress: { number: 0.4 }, 'Goal status': { select: { name: 'On track' } } },
    });
  });

  it('mentions people with an id and names the others', async () => {
    const { sandbox, gw } = harness.install({ reviews: [reviewPage(1)] });
    const bot = (await gw.users.me()).id;
    sandbox.requests.clear();
    const posted = await postReminder(
      gw,
      {
        pageId: N(1),
        mention: [{ id: IDS.ada, email: 'ada@example.com' }, { name: 'Grace' }],
        text: 'self-assessment is overdue',
        isThis: (text) => text.includes('self-assessment is overdue'),
      },
      bot,
    );
    expect(posted).toBe(true);
    expect(writes(sandbox)[0]?.body).toEqual({
      parent: { page_id: N(1) },
      rich_text: [
        { type: 'mention', mention: { user: { id: IDS.ada } } },
        { type: 'text', text: { content: ' ' } },
        { type: 'text', text: { content: 'Grace ' } },
        { type: 'text', text: { content: 'self-assessment is overdue' } },
      ],
    });
  });
});

describe('writes whose outcome is unknown are checked before they are repeated', () => {
  const entry = {
    key: 'rs:2026-H2:abc:sd-course',
    kind: 'training' as const,
    code: 'SD',
    title: 'Design course',
    detail: '',
    due: '2026-12-01',
  };
  const reminder = (
    text = 'Self-assessment was due on 2026-10-15: the self-assessment is still missing',
  ) => ({
    pageId: N(1),
    mention: [],
    text,
    isThis: (t: string) => t.includes('Self-assessment was due on'),
  });

  it.each([
    ['a lost reply (created, connection dropped)', 'lost' as const, 1],
    ['a 504 from a gateway after the create went through', 'late-504' as const, 1],
    ['a reset before the server saw it', 'drop' as const, 2],
    ['a 503 refusal', 503 as const, 2],
  ])('an action item create after %s leaves exactly one item', async (_label, respond, creates) => {
    const { sandbox, gw } = harness.install({ reviews: [reviewPage(1)] });
    const schema = actionItemSchemaFrom(
      config,
      await gw.dataSources.retrieve({ data_source_id: IDS.itemsDs }),
    );
    sandbox.faults.script({ method: 'POST', path: '/v1/pages', respond });
    await createActionItem(gw, config, { dataSourceId: IDS.itemsDs, schema }, N(1), entry);
    expect(await readActionItems(gw, config, IDS.itemsDs, ['rs:2026-H2:abc:'])).toHaveLength(1);
    expect(gw.stats.byEndpoint['pages.create']).toBe(creates);
  });

  it.each([
    ['a lost reply', 'lost' as const, 1],
    ['a 504 after posting', 'late-504' as const, 1],
    ['a 503 refusal', 503 as const, 2],
    ['a reset', 'drop' as const, 2],
  ])('a reminder after %s is posted exactly once', async (_label, respond, posts) => {
    const { sandbox, gw } = harness.install({ reviews: [reviewPage(1)] });
    const bot = (await gw.users.me()).id;
    sandbox.faults.script({ method: 'POST', path: '/v1/comments', respond });
    expect(await postReminder(gw, reminder(), bot)).toBe(true);
    expect([...sandbox.notion.store.comments.values()]).toHaveLength(1);
    expect(gw.stats.byEndpoint['comments.create']).toBe(posts);
  });

  it('a reminder the integration already left is recognised in the comments list and not posted again', async () => {
    const { sandbox, gw } = harness.install({ reviews: [reviewPage(1)] });
    const bot = (await gw.users.me()).id;
    await postReminder(gw, reminder(), bot);
    // Another day, another due date in the text: still the same stage's reminder.
    const again = await postReminder(
      gw,
      reminder('Self-assessment was due on 2026-10-20: still missing'),
      bot,
    );
    expect(again).toBe(false);
    expect([...sandbox.notion.store.comments.values()]).toHaveLength(1);
  });

  it('a comment with the same words by someone else is not the tool’s reminder', async () => {
    const { sandbox, gw } = harness.install({ reviews: [reviewPage(1)] });
    await postReminder(gw, reminder(), IDS.linus);
    expect(await postReminder(gw, reminder(), 'ffffffff-ffff-4fff-8fff-ffffffffffff')).toBe(true);
    expect([...sandbox.notion.store.comments.values()]).toHaveLength(2);
  });
});

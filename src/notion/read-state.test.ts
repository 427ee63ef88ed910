import { describe, expect, it } from 'vitest';
import { makeConfig } from '../../test/support/config-builders.ts';
import { baseConfigInput } from '../../test/fixtures/config.ts';
import { readNotionState } from './read-state.ts';
import { IDS, N, reviewPage, title, useAdapterHarness } from '../../test/support/notion-sandbox.ts';

const harness = useAdapterHarness();

const config = makeConfig({
  notion: {
    reviews: {
      database: `https://www.notion.so/acme/Reviews-${IDS.reviewsDb.replace(/-/g, '')}?v=0123456789abcdef0123456789abcdef`,
      properties: { dueDates: { selfAssessment: 'Self due' } },
    },
    goals: { database: IDS.goalsDb },
  },
  framework: {
    competencies: (baseConfigInput.framework.competencies ?? []).map((c) =>
      c.code === 'CQ' ? { ...c, managerProperty: 'Manager CQ' } : c,
    ),
  },
});

describe('readNotionState: pages that are not trusted', () => {
  it('holds back two open pages for one reviewee and cycle, naming neither person', async () => {
    const reviews = [reviewPage(1), reviewPage(2), reviewPage(3, { Cycle: { select: { name: '2026-H1' } } })];
    const { gw } = harness.install({ reviews });
    const state = await readNotionState(gw, config, { cycles: ['2026-H2', '2026-H1'] });
    expect(state.reviews.map((r) => r.pageId)).toEqual([N(3)]);
    expect(state.heldReviews.map((r) => r.pageId)).toEqual([N(1), N(2)]);
    expect(state.problems).toEqual([
      {
        pageId: N(1),
        dataSource: 'reviews',
        message: `another open page has the same reviewee and cycle (${N(2)}); neither is synced until one is removed`,
      },
      {
        pageId: N(2),
        dataSource: 'reviews',
        message: `another open page has the same reviewee and cycle (${N(1)}); neither is synced until one is removed`,
      },
    ]);
    expect(JSON.stringify(state.problems)).not.toMatch(/Ada|ada@/);
  });

  it.each([
    [
      'reviewee',
      { Reviewee: { people: [{ id: N(9999) }] } },
      'reviewee ("Reviewee") is not a member of this workspace',
    ],
    [
      'manager',
      { Manager: { people: [{ id: N(9999) }] } },
      'manager ("Manager") is not a member of this workspace',
    ],
  ])('an unknown %s is a page problem that never names the user', async (_name, override, message) => {
    const { gw } = harness.install({ reviews: [reviewPage(1, override)] });
    const state = await readNotionState(gw, config, { cycles: ['2026-H2'] });
    expect(state.reviews).toEqual([]);
    expect(state.problems).toEqual([{ pageId: N(1), dataSource: 'reviews', message }]);
  });
});

describe('readNotionState', () => {
  it('reads every page of more than 100 reviews within the request budget', async () => {
    // One reviewee each: two pages for one person in one cycle would both be held back.
    const people = Array.from({ length: 230 }, (_, i) => ({
      id: N(7000 + i),
      type: 'person',
      name: `Person ${i}`,
      person: { email: `person${i}@example.com` },
    }));
    const reviews = people.map((person, i) =>
      reviewPage(i + 1, { Reviewee: { people: [{ id: person.id }] } }),
    );
    reviews.push(reviewPage(900, { Cycle: { select: { name: '2026-H1' } } }));
    const goals = [
      {
        id: N(5001),
        properties: {
          Goal: title('Cut latency'),
          Review: { relation: [{ id: N(1) }] },
          Baseline: { number: 400 },
          Target: { number: 250 },
          Current: { number: 300 },
          Due: { date: { start: '2027-03-01' } },
        },
      },
      { id: N(5002), properties: { Goal: title('Old cycle'), Review: { relation: [{ id: N(900) }] } } },
    ];
    const { sandbox, gw } = harness.install({ reviews, goals, extraUsers: people });
    const state = await readNotionState(gw, config, { cycles: ['2026-H2'] });
    expect(state.reviews).toHaveLength(230);
    expect(state.problems).toEqual([]);
    expect(state.dataSources).toEqual({ reviews: IDS.reviewsDs, goals: IDS.goalsDs, actionItems: null });
    expect(state.stageType).toBe('status');
    expect(state.goals).toEqual([
      expect.objectContaining({
        pageId: N(5001),
        reviewPageId: N(1),
        baseline: 400,
        target: 250,
        current: 300,
        due: '2027-03-01',
      }),
    ]);
    // ⌈230/100⌉ review pages (the filter drops the H1 page) + ⌈2/100⌉ goal pages + two database resolves.
    expect(gw.stats.total).toBe(Math.ceil(230 / 100) + 1 + 2);
    expect(gw.stats.byEndpoint).toEqual({ 'databases.retrieve': 2, 'dataSources.query': 4 });
    const query = sandbox.requests
      .entries()
      .find((e) => e.path.includes(`/data_sources/${IDS.reviewsDs}/query`));
    expect(query?.body).toEqual({
      filter: { property: 'Cycle', select: { equals: '2026-H2' } },
      page_size: 100,
    });
  });

  it('maps every read field of a review', async () => {
    const page = reviewPage(1, {
      Calibrated: { checkbox: true },
      'Delivered on': { date: { start: '2026-12-01' } },
      'Self due': { date: { start: '2026-10-20' } },
      'Manager CQ': { number: 4 },
      'Overall score': { number: 3.6 },
      'Computed band': { select: { name: 'Meets expectations' } },
      'Sync notes': { rich_text: [{ text: { content: '=SUM(A1) ' } }, { text: { content: 'stays' } }] },
      'Summary hash': { rich_text: [{ text: { content: 'abc' } }] },
      'Code scores': { rich_text: [{ text: { content: 'CQ 3.50' } }] },
      'Final band': { select: { name: 'Meets expectations' } },
      'Summary block': { rich_text: [{ text: { content: `${N(1)}/${N(77)}` } }] },
    });
    const { gw } = harness.install({ reviews: [page] });
    const state = await readNotionState(gw, config, { cycles: ['2026-H1', '2026-H2'] });
    expect(state.reviews[0]).toEqual({
      pageId: N(1),
      title: 'Review 1',
      cycle: '2026-H2',
      reviewee: { id: IDS.ada, name: 'Ada Lovelace', email: 'ada@example.com' },
      manager: { id: IDS.linus, name: 'Linus Torvalds', email: 'linus@example.com' },
      stage: 'selfAssessment',
      dueOverrides: { selfAssessment: '2026-10-20' },
      calibrated: true,
      delivered: false,
      deliveredOn: '2026-12-01',
      managerRatings: { CQ: 4 },
      owned: {
        overallScore: 3.6,
        band: 'Meets expectations',
        peerResponses: null,
        goalsOnTrack: null,
        lastSynced: null,
        syncNotes: '=SUM(A1) stays',
        summaryHash: 'abc',
        codeScores: { entries: [{ code: 'CQ', value: 3.5 }], exact: true },
        summaryBlock: N(77),
      },
      finalBand: 'Meets expectations',
      team: null,
    });
  });

  it('reads the history cycles with one more paged query, filtered to them, for trends', async () => {
    const reviews = [
      reviewPage(1),
      reviewPage(2, {
        Cycle: { select: { name: '2026-H1' } },
        'Overall score': { number: 3.25 },
        'Computed band': { select: { name: 'Meets expectations' } },
        'Code scores': { rich_text: [{ text: { content: 'CQ 3.50; SD 2.75; typed by hand' } }] },
      }),
    ];
    const { gw, sandbox } = harness.install({ reviews });
    const withHistory = makeConfig({ ...config, history: ['2026-H1'] });
    const state = await readNotionState(gw, withHistory, { cycles: ['2026-H2'] });
    expect(state.reviews.map((r) => r.pageId)).toEqual([N(1)]);
    expect(state.past).toEqual([
      {
        pageId: N(2),
        cycle: '2026-H1',
        reviewee: { id: IDS.ada, email: 'ada@example.com' },
        overallScore: 3.25,
        band: 'Meets expectations',
        codeScores: { CQ: 3.5, SD: 2.75 },
      },
    ]);
    const queries = sandbox.requests
      .entries()
      .filter((e) => e.path.includes(`/data_sources/${IDS.reviewsDs}/query`));
    expect(queries.map((q) => q.body)).toEqual([
      { filter: { property: 'Cycle', select: { equals: '2026-H2' } }, page_size: 100 },
      { filter: { property: 'Cycle', select: { equals: '2026-H1' } }, page_size: 100 },
    ]);
  });

  it('makes no history query when history lists only cycles being synced', async () => {
    const { gw } = harness.install({ reviews: [reviewPage(1)] });
    const state = await readNotionState(gw, makeConfig({ ...config, history: ['2026-H2'] }), {
      cycles: ['2026-H2'],
    });
    expect(state.past).toEqual([]);
    expect(gw.stats.byEndpoint['dataSources.query']).toBe(2);
  });

  it('reads a goal’s objective relation and its milestone checklist', async () => {
    const goals = [
      {
        id: N(5001),
        properties: {
          Goal: title('Adopt the framework in two services'),
          Review: { relation: [{ id: N(1) }] },
          Objective: { relation: [{ id: N(7001) }] },
          Milestones: { rich_text: [{ text: { content: '[x] Orders\n[ ] Payments\nnot a milestone' } }] },
        },
      },
    ];
    const { gw } = harness.install({ reviews: [reviewPage(1)], goals });
    const state = await readNotionState(gw, config, { cycles: ['2026-H2'] });
    expect(state.goals[0]).toMatchObject({
      objectiveId: N(7001),
      milestones: [
        { title: 'Orders', done: true },
        { title: 'Payments', done: false },
      ],
    });
  });

  it('reports a bad page with its id and goes on', async () => {
    const reviews = [
      reviewPage(1),
      reviewPage(2, { Stage: { status: { name: 'Completed' } }, Reviewee: { people: [] } }),
      reviewPage(3, { Stage: { status: { name: 'Calibration' } } }),
      reviewPage(4, { Stage: { status: null } }),
    ];
    const { gw } = harness.install({ reviews });
    const customConfig = makeConfig({ ...config, stages: { calibration: 'Calibrating' } });
    const state = await readNotionState(gw, customConfig, { cycles: ['2026-H2'] });
    expect(state.reviews.map((r) => r.pageId)).toEqual([N(1)]);
    expect(state.problems).toEqual([
      { pageId: N(2), dataSource: 'reviews', message: 'reviewee ("Reviewee") is empty' },
      {
        pageId: N(3),
        dataSource: 'reviews',
        message: 'stage "Calibration" is not one of the configured stage names',
      },
      { pageId: N(4), dataSource: 'reviews', message: 'stage ("Stage") is empty' },
    ]);
  });

  it('accepts a select stage and remembers the type', async () => {
    const { gw } = harness.install({
      stageType: 'select',
      reviews: [reviewPage(1, { Stage: { select: { name: '360 feedback' } } })],
    });
    const state = await readNotionState(gw, config, { cycles: ['2026-H2'] });
    expect(state.reviews[0]?.stage).toBe('feedback');
    expect(state.stageType).toBe('select');
  });

  it('reads a people value of more than 25 in full', async () => {
    const many = Array.from({ length: 30 }, (_, i) => ({
      id: `e0000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      type: 'person',
      name: `P${i}`,
      person: { email: `p${i}@example.com` },
    }));
    const reviews = [reviewPage(1, { Reviewee: { people: many.map((u) => ({ id: u.id })) } }), reviewPage(2)];
    const { gw } = harness.install({ reviews, extraUsers: many });
    const state = await readNotionState(gw, config, { cycles: ['2026-H2'] });
    expect(state.reviews[0]?.reviewee.email).toBe('p0@example.com');
    expect(gw.stats.byEndpoint['pages.properties.retrieve']).toBe(1);
  });

  it('filters to one review by page id or email', async () => {
    const { gw } = harness.install({
      reviews: [reviewPage(1), reviewPage(2, { Reviewee: { people: [{ id: IDS.linus }] } })],
    });
    const byEmail = await readNotionState(gw, config, {
      cycles: ['2026-H2'],
      reviewFilter: { email: 'LINUS@example.com' },
    });
    expect(byEmail.reviews.map((r) => r.pageId)).toEqual([N(2)]);
    const byId = await readNotionState(gw, config, {
      cycles: ['2026-H2'],
      reviewFilter: { pageId: N(1).replace(/-/g, '') },
    });
    expect(byId.reviews.map((r) => r.pageId)).toEqual([N(1)]);
  });
});

import { describe, expect, it } from 'vitest';
import { makeConfig } from '../../../test/support/config-builders.ts';
import { buildActionPlan } from './build-action-plan.ts';
import { JANE_REVIEW, makeReview } from '../../../test/support/review-builders.ts';
import { makeScore } from '../../../test/support/score-builders.ts';

const config = makeConfig();
const review = makeReview({ ...JANE_REVIEW });
const startsOn = new Date('2026-12-01T10:00:00Z');
const KEY = 'rs1:2026-H2:1f2e3d4c5b6a49788877665544332211';

function plan(scores: Record<string, number | null>, overall: number | null = 3.2, maxItems = 100) {
  const capped = { ...config, actionPlan: { ...config.actionPlan, maxItems } };
  return buildActionPlan({ review, score: makeScore(scores, { overall }), config: capped, startsOn });
}

describe('buildActionPlan rules', () => {
  it.each<[string, Record<string, number | null>, string[]]>([
    ['growth area without a goal template', { CQ: 2.5 }, ['CQ training', 'CQ mentorship', 'CQ project']],
    [
      'growth area with a goal template',
      { SD: 2.9 },
      ['SD training', 'SD mentorship', 'SD project', 'SD goal'],
    ],
    ['score exactly at growthBelow', { CQ: 3, SD: 3 }, []],
    ['score just below strengthAtLeast', { CQ: 4.19 }, []],
    ['score exactly at strengthAtLeast', { CQ: 4.2 }, ['CQ recognition']],
    ['strength that suggests mentoring others', { COL: 4.5 }, ['COL mentor-others']],
    ['strength with no catalog entry', { SD: 5 }, []],
    ['growth area with no catalog entry', { COL: 1 }, []],
    ['code with no score', { CQ: null, SD: null, COL: null }, []],
    ['code missing from the score', {}, []],
  ])('%s', (_name, scores, expected) => {
    expect(plan(scores).map((entry) => `${entry.code} ${entry.kind}`)).toEqual(expected);
  });

  it('orders by framework code, then kind, whatever the score order', () => {
    const keys = plan({ COL: 5, SD: 1, CQ: 4.5 }).map((entry) => entry.key.slice(KEY.length + 1));
    expect(keys).toEqual([
      'catalog:cq-recognition',
      'catalog:sd-course',
      'catalog:sd-mentor',
      'catalog:sd-project',
      'goal:sd-latency',
      'catalog:col-mentor-others',
    ]);
  });

  it.each<[string, Record<string, number | null>, number, string[]]>([
    // CQ weighs 2, SD and COL 1: CQ 2.7 is 0.3 below the line (0.6 weighted), SD 2.5 is 0.5 below.
    [
      'a heavy code a little below the line leads',
      { CQ: 2.7, SD: 2.5 },
      3,
      ['CQ training', 'CQ mentorship', 'CQ project'],
    ],
    [
      'the further below, the sooner',
      { CQ: 2.9, SD: 1 },
      4,
      ['SD training', 'SD mentorship', 'SD project', 'SD goal'],
    ],
    ['growth areas before strengths', { CQ: 2.9, COL: 5 }, 3, ['CQ training', 'CQ mentorship', 'CQ project']],
    [
      'kept entries stay in plan order',
      { CQ: 2.9, SD: 1, COL: 5 },
      5,
      ['CQ training', 'SD training', 'SD mentorship', 'SD project', 'SD goal'],
    ],
    ['a stronger strength first', { CQ: 4.3, COL: 5 }, 1, ['COL mentor-others']],
    [
      'room for everything: nothing cut',
      { CQ: 2.9, COL: 5 },
      5,
      ['CQ training', 'CQ mentorship', 'CQ project', 'COL mentor-others'],
    ],
  ])('cut to maxItems: %s', (_name, scores, maxItems, expected) => {
    expect(plan(scores, 3.2, maxItems).map((entry) => `${entry.code} ${entry.kind}`)).toEqual(expected);
  });

  it('keeps five entries by default', () => {
    expect(config.actionPlan.maxItems).toBe(5);
    const all = buildActionPlan({
      review,
      score: makeScore({ CQ: 1, SD: 1, COL: 5 }, { overall: 2 }),
      config,
      startsOn,
    });
    expect(all).toHaveLength(5);
  });

  it('still plans per code when the overall result is insufficient data', () => {
    expect(plan({ CQ: 2, SD: null, COL: null }, null).map((entry) => entry.kind)).toEqual([
      'training',
      'mentorship',
      'project',
    ]);
  });

  it('ignores codes that are not in the framework', () => {
    expect(plan({ ZZ: 1 })).toEqual([]);
  });
});

describe('buildActionPlan entries', () => {
  it('renders a goal template with its due date and metric', () => {
    expect(plan({ SD: 2 }).find((entry) => entry.kind === 'goal')).toEqual({
      key: `${KEY}:goal:sd-latency`,
      kind: 'goal',
      code: 'SD',
      title: 'Cut p95 latency of the orders API from 400 ms to 250 ms by 2027-03-31',
      detail: 'Suggested goal for the next cycle. Metric: p95 latency (ms); baseline 400, target 250.',
      due: '2027-03-31',
    });
  });

  it('takes due dates from each entry and a default detail when the catalog has none', () => {
    expect(plan({ CQ: 2 }).slice(0, 2)).toEqual([
      {
        key: `${KEY}:catalog:cq-course`,
        kind: 'training',
        code: 'CQ',
        title: 'Refactoring course',
        detail: 'Growth area: Code quality (CQ).',
        due: '2027-01-30',
      },
      {
        key: `${KEY}:catalog:cq-mentor`,
        kind: 'mentorship',
        code: 'CQ',
        title: 'Pair with a senior on reviews',
        detail: 'Growth area: Code quality (CQ).',
        due: '2027-03-01',
      },
    ]);
  });

  it('keeps the catalog detail and keeps config order within a kind', () => {
    const base = makeConfig();
    const withTwo = makeConfig({
      actionPlan: {
        ...base.actionPlan,
        catalog: [
          { id: 'cq-b', code: 'CQ', kind: 'training', title: 'B', detail: 'Read chapter 3', dueInDays: 10 },
          { id: 'cq-a', code: 'CQ', kind: 'training', title: 'A', dueInDays: 10 },
        ],
      },
    });
    const entries = buildActionPlan({ review, score: makeScore({ CQ: 1 }), config: withTwo, startsOn });
    expect(entries.map((entry) => [entry.title, entry.detail])).toEqual([
      ['B', 'Read chapter 3'],
      ['A', 'Growth area: Code quality (CQ).'],
    ]);
  });

  it('keeps keys unique when the config repeats an id', () => {
    const base = makeConfig();
    const repeated = makeConfig({
      actionPlan: {
        ...base.actionPlan,
        catalog: [...base.actionPlan.catalog, ...base.actionPlan.catalog],
        maxItems: 100,
      },
    });
    const entries = buildActionPlan({
      review,
      score: makeScore({ CQ: 1, SD: 1, COL: 5 }),
      config: repeated,
      startsOn,
    });
    expect(entries.map((entry) => entry.key)).toEqual(
      plan({ CQ: 1, SD: 1, COL: 5 }).map((entry) => entry.key),
    );
  });
});

import { describe, expect, it } from 'vitest';
import { makeConfig } from '../../test/support/config-builders.ts';
import type { Config } from '../core/config-schema.ts';
import type { ExistingActionItem, Review } from '../core/domain.ts';
import type { Change } from '../core/changes.ts';
import { plan, type SyncPlan, type SyncState } from './plan.ts';
import { reconcilePlanItems, reviewsNeedingItems } from './plan-action-items.ts';
import { makeReview } from '../../test/support/review-builders.ts';
import { CSV_PEER, fullResponses, makeRaw } from '../../test/support/response-builders.ts';

const config = makeConfig();
const NOW = new Date('2026-11-20T09:00:00Z');

/** Plays the writes back onto the pages, as Notion would hold them after apply. */
function applyToState(state: SyncState, changes: Change[]): SyncState {
  const reviews = state.reviews.map((review): Review => {
    let next = review;
    for (const change of changes) {
      if (change.kind !== 'update-review' || change.reviewPageId !== review.pageId) continue;
      const { stage, ...owned } = change.properties;
      next = {
        ...next,
        stage: stage ?? next.stage,
        owned: {
          ...next.owned,
          ...Object.fromEntries(Object.entries(owned).filter(([, v]) => v !== undefined)),
        },
      };
    }
    return next;
  });
  return { ...state, reviews };
}

function state(reviews: Review[], responses = fullResponses()): SyncState {
  return { reviews, goals: [], responses };
}

/** What a run does: plan once, then reconcile the reviews that need their items with the items read. */
function planWithItems(s: SyncState, cfg: Config, existing: ExistingActionItem[]): SyncPlan {
  const planned = plan(s, cfg, NOW);
  const readFor = reviewsNeedingItems(planned).map((r) => r.review.pageId);
  return reconcilePlanItems(planned, existing, readFor, cfg);
}

describe('plan', () => {
  it('moves a review with full data from Not started to Calibration in one run', () => {
    const result = plan(state([makeReview()]), config, NOW);
    const review = result.reviews[0];
    expect(review?.workflow.path).toEqual(['selfAssessment', 'feedback', 'managerEvaluation', 'calibration']);
    const update = result.changes.find((c) => c.kind === 'update-review');
    expect(update?.kind === 'update-review' && update.properties.stage).toBe('calibration');
    expect(result.changes.map((c) => c.kind)).toEqual(['replace-summary', 'update-review']);
  });

  it('writes nothing on a second run once the first run was applied', () => {
    const first = plan(state([makeReview()]), config, NOW);
    const second = plan(applyToState(state([makeReview()]), first.changes), config, NOW);
    expect(second.changes).toEqual([]);
  });

  it('writes nothing on a later day when nothing new arrived', () => {
    const first = plan(state([makeReview()]), config, NOW);
    const later = plan(
      applyToState(state([makeReview()]), first.changes),
      config,
      new Date('2026-11-21T09:00:00Z'),
    );
    expect(later.changes).toEqual([]);
  });

  it('asks for the existing action items only when a summary changed', () => {
    const base = makeConfig();
    const withItems = makeConfig({
      notion: { reviews: { database: 'db-reviews' }, actionItems: { database: 'db-actions' } },
      // Items from Calibration on, so the one-run move to Calibration creates them.
      actionPlan: { ...base.actionPlan, createFrom: 'calibration' },
      visibility: { ...base.visibility, actionPlan: 'calibration' },
    });
    const first = plan(state([makeReview()]), withItems, NOW);
    expect(reviewsNeedingItems(first).map((r) => r.review.pageId)).toEqual([makeReview().pageId]);
    // Before the items are read, the plan holds no item change at all.
    expect(first.changes.filter((c) => c.kind.includes('action-item'))).toEqual([]);
    const withNone = planWithItems(state([makeReview()]), withItems, []);
    expect(reviewsNeedingItems(withNone)).toEqual([]);
    expect(withNone.itemsRead).toEqual([makeReview().pageId]);
    const creates = withNone.changes.filter((c) => c.kind === 'create-action-item');
    expect(creates.length).toBeGreaterThan(0);
    expect(withNone.changes.at(-1)?.kind).toBe('update-review');
    const existing = creates.map((c) => ({
      pageId: `item-${c.kind === 'create-action-item' ? c.entry.key : ''}`,
      key: c.kind === 'create-action-item' ? c.entry.key : '',
      reviewPageId: null,
      title: 't',
      status: 'Not started',
      syncedStatus: 'Not started',
    }));
    const rerun = planWithItems(state([makeReview()]), withItems, existing);
    expect(rerun.changes.filter((c) => c.kind === 'create-action-item')).toEqual([]);
  });

  it('reconciles only the reviews whose items were read, and lists kept items without changing the hash', () => {
    const base = makeConfig();
    const withItems = makeConfig({
      notion: { reviews: { database: 'db-reviews' }, actionItems: { database: 'db-actions' } },
      actionPlan: { ...base.actionPlan, createFrom: 'calibration' },
      visibility: { ...base.visibility, actionPlan: 'calibration' },
    });
    const review = makeReview();
    const planned = plan(state([review]), withItems, NOW);
    const moved: ExistingActionItem = {
      pageId: 'item-moved',
      key: `rs1:2026-H2:${review.pageId.replace(/-/g, '')}:catalog:no-longer-planned`,
      reviewPageId: review.pageId,
      title: 'An item a person took on',
      status: 'In progress',
      syncedStatus: 'Not started',
    };
    // Items read for no review: nothing is reconciled, even with this review's items at hand.
    const unread = reconcilePlanItems(planned, [moved], [], withItems);
    expect(unread.changes).toEqual(planned.changes);
    expect(reviewsNeedingItems(unread)).toHaveLength(1);

    const read = reconcilePlanItems(planned, [moved], [review.pageId], withItems);
    const kinds = read.changes.map((c) => c.kind);
    expect(kinds.indexOf('replace-summary')).toBeGreaterThan(kinds.lastIndexOf('create-action-item'));
    expect(kinds.at(-1)).toBe('update-review');
    const summary = read.changes.find((c) => c.kind === 'replace-summary');
    expect(summary?.kind === 'replace-summary' ? summary.model.actionPlan?.kept : null).toEqual([
      { title: 'An item a person took on', status: 'In progress' },
    ]);
    const hash = (p: SyncPlan) => p.reviews[0]?.hash;
    expect(hash(read)).toBe(hash(planned));
    expect(read.reviews[0]?.summary.actionPlan?.kept).toHaveLength(1);
  });

  it('creates no action items before actionPlan.createFrom', () => {
    const withItems = makeConfig({
      notion: { reviews: { database: 'db-reviews' }, actionItems: { database: 'db-actions' } },
    });
    const result = planWithItems(state([makeReview()]), withItems, []);
    expect(result.reviews[0]?.workflow.to).toBe('calibration');
    expect(result.changes.filter((c) => c.kind === 'create-action-item')).toEqual([]);
  });

  it('never touches the action items of a frozen (completed and synced) review', () => {
    const withItems = makeConfig({
      notion: { reviews: { database: 'db-reviews' }, actionItems: { database: 'db-actions' } },
    });
    const frozen = makeReview({
      stage: 'completed',
      owned: { ...makeReview().owned, summaryHash: 'v1:old' },
    });
    const stale = {
      pageId: 'item-1',
      key: `rs1:2026-H2:${frozen.pageId.replace(/-/g, '')}:catalog:gone`,
      reviewPageId: frozen.pageId,
      title: 'No longer planned',
      status: 'Not started',
      syncedStatus: 'Not started',
    };
    const result = planWithItems(state([frozen]), withItems, [stale]);
    expect(result.changes.filter((c) => c.kind.includes('action-item'))).toEqual([]);
  });

  it('checks responses against every review but plans only the selected ones', () => {
    const other = makeReview({
      pageId: 'p-bo',
      title: 'Bo Chen',
      reviewee: { email: 'bo@example.com', name: 'Bo Chen' },
    });
    const responses = [
      ...fullResponses(),
      makeRaw({ ...CSV_PEER, ref: 'line 9', reviewee: 'bo@example.com' }),
    ];
    const result = plan(state([makeReview(), other], responses), config, NOW, (r) => r.pageId === 'p-bo');
    expect(result.reviews.map((r) => r.review.pageId)).toEqual(['p-bo']);
    expect(result.rejected).toEqual([]);
  });

  it.each([
    ['self-assessment', 'selfAssessment', [], 'Self-assessment'],
    [
      '360 feedback',
      'feedback',
      [makeRaw({ ...CSV_PEER, respondentEmail: 'ada@example.com', relationship: 'Self' })],
      '360 feedback',
    ],
  ] as const)(
    'posts one reminder when the %s is late, and records it so no later run repeats it',
    (_label, stage, responses, name) => {
      const review = makeReview({ stage: 'notStarted' });
      const first = plan(state([review], [...responses]), config, NOW);
      const reminder = first.changes.find((c) => c.kind === 'reminder' && c.stage === stage);
      expect(reminder).toBeDefined();
      const update = first.changes.find((c) => c.kind === 'update-review');
      expect(update?.kind === 'update-review' && update.properties.syncNotes).toContain(
        `Reminder posted: ${name}`,
      );
      const second = plan(applyToState(state([review], [...responses]), first.changes), config, NOW);
      expect(second.changes.filter((c) => c.kind === 'reminder')).toEqual([]);
    },
  );

  it('notes a stage set by hand beyond the data, without moving it back', () => {
    const review = makeReview({ stage: 'completed' });
    const result = plan(state([review], []), config, NOW);
    const update = result.changes.find((c) => c.kind === 'update-review');
    expect(update?.kind === 'update-review' && update.properties.stage).toBeUndefined();
    expect(update?.kind === 'update-review' && update.properties.syncNotes).toMatch(/^Stage is Completed/);
  });

  it('never rewrites the scores or summary of a completed review that was synced before', () => {
    const done = makeReview({ stage: 'feedbackDelivery', calibrated: true, delivered: true });
    const first = plan(state([done]), config, NOW);
    const synced = applyToState(state([done]), first.changes);
    expect(synced.reviews[0]?.stage).toBe('completed');
    const lateAnswer = makeRaw({
      ...CSV_PEER,
      ref: 'line 9',
      respondentEmail: 'eve@example.com',
      ratings: { CQ: 1, SD: 1, COL: 1 },
    });
    const later = plan({ ...synced, responses: [...fullResponses(), lateAnswer] }, config, NOW);
    expect(later.reviews[0]?.frozen).toBe(true);
    expect(later.changes).toEqual([]);
  });
});

describe('plan: answers a later one replaced', () => {
  it.each([
    ['none', [], undefined],
    [
      'one respondent answering twice',
      [
        makeRaw({
          ref: 'line 9',
          respondentEmail: 'bob@example.com',
          submittedAt: Date.parse('2026-10-11T10:00:00Z'),
        }),
      ],
      1,
    ],
  ])('counts %s as superseded, not rejected', (_name, extra, superseded) => {
    const planned = plan(state([makeReview()], [...fullResponses(), ...extra]), config, NOW);
    expect(planned.superseded).toBe(superseded);
    expect(planned.rejected).toEqual([]);
  });

  it('two plans of one state in one process give the same plan: nothing is remembered between them', () => {
    const s = state([makeReview()]);
    expect(plan(s, config, NOW)).toEqual(plan(s, config, NOW));
  });
});

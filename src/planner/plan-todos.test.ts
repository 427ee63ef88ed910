import { describe, expect, it } from 'vitest';
import { makeConfig } from '../../test/support/config-builders.ts';
import type { ReplaceSummaryChange } from '../core/changes.ts';
import type { Review, StageKey } from '../core/domain.ts';
import type { SummaryModel } from '../core/summary/types.ts';
import { plan, type SyncState } from './plan.ts';
import { ticksSource } from './plan-todos.ts';
import { makeReview } from '../../test/support/review-builders.ts';
import { fullResponses } from '../../test/support/response-builders.ts';

const NOW = new Date('2026-11-20T09:00:00Z');
const base = makeConfig();
const reviews = { database: 'db-reviews' };
const todos = makeConfig({ notion: { reviews, actionItems: { mode: 'todos' } } });
const pages = makeConfig({ notion: { reviews, actionItems: { database: 'db-actions' } } });

const state = (review: Review): SyncState => ({
  reviews: [review],
  goals: [],
  responses: fullResponses(),
});
const summaryOf = (config = todos, review = makeReview({ calibrated: true })) =>
  plan(state(review), config, NOW).changes.find(
    (c): c is ReplaceSummaryChange => c.kind === 'replace-summary',
  );

describe('ticksSource', () => {
  const agreed: SummaryModel['actionPlan'] = { draft: false, entries: [], kept: [], todos: true };
  const model = (planned: SummaryModel['actionPlan']) => ({ actionPlan: planned }) as SummaryModel;
  const page = (stage: StageKey, summaryBlock: string | null) =>
    makeReview({ stage, owned: { ...makeReview().owned, summaryBlock } });

  it.each<[string, typeof todos, Review, SummaryModel['actionPlan'], string | null]>([
    ['todos, page already at createFrom', todos, page('feedbackDelivery', 'blk-1'), agreed, 'blk-1'],
    ['todos, page past createFrom', todos, page('completed', 'blk-1'), agreed, 'blk-1'],
    ['a first summary: nothing to read', todos, page('feedbackDelivery', null), agreed, null],
    ['the old summary was written before createFrom', todos, page('calibration', 'blk-1'), agreed, null],
    [
      'the new summary is a draft',
      todos,
      page('feedbackDelivery', 'blk-1'),
      { ...agreed, draft: true },
      null,
    ],
    ['the plan is hidden', todos, page('feedbackDelivery', 'blk-1'), null, null],
    ['pages mode', pages, page('feedbackDelivery', 'blk-1'), agreed, null],
    ['no action items configured', base, page('feedbackDelivery', 'blk-1'), agreed, null],
  ])('%s', (_label, config, review, planned, expected) => {
    expect(ticksSource(review, model(planned), config)).toBe(expected);
  });
});

describe('plan in todos mode', () => {
  it('reads no action items and plans no item pages', () => {
    const result = plan(state(makeReview({ calibrated: true })), todos, NOW);
    expect(result.reviews[0]?.workflow.to).toBe('feedbackDelivery');
    expect(result.reviews[0]?.itemsNeeded).toBe(false);
    expect(result.changes.map((c) => c.kind)).not.toContain('create-action-item');
    const summary = summaryOf();
    expect(summary?.model.actionPlan).toMatchObject({ draft: false, todos: true });
    expect(summary?.model.actionPlan?.entries.length).toBeGreaterThan(0);
  });

  it('marks the model only in todos mode, so other summaries keep their hash', () => {
    expect(summaryOf(pages)?.hash).toBe(summaryOf(base)?.hash);
    expect(summaryOf(pages)?.model.actionPlan).not.toHaveProperty('todos');
    expect(summaryOf(todos)?.hash).not.toBe(summaryOf(base)?.hash);
  });

  it('asks apply to read the old container only when it holds the agreed plan', () => {
    const synced = (stage: StageKey) =>
      makeReview({
        stage,
        calibrated: true,
        owned: { ...makeReview().owned, summaryHash: 'v2:old', summaryBlock: 'blk-old' },
      });
    expect(summaryOf(todos, synced('feedbackDelivery'))?.ticksFrom).toBe('blk-old');
    // Written at Calibration, so the old summary holds a draft: the rewrite at delivery reads nothing.
    expect(summaryOf(todos, synced('calibration'))).not.toHaveProperty('ticksFrom');
    expect(summaryOf(pages, synced('feedbackDelivery'))).not.toHaveProperty('ticksFrom');
  });
});

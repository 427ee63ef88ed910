import { describe, expect, it } from 'vitest';
import { makeConfig } from '../../test/support/config-builders.ts';
import { formatCodeScores, readCodeScores } from '../core/trends/index.ts';
import type { PastReview, Review } from '../core/domain.ts';
import { plan, type SyncState } from './plan.ts';
import { makeReview } from '../../test/support/review-builders.ts';
import { fullResponses } from '../../test/support/response-builders.ts';

const config = makeConfig({ history: ['2026-H1'] });
const NOW = new Date('2026-11-20T09:00:00Z');

const earlier: PastReview = {
  pageId: 'p-old',
  cycle: '2026-H1',
  reviewee: { id: 'u-ada' },
  overallScore: 3,
  band: 'Meets expectations',
  codeScores: { CQ: 3.2, SD: 3 },
};

function state(review: Review, past: PastReview[] = [earlier]): SyncState {
  return { reviews: [review], goals: [], responses: fullResponses(), past };
}

const withCodeScores = (over: Partial<Review['owned']> = {}) =>
  makeReview({ owned: { ...makeReview().owned, codeScores: null, ...over } });

describe('plan with history', () => {
  it('puts the change since the earlier cycle in the summary and keeps this cycle’s code scores', () => {
    const result = plan(state(withCodeScores()), config, NOW);
    const review = result.reviews[0];
    expect(review?.summary.overall?.trend).toMatchObject({
      history: [{ cycle: '2026-H1', score: 3 }],
      direction: 'up',
    });
    expect(review?.summary.rows?.map((r) => [r.code, r.previous, r.trend])).toEqual([
      ['CQ', 3.2, 'up'],
      ['SD', 3, 'down'],
      ['COL', null, 'new'],
    ]);
    const update = result.changes.find((c) => c.kind === 'update-review');
    expect(update?.kind === 'update-review' && update.properties.codeScores).toEqual([
      { code: 'CQ', value: 3.6 },
      { code: 'SD', value: 2.6 },
      { code: 'COL', value: 4 },
    ]);
  });

  it('writes no code scores to a page that has no such property', () => {
    const result = plan(state(makeReview()), config, NOW);
    const update = result.changes.find((c) => c.kind === 'update-review');
    expect(update?.kind === 'update-review' && 'codeScores' in update.properties).toBe(false);
  });

  it('writes nothing once the page holds the same summary and code scores', () => {
    const first = plan(state(withCodeScores()), config, NOW);
    const update = first.changes.find((c) => c.kind === 'update-review');
    if (update?.kind !== 'update-review') throw new Error('expected an update');
    const applied = withCodeScores({
      overallScore: update.properties.overallScore ?? null,
      band: update.properties.band ?? null,
      peerResponses: update.properties.peerResponses ?? null,
      goalsOnTrack: update.properties.goalsOnTrack ?? null,
      syncNotes: update.properties.syncNotes ?? '',
      summaryHash: update.properties.summaryHash ?? null,
      codeScores: readCodeScores(formatCodeScores(update.properties.codeScores ?? [])),
    });
    const second = plan(state({ ...applied, stage: update.properties.stage ?? applied.stage }), config, NOW);
    expect(second.changes).toEqual([]);
  });

  it('shows every code as new for a reviewee with no earlier page', () => {
    const result = plan(state(withCodeScores(), []), config, NOW);
    expect(result.reviews[0]?.summary.rows?.map((r) => r.trend)).toEqual(['new', 'new', 'new']);
    expect(result.reviews[0]?.summary.overall?.trend?.direction).toBe('new');
  });

  it('compares with a history cycle that is still synced, from what its pages hold', () => {
    const twoCycles = makeConfig({
      history: ['2026-H1'],
      cycles: [{ name: '2026-H1', opens: '2026-04-01' }, ...(config.cycles ?? [])],
    });
    const old = makeReview({
      pageId: 'p-h1',
      cycle: '2026-H1',
      stage: 'completed',
      owned: {
        ...makeReview().owned,
        overallScore: 3,
        summaryHash: 'v1:x',
        codeScores: readCodeScores('CQ 3.20'),
      },
    });
    const result = plan({ ...state(withCodeScores(), []), reviews: [old, withCodeScores()] }, twoCycles, NOW);
    const current = result.reviews.find((r) => r.review.cycle === '2026-H2');
    expect(current?.summary.rows?.find((r) => r.code === 'CQ')).toMatchObject({ previous: 3.2, trend: 'up' });
    expect(current?.summary.overall?.trend?.history).toEqual([{ cycle: '2026-H1', score: 3 }]);
  });

  it('keeps per-code scores off a page until its scores section is released, like the overall score', () => {
    const late = makeConfig({ history: ['2026-H1'], visibility: { scores: 'completed' } });
    const fresh = plan(state(withCodeScores()), late, NOW).changes.find((c) => c.kind === 'update-review');
    expect(fresh?.kind === 'update-review' && 'codeScores' in fresh.properties).toBe(false);
    // Scores written under an earlier setting are taken back down, not left showing.
    const held = plan(
      state(withCodeScores({ codeScores: readCodeScores('CQ 3.60') })),
      late,
      NOW,
    ).changes.find((c) => c.kind === 'update-review');
    expect(held?.kind === 'update-review' && held.properties.codeScores).toEqual([]);
  });
});

describe('plan: code scores the page holds', () => {
  const written = 'CQ 3.60; SD 2.60; COL 4.00';
  it.each([
    ['exactly what the tool writes', written, false],
    ['the same scores in another format', 'CQ 3.6; SD 2.6; COL 4', true],
    ['the same scores and a person’s words', `${written}; great`, true],
    ['other scores', 'CQ 3.20', true],
  ])('writes them again when the page holds %s: %s', (_name, held, rewritten) => {
    const result = plan(state(withCodeScores({ codeScores: readCodeScores(held) })), config, NOW);
    const update = result.changes.find((c) => c.kind === 'update-review');
    expect(update?.kind === 'update-review' && 'codeScores' in update.properties).toBe(rewritten);
  });
});

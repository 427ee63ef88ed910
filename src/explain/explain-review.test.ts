import { describe, expect, it } from 'vitest';
import { makeConfig } from '../../test/support/config-builders.ts';
import { makeReview } from '../../test/support/review-builders.ts';
import { CSV_PEER, fullResponses, makeRaw } from '../../test/support/response-builders.ts';
import type { Config } from '../core/config-schema.ts';
import type { StageKey } from '../core/domain.ts';
import { round2OrNull } from '../core/numbers/round.ts';
import { createRunContext } from '../core/run-context.ts';
import { plan, type SyncState } from '../planner/plan.ts';
import { explainResponses } from './explain-responses.ts';
import { explainReview } from './explain-review.ts';
import { renderExplanation } from './render-explanation.ts';

const NOW = new Date('2026-11-20T09:00:00Z');

function explainFor(
  stage: StageKey,
  config: Config,
  allStages = false,
  extra = [] as ReturnType<typeof makeRaw>[],
) {
  const review = makeReview({ stage });
  const state: SyncState = { reviews: [review], goals: [], responses: [...fullResponses(), ...extra] };
  const run = createRunContext();
  const planned = plan(state, config, NOW, () => true, run);
  const reviewPlan = planned.reviews[0];
  if (!reviewPlan) throw new Error('no plan');
  const cycle = config.cycles[0];
  if (!cycle) throw new Error('no cycle');
  const responses = explainResponses(review, state.reviews, state.responses, config, NOW, run);
  return {
    plan: reviewPlan,
    e: explainReview({ plan: reviewPlan, cycle, responses, config, now: NOW, allStages }),
  };
}

const withCatalog = (maxItems: number) =>
  makeConfig({
    actionPlan: {
      growthBelow: 3,
      strengthAtLeast: 4,
      maxItems,
      catalog: [
        { id: 'sd-course', code: 'SD', kind: 'training', title: 'Design course' },
        { id: 'sd-mentor', code: 'SD', kind: 'mentorship', title: 'Design mentor' },
        { id: 'col-share', code: 'COL', kind: 'recognition', title: 'Lead a guild' },
      ],
    },
  } as never);

describe('explainReview', () => {
  it('shows only what the stage shows, and everything with --all-stages', () => {
    const later = {
      scores: 'completed',
      strengths: 'completed',
      blindSpots: 'completed',
      actionPlan: 'completed',
    };
    const config = makeConfig({ visibility: later } as never);
    const early = explainFor('selfAssessment', config).e;
    expect(early.codes).toBeNull();
    expect(early.overall).toBeNull();
    expect(early.actionPlan).toBeNull();
    expect(early.hidden.map((h) => h.from)).toEqual(['completed', 'completed', 'completed', 'completed']);
    expect(early.hidden.map((h) => h.section)).toEqual(['scores', 'strengths', 'blindSpots', 'actionPlan']);
    const all = explainFor('selfAssessment', config, true);
    expect(all.e.overall?.rounded).toBe(round2OrNull(all.plan.score.overall));
    expect(all.e.overall?.band).toBe(all.plan.score.band);
    expect(all.e.codes?.map((c) => c.rounded)).toEqual(
      all.plan.score.codes.map((c) => round2OrNull(c.score)),
    );
  });

  it('lists the entries maxItems cut, and keeps the ones the plan holds', () => {
    const { plan: p, e } = explainFor('feedbackDelivery', withCatalog(1), true);
    expect(e.actionPlan?.entries.map((a) => a.title)).toEqual(p.actionPlan.map((a) => a.title));
    expect(e.actionPlan?.entries).toHaveLength(1);
    expect(e.actionPlan?.cut.length).toBeGreaterThan(0);
    expect(e.actionPlan?.entries[0]?.reason).toContain('growthBelow');
  });

  it('counts excluded responses about the reviewee by reason', () => {
    const offScale = makeRaw({
      ...CSV_PEER,
      ref: 'line 9',
      respondentEmail: 'ed@example.com',
      ratings: { CQ: 9 },
    });
    const { e } = explainFor('selfAssessment', makeConfig(), false, [offScale]);
    expect(e.responses.used.total).toBe(5);
    expect(e.responses.excluded).toEqual({ total: 1, byReason: { 'rating-off-scale': 1 } });
  });

  it('names no respondent and carries no comment text', () => {
    const { e } = explainFor('feedbackDelivery', withCatalog(5), true);
    const text = JSON.stringify(e) + renderExplanation(e).join('\n');
    for (const r of fullResponses()) expect(text).not.toContain(r.respondentEmail ?? '');
    expect(text).not.toContain('Great reviews of my PRs');
    expect(text).not.toContain('Ada');
  });
});

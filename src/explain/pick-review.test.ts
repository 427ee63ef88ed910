import { describe, expect, it } from 'vitest';
import { makeConfig } from '../../test/support/config-builders.ts';
import { makeReview } from '../../test/support/review-builders.ts';
import { createRunContext } from '../core/run-context.ts';
import { exitCodeFor } from '../exit-codes.ts';
import { NoMatchingReviewError } from '../errors.ts';
import { matchesReview } from '../notion/review-selection.ts';
import { plan } from '../planner/plan.ts';
import { pickExplainedReview } from './pick-review.ts';

const NOW = new Date('2026-11-20T09:00:00Z');
const config = makeConfig();
const ada = makeReview({ pageId: 'p-ada' });
const adaAgain = makeReview({ pageId: 'p-ada-2' });

function pick(wanted: string, reviews = [ada, adaAgain]) {
  const planned = plan(
    { reviews, goals: [], responses: [] },
    config,
    NOW,
    (r) => matchesReview(r, wanted),
    createRunContext(),
  );
  return () => pickExplainedReview(planned.reviews, config.cycles, wanted);
}

describe('pickExplainedReview', () => {
  it('returns the one review an email names, with its cycle', () => {
    const picked = pick('ADA@example.com', [ada])();
    expect(picked.plan.review.pageId).toBe('p-ada');
    expect(picked.cycle.name).toBe('2026-H2');
  });

  it('refuses an email that names two reviews, listing both and how to narrow it, with exit 2', () => {
    const run = pick('ada@example.com');
    expect(run).toThrow(NoMatchingReviewError);
    expect(run).toThrow('--review "ada@example.com": 2 reviews match it, expected one');
    try {
      run();
    } catch (error) {
      expect(exitCodeFor(error)).toBe(2);
      expect((error as NoMatchingReviewError).details).toEqual([
        'page p-ada (cycle 2026-H2)',
        'page p-ada-2 (cycle 2026-H2)',
        'Give the review page id (or its URL), or narrow to one cycle with --cycle.',
      ]);
    }
  });

  it.each([['nobody@example.com'], ['0123456789abcdef0123456789abcdef']])(
    'refuses %s, which matches no review, naming it',
    (wanted) => {
      expect(pick(wanted)).toThrow(`--review "${wanted}": no review of the active cycles matches it`);
    },
  );
});

import { describe, expect, it } from 'vitest';
import { makeConfig } from '../../test/support/config-builders.ts';
import type { ReplaceSummaryChange, UpdateReviewChange } from '../core/changes.ts';
import type { Review } from '../core/domain.ts';
import { plan } from './plan.ts';
import { personCopyLine } from './sync-notes.ts';
import { makeReview } from '../../test/support/review-builders.ts';
import { fullResponses } from '../../test/support/response-builders.ts';

// How planning treats a review whose summary record is not (known to be) its own.

const NOW = new Date('2026-11-20T09:00:00Z');
const config = makeConfig();
const OTHER = 'page-of-someone-else';

const planOf = (review: Review, rewrite = false) =>
  plan(
    {
      reviews: [review],
      goals: [],
      responses: fullResponses(),
      ...(rewrite ? { rewrite: new Set([review.pageId]) } : {}),
    },
    config,
    NOW,
  );
const summaryOf = (review: Review, rewrite = false) =>
  planOf(review, rewrite).changes.find((c): c is ReplaceSummaryChange => c.kind === 'replace-summary');
const notesOf = (review: Review) =>
  planOf(review).changes.find((c): c is UpdateReviewChange => c.kind === 'update-review')?.properties
    .syncNotes;

/** The review as the last run left it: its own summary written, with the hash this run computes. */
function synced(extra: Partial<Review['owned']> = {}): Review {
  const fresh = makeReview({ calibrated: true });
  const first = summaryOf(fresh);
  const owned = { ...fresh.owned, summaryHash: first?.hash ?? null, summaryBlock: 'blk-own' };
  const notes = notesOf({ ...fresh, owned });
  return { ...fresh, owned: { ...owned, ...(notes === undefined ? {} : { syncNotes: notes }), ...extra } };
}

describe('a summary record that is not known to be the page’s own', () => {
  it('its own record and an unchanged hash: nothing to write', () => {
    expect(summaryOf(synced())).toBeUndefined();
  });

  it('a copied record is no record: the summary is written even though the copied hash matches', () => {
    // The reader drops the copied hash and record (summaryRecord); the hash equal to what this page
    // computes must not count as "written here".
    const review = synced({ summaryHash: null, summaryBlock: null, summaryCopiedFrom: OTHER });
    expect(summaryOf(review)).toMatchObject({ currentBlock: null });
    expect(summaryOf(review)).not.toHaveProperty('listFirst');
    expect(notesOf(review)).toContain(`copied from page ${OTHER}`);
  });

  it('a bare id of an earlier release is listed before anything is deleted', () => {
    const review = synced({ summaryHash: 'v0:older', summaryBlockUnverified: true });
    expect(summaryOf(review)).toMatchObject({ currentBlock: 'blk-own', listFirst: true });
  });

  it('a reported person copy keeps its note, and the next rewrite looks again', () => {
    const line = personCopyLine('blk-person');
    const review = synced({ summaryHash: 'v0:older', syncNotes: line });
    expect(summaryOf(review)).toMatchObject({ listFirst: true });
    expect(notesOf(review)?.split('\n')[0] ?? line).toBe(line);
  });

  it('--rewrite writes an unchanged summary, and lists the page first', () => {
    const review = synced();
    expect(summaryOf(review, true)).toMatchObject({ currentBlock: 'blk-own', listFirst: true });
    const update = planOf(review, true).changes.find((c) => c.kind === 'update-review');
    expect(update).toMatchObject({ properties: { summaryHash: summaryOf(review, true)?.hash } });
  });

  it('--rewrite of a completed review writes it only with the content it was delivered with', () => {
    const delivered = synced();
    const completed = { ...delivered, stage: 'completed' as const };
    expect(
      summaryOf({ ...completed, owned: { ...completed.owned, summaryHash: 'v0:late-data' } }, true),
    ).toBeUndefined();
  });
});

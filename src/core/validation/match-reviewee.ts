import type { Config } from '../config-schema.ts';
import type { ValidationMemos } from './memos.ts';
import type { EpochMillis, Review } from '../domain.ts';
import type { RejectionReason } from './types.ts';
import { cycleWindow, isInWindow } from './cycle-window.ts';
import { normaliseEmail } from '../emails.ts';
import { looksLikeEmail, normaliseName, quote } from './text.ts';

export interface MatchFailure {
  reason: Extract<RejectionReason, 'unknown-reviewee' | 'ambiguous-reviewee' | 'outside-cycle-window'>;
  message: string;
}

export interface MatchInput {
  reviewee: string;
  cycle: string | null;
  submittedAt: EpochMillis;
}

export interface MatchContext {
  reviews: Review[];
  config: Config;
  now: Date;
  run: ValidationMemos;
}

export interface ReviewIndex {
  byEmail: Map<string, Review[]>;
  byName: Map<string, Review[]>;
  /** The reviews each answer, as typed, names: every reviewee is named again in each answer about them. */
  byAnswer: Map<string, Review[]>;
}

const MAX_ANSWERS = 50_000;
const NONE: Review[] = [];

function add(map: Map<string, Review[]>, key: string | null, review: Review): void {
  if (key === null || key === '') return;
  const list = map.get(key) ?? [];
  if (list.at(-1) !== review) list.push(review);
  map.set(key, list);
}

// Built once per list of reviews and kept by the run, so matching a response is a lookup, not a scan of
// every review: without it validation grows with responses × reviews.
function indexOf(reviews: readonly Review[], indexes: ValidationMemos['reviewIndexes']): ReviewIndex {
  let index = indexes.get(reviews);
  if (!index) {
    index = { byEmail: new Map(), byName: new Map(), byAnswer: new Map() };
    for (const review of reviews) {
      add(index.byEmail, normaliseEmail(review.reviewee.email), review);
      add(index.byName, normaliseName(review.reviewee.name ?? ''), review);
      add(index.byName, normaliseName(review.title), review);
    }
    indexes.set(reviews, index);
  }
  return index;
}

function reviewsNamed(reviews: readonly Review[], answer: string, run: ValidationMemos): readonly Review[] {
  const index = indexOf(reviews, run.reviewIndexes);
  const known = index.byAnswer.get(answer);
  if (known !== undefined) return known;
  const named = looksLikeEmail(answer)
    ? index.byEmail.get(normaliseEmail(answer) ?? '')
    : // Lists are filled in the reviews' own order, and a review whose name equals its title is added once.
      index.byName.get(normaliseName(answer));
  if (index.byAnswer.size >= MAX_ANSWERS) index.byAnswer.clear();
  index.byAnswer.set(answer, named ?? NONE);
  return named ?? NONE;
}

// Reviews of one person in several cycles share an email or Notion id; only when a page has neither
// do we fall back to the name, which cannot tell two namesakes apart.
function personKey(review: Review): string {
  const email = normaliseEmail(review.reviewee.email);
  if (email !== null) return `email:${email}`;
  if (review.reviewee.id) return `id:${review.reviewee.id}`;
  return `name:${normaliseName(review.reviewee.name ?? review.title)}`;
}

function byCycleName(candidates: readonly Review[], cycle: string | null): readonly Review[] {
  if (cycle === null || cycle.trim() === '') return candidates;
  const wanted = normaliseName(cycle);
  return candidates.filter((review) => normaliseName(review.cycle) === wanted);
}

// One person with pages in several open cycles: the cycle whose window holds the timestamp wins.
// Overlapping windows are settled in favour of the most recently opened cycle.
function byWindow(
  candidates: readonly Review[],
  input: MatchInput,
  ctx: MatchContext,
): Review | MatchFailure {
  const inWindow = candidates
    .map((review) => ({ review, cycle: ctx.config.cycles.find((c) => c.name === review.cycle) }))
    .filter(
      ({ cycle }) =>
        cycle &&
        isInWindow(input.submittedAt, cycleWindow(cycle, ctx.config.timeZone, ctx.now, ctx.run.windows)),
    )
    .sort(
      (a, b) =>
        (b.cycle?.opens ?? '').localeCompare(a.cycle?.opens ?? '') ||
        a.review.cycle.localeCompare(b.review.cycle),
    );
  const chosen = inWindow[0]?.review;
  if (chosen) return chosen;
  const cycles = [...new Set(candidates.map((review) => review.cycle))].sort().join(', ');
  return {
    reason: 'outside-cycle-window',
    message: `response about ${quote(input.reviewee)} was submitted outside the windows of their open cycles (${cycles})`,
  };
}

/** Finds the one review a response is about, or says why it cannot. */
export function matchReviewee(input: MatchInput, ctx: MatchContext): Review | MatchFailure {
  const answer = input.reviewee.trim();
  const named = reviewsNamed(ctx.reviews, answer, ctx.run);
  const candidates = byCycleName(named, input.cycle);
  if (candidates.length === 0) {
    const inCycle = named.length > 0 && input.cycle ? ` in cycle ${quote(input.cycle)}` : '';
    return { reason: 'unknown-reviewee', message: `no open review for ${quote(answer)}${inCycle}` };
  }
  // One page is one person: the common case needs no comparison.
  if (candidates.length === 1 && candidates[0]) return candidates[0];
  const people = new Set(candidates.map(personKey));
  if (people.size > 1) {
    return {
      reason: 'ambiguous-reviewee',
      message: `${quote(answer)} matches ${people.size} different people; answer with the reviewee's email instead`,
    };
  }
  const [only] = candidates;
  if (candidates.length === 1 && only) return only;
  return byWindow(candidates, input, ctx);
}

export function isMatchFailure(result: Review | MatchFailure): result is MatchFailure {
  return 'reason' in result;
}

import type { Config } from '../config-schema.ts';
import type { Review } from '../domain.ts';
import { nomineeAnswers } from '../nominations/nominees.ts';
import { missingPerspectives, requirementLabel } from '../nominations/perspectives.ts';
import type { ValidResponse } from '../validation/types.ts';

// The nominations' part of the progress section: counts and perspective gaps, never a name. The
// reviewee and the manager read the same page, so both see the same counts.

export interface NominationProgress {
  approved: boolean;
  /** People in Peers (before approval) or approved nominees (after), each counted once. */
  nominated: number;
  /** Approved nominees with an accepted peer answer about this review; 0 before approval. */
  answered: number;
  /** Wanted perspectives none of the nominees brings, as "QA" or "product or project lead". */
  missingPerspectives: string[];
}

/**
 * Null with nominations off, and for a review the reader gave no nominations (so a plan built without
 * them, as the benches and the digest build it, is unchanged). Gaps come from who was asked, never
 * from who answered.
 */
export function buildNominationProgress(
  review: Review,
  responses: readonly ValidResponse[],
  config: Config,
): NominationProgress | null {
  const { nominations } = review;
  if (config.raters.nominations === 'off' || nominations === undefined || nominations === null) return null;
  const { approved } = nominations;
  // Before approval the list is still counted (once per person), but no answer is matched to it.
  const emails = approved
    ? responses
        .filter((r) => r.reviewPageId === review.pageId && r.role === 'peer')
        .map((r) => r.respondentEmail)
    : [];
  const answers = nomineeAnswers({ peers: nominations.peers, approved: true }, emails);
  return {
    approved,
    nominated: answers.length,
    answered: approved ? answers.filter((a) => a.answered).length : 0,
    missingPerspectives: missingPerspectives(
      config,
      answers.map((a) => a.peer),
    ).map(requirementLabel),
  };
}

const peersWord = (n: number) => `${n} ${n === 1 ? 'peer' : 'peers'}`;

/** The progress section's lines for the nominations: pending, or "4 of 6 requested peers answered". */
export function nominationLines(progress: NominationProgress | null | undefined): string[] {
  if (!progress) return [];
  const status = !progress.approved
    ? progress.nominated === 0
      ? 'No peers nominated yet.'
      : `${peersWord(progress.nominated)} nominated, waiting for the manager's approval.`
    : progress.nominated === 0
      ? 'Nominations approved, but no peers are nominated.'
      : `${progress.answered} of ${progress.nominated} requested peers answered.`;
  // With nothing nominated and nothing approved there is no list to judge yet.
  const empty = !progress.approved && progress.nominated === 0;
  const gaps =
    empty || progress.missingPerspectives.length === 0
      ? []
      : [`Perspectives missing from the nominations: ${progress.missingPerspectives.join('; ')}.`];
  return [status, ...gaps];
}

import type { Config } from '../core/config-schema.ts';
import type { RejectionReason } from '../core/validation/types.ts';
import type { SyncPlan } from './plan.ts';

// The blast-radius brake: a plan that would wipe out most of what the pages show, or a run that throws
// most responses away for one reason, is far more likely a broken config or source than real news.

/** Below this many affected reviews or responses, a change is ordinary, however large its share. */
const MIN_AFFECTED = 2;

const LIKELY_CAUSE: Partial<Record<RejectionReason, string>> = {
  'outside-cycle-window':
    'timestamps read in the wrong time zone or a wrong cycle window: check timeZone, sources[].timeZone and cycles[].opens/closes',
  'unknown-reviewee':
    'the reviewee column maps to the wrong question, or names do not match Notion: check sources[].fields.reviewee',
  'ambiguous-reviewee': 'reviewees named by display name that several people share: collect emails instead',
  'rating-off-scale': 'a scale that differs from the form: check scale.min and scale.max',
  'rating-not-a-number':
    'rating questions mapped to the wrong columns: check framework.competencies[].question',
  'unknown-relationship': 'relationship answers that config does not list: check raters.relationships',
  'missing-timestamp': 'the timestamp column is mapped wrongly: check sources[].fields.timestamp',
  'not-the-manager': 'managers in Notion that do not match the form: check the Manager property',
  'not-nominated':
    'respondent emails that do not match the nominated peers: check sources[].fields.respondentEmail and the emails of the people in Peers',
};

export interface BrakeFinding {
  message: string;
  likelyCause: string;
}

/** Reviews whose score or band the plan would blank (score to empty, band to "Insufficient data"). */
function resultsTakenAway(plan: SyncPlan, config: Config): BrakeFinding | null {
  const insufficient = config.scoring.insufficientBand;
  const hasResults = plan.reviews.filter(
    (r) => r.review.owned.overallScore !== null || (r.review.owned.band ?? insufficient) !== insufficient,
  );
  const losing = hasResults.filter((r) =>
    r.changes.some(
      (c) =>
        c.kind === 'update-review' &&
        (c.properties.overallScore === null || c.properties.band === insufficient),
    ),
  );
  if (losing.length < MIN_AFFECTED || losing.length * 2 <= hasResults.length) return null;
  return {
    message: `the plan would take the score or band away from ${losing.length} of the ${hasResults.length} reviews that have one`,
    likelyCause:
      'responses that no longer count: a changed time zone, cycle window, scale or column mapping, or a source that returned fewer responses',
  };
}

function rejectedForOneReason(plan: SyncPlan, responses: number): BrakeFinding | null {
  const byReason = new Map<RejectionReason, number>();
  for (const r of plan.rejected) {
    // Peer answers about a review whose nominations are not approved yet are expected early in a cycle
    // with nominations required; counting them would stop every run until managers approve.
    if (r.awaitingApproval === true) continue;
    byReason.set(r.reason, (byReason.get(r.reason) ?? 0) + 1);
  }
  const [reason, count] = [...byReason].sort((a, b) => b[1] - a[1])[0] ?? [null, 0];
  if (reason === null || count < MIN_AFFECTED || count * 2 <= responses) return null;
  return {
    message: `${count} of ${responses} responses were rejected as ${reason}`,
    likelyCause: LIKELY_CAUSE[reason] ?? 'a config or source problem that affects every response alike',
  };
}

/** What would trip the brake for this plan; empty when the run may go ahead. */
export function checkBlastRadius(plan: SyncPlan, config: Config, responses: number): BrakeFinding[] {
  return [resultsTakenAway(plan, config), rejectedForOneReason(plan, responses)].filter(
    (f): f is BrakeFinding => f !== null,
  );
}

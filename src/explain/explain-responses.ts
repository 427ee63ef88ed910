import type { Config } from '../core/config-schema.ts';
import type { RunContext } from '../core/run-context.ts';
import type { Review } from '../core/domain.ts';
import type { RawResponse } from '../core/validation/types.ts';
import { checkResponses, settleResponses } from '../core/validation/index.ts';
import type { ResponseCounts } from './explain-types.ts';

const bump = (counts: Record<string, number>, key: string) => (counts[key] = (counts[key] ?? 0) + 1);

/**
 * Which responses about this review were used and which were left out, as counts only. A rejected
 * response is counted here when its reviewee text names this review's reviewee; a response superseded
 * by a later answer from the same respondent is counted as excluded with reason `superseded`.
 */
export function explainResponses(
  review: Review,
  reviews: Review[],
  responses: RawResponse[],
  config: Config,
  now: Date,
  run: RunContext,
): ResponseCounts {
  const checked = checkResponses(responses, { reviews, config, now, run });
  const settled = settleResponses(checked, run.refs);
  const counts: ResponseCounts = {
    used: { total: 0, byRole: {}, byRelationship: {} },
    excluded: { total: 0, byReason: {} },
  };
  for (const response of settled.valid) {
    if (response.reviewPageId !== review.pageId) continue;
    counts.used.total++;
    counts.used.byRole[response.role] = (counts.used.byRole[response.role] ?? 0) + 1;
    bump(counts.used.byRelationship, response.relationship);
  }
  const refOf = (r: { source: string; ref: string }) => `${r.source}\u0000${r.ref}`;
  const mine = new Set(checked.accepted.filter((r) => r.reviewPageId === review.pageId).map(refOf));
  for (const superseded of settled.superseded) {
    if (!mine.has(refOf(superseded))) continue;
    counts.excluded.total++;
    bump(counts.excluded.byReason, 'superseded');
  }
  const email = review.reviewee.email?.trim().toLowerCase() ?? null;
  const name = review.reviewee.name?.trim().toLowerCase() ?? null;
  const about = new Map(responses.map((r) => [refOf(r), r.reviewee.trim().toLowerCase()]));
  for (const rejection of settled.rejected) {
    const who = about.get(refOf(rejection));
    if (who === undefined || (who !== email && who !== name)) continue;
    counts.excluded.total++;
    bump(counts.excluded.byReason, rejection.reason);
  }
  return counts;
}

import type { Review } from '../domain.ts';
import { approvedNominees } from '../nominations/nominees.ts';
import type { ValidResponse } from '../validation/types.ts';

/**
 * The respondent emails of the accepted peer answers, per review, for the reviews that have approved
 * nominees: what feedback request rows are matched against (see nomineeAnswers). Reviews without
 * nominations are left out, so a plan without any stays exactly as it was.
 */
export function peerAnswerEmails(
  valid: readonly ValidResponse[],
  reviews: readonly Review[],
): Map<string, (string | null)[]> {
  const nominated = new Set(
    reviews.filter((r) => approvedNominees(r.nominations).length > 0).map((r) => r.pageId),
  );
  const answers = new Map<string, (string | null)[]>();
  if (nominated.size === 0) return answers;
  for (const response of valid) {
    if (response.role !== 'peer' || !nominated.has(response.reviewPageId)) continue;
    const list = answers.get(response.reviewPageId);
    if (list) list.push(response.respondentEmail);
    else answers.set(response.reviewPageId, [response.respondentEmail]);
  }
  return answers;
}

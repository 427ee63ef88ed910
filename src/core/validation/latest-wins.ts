import type { ValidResponse } from './types.ts';
import { compareRefs, refCollator } from './text.ts';

export interface SupersededResponse {
  source: string;
  ref: string;
}

export interface LatestWinsResult {
  kept: ValidResponse[];
  superseded: SupersededResponse[];
}

// A review has exactly one reviewee, so every "Self" answer about it is the same person's, even on a
// form without emails. Everyone else is one person per respondent key.
function who(response: ValidResponse): string {
  return response.role === 'self' ? 'self' : response.respondentKey;
}

/** Total order: later submission first, then source and ref, so equal timestamps never depend on input order. */
export function newestFirst(a: ValidResponse, b: ValidResponse, refs: Intl.Collator = refCollator()): number {
  const byTime = b.submittedAt - a.submittedAt;
  return byTime || compareRefs(b.source, a.source, refs) || compareRefs(b.ref, a.ref, refs);
}

/**
 * When one person answers several times about one review, the latest answer wins. The older answers are
 * not errors, so they are listed apart from rejections and never shown as problems.
 */
export function keepLatest(
  responses: ValidResponse[],
  refs: Intl.Collator = refCollator(),
): LatestWinsResult {
  // Slots by page, then by respondent, so no key text is built per response; `slots` keeps the order
  // they first appear in. Nearly every slot holds one answer, so a list is made only for a second.
  const byPage = new Map<string, Map<string, number>>();
  const slots: (ValidResponse | ValidResponse[])[] = [];
  for (const response of responses) {
    let byWho = byPage.get(response.reviewPageId);
    if (byWho === undefined) {
      byWho = new Map();
      byPage.set(response.reviewPageId, byWho);
    }
    const key = who(response);
    const at = byWho.get(key);
    if (at === undefined) {
      byWho.set(key, slots.length);
      slots.push(response);
      continue;
    }
    // Push, not copy: copying made many answers from one person quadratic.
    const slot = slots[at] as ValidResponse | ValidResponse[];
    if (Array.isArray(slot)) slot.push(response);
    else slots[at] = [slot, response];
  }
  const kept: ValidResponse[] = [];
  const superseded: SupersededResponse[] = [];
  for (const group of slots) {
    if (!Array.isArray(group)) {
      kept.push(group);
      continue;
    }
    const [latest, ...older] = group.sort((a, b) => newestFirst(a, b, refs));
    if (latest) kept.push(latest);
    for (const { source, ref } of older) superseded.push({ source, ref });
  }
  return { kept, superseded };
}

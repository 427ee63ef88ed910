import type { ValidResponse } from '../types.ts';
import { compareRefs } from './text.ts';

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
function slotKey(response: ValidResponse): string {
  const who = response.role === 'self' ? 'self' : response.respondentKey;
  return `${response.reviewPageId}\u0000${who}`;
}

/** Total order: later submission first, then source and ref, so equal timestamps never depend on input order. */
export function newestFirst(a: ValidResponse, b: ValidResponse): number {
  const byTime = b.submittedAt - a.submittedAt;
  return byTime || compareRefs(b.source, a.source) || compareRefs(b.ref, a.ref);
}

/**
 * When one person answers several times about one review, the latest answer wins. The older answers are
 * not errors, so they are listed apart from rejections and never shown as problems.
 */
export function keepLatest(responses: ValidResponse[]): LatestWinsResult {
  // Nearly every slot holds one answer, so a list is made only for a slot that gets a second.
  const bySlot = new Map<string, ValidResponse | ValidResponse[]>();
  for (const response of responses) {
    const key = slotKey(response);
    // Push, not copy: copying made many answers from one person quadratic.
    const slot = bySlot.get(key);
    if (slot === undefined) bySlot.set(key, response);
    else if (Array.isArray(slot)) slot.push(response);
    else bySlot.set(key, [slot, response]);
  }
  const kept: ValidResponse[] = [];
  const superseded: SupersededResponse[] = [];
  for (const group of bySlot.values()) {
    if (!Array.isArray(group)) {
      kept.push(group);
      continue;
    }
    const [latest, ...older] = group.sort(newestFirst);
    if (latest) kept.push(latest);
    for (const { source, ref } of older) superseded.push({ source, ref });
  }
  return { kept, superseded };
}

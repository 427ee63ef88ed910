import { canonicalJson, createShapeMemo, sha256Hex, type ShapeMemo } from '../hash/canonical-json.ts';
import type { SummaryModel } from './types.ts';

/** Bump when the model or the canonical form changes, so every page's summary is rewritten once. */
export const SUMMARY_HASH_VERSION = 'v2';

/**
 * The content hash stored on the review page: `v2:` and the first 16 hex digits of the SHA-256 of
 * the model's canonical JSON. 64 bits is plenty to notice a change on one page, and short enough
 * to read in a Notion property. The summary block is rewritten only when this value changes.
 */
export function summaryHash(model: SummaryModel, shapes: ShapeMemo = createShapeMemo()): string {
  // Kept items are read from Notion only when some summary changed; hashing them would make every
  // later run see a change and read the action items again. They are refreshed with each rewrite.
  // Every stored hash was taken with the action plan under the key `plan`; the model's field is named
  // `actionPlan` in code only, and is hashed under the old key so no page sees a change from a rename.
  const { actionPlan, ...rest } = model;
  const hashed = { ...rest, plan: actionPlan === null ? null : { ...actionPlan, kept: [] } };
  const digest = sha256Hex(canonicalJson(hashed, shapes));
  return `${SUMMARY_HASH_VERSION}:${digest.slice(0, 16)}`;
}

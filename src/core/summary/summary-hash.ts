import { createHash } from 'node:crypto';
import type { SummaryModel } from '../types.ts';

/** Bump when the model or the canonical form changes, so every page's summary is rewritten once. */
export const SUMMARY_HASH_VERSION = 'v2';

/**
 * The content hash stored on the review page: `v2:` and the first 16 hex digits of the SHA-256 of
 * the model's canonical JSON. 64 bits is plenty to notice a change on one page, and short enough
 * to read in a Notion property. The summary block is rewritten only when this value changes.
 */
export function summaryHash(model: SummaryModel): string {
  // Kept items are read from Notion only when some summary changed; hashing them would make every
  // later run see a change and read the action items again. They are refreshed with each rewrite.
  const hashed = model.plan === null ? model : { ...model, plan: { ...model.plan, kept: [] } };
  const digest = createHash('sha256').update(canonicalJson(hashed), 'utf8').digest('hex');
  return `${SUMMARY_HASH_VERSION}:${digest.slice(0, 16)}`;
}

/**
 * JSON with object keys sorted at every depth and arrays kept in order (their order is content:
 * rows follow the framework, the plan its rules). Without sorted keys, two equal models built in a
 * different property order would hash differently.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return Object.fromEntries(entries.map(([key, item]) => [key, sortKeys(item)]));
  }
  return value;
}

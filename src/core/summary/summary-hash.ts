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
  return JSON.stringify(value, canonicalKeys(value)) ?? 'null';
}

const ARRAY_INDEX = /^(?:0|[1-9]\d{0,9})$/;

function isIndex(key: string): boolean {
  const first = key.charCodeAt(0);
  return first >= 48 && first <= 57 && ARRAY_INDEX.test(key) && Number(key) < 2 ** 32 - 1;
}

/**
 * Every key of every object in `value`, in canonical order. Given as the replacer list, it makes
 * `JSON.stringify` write each object's keys in that order, natively, instead of the planner building
 * a sorted copy of every summary (a sixth of its time). The order is the one the sorted copy had:
 * integer-like keys first, in numeric order (a JavaScript object lists them so), then the rest.
 */
function canonicalKeys(value: unknown): string[] {
  const keys = new Set<string>();
  const visit = (item: unknown): void => {
    if (item === null || typeof item !== 'object') return;
    if (Array.isArray(item)) {
      for (const element of item) visit(element);
      return;
    }
    for (const [key, child] of Object.entries(item)) {
      keys.add(key);
      visit(child);
    }
  };
  visit(value);
  const all = [...keys];
  const indexes = all.filter(isIndex).sort((a, b) => Number(a) - Number(b));
  const names = all.filter((key) => !isIndex(key)).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return [...indexes, ...names];
}

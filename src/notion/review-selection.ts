import { DateTime } from 'luxon';
import type { Config } from '../core/config-schema.ts';
import type { Review } from '../core/domain.ts';
import { ConfigError } from '../errors.ts';
import { tryNormaliseNotionId } from './ids.ts';

// Which review pages a run reads and which one `--review` names: shared by sync and explain, which must
// pick exactly the same pages to give the same numbers.

/** `--review` takes a page id (dashed or not, or a URL ending in one) or the reviewee's email. */
export function matchesReview(review: Review, wanted: string): boolean {
  const text = wanted.trim().toLowerCase();
  if (text.includes('@') && !text.includes('/')) return review.reviewee.email?.toLowerCase() === text;
  const id = tryNormaliseNotionId(wanted.trim());
  const bare = (value: string) => value.replace(/-/g, '').toLowerCase();
  return id !== null && bare(review.pageId) === bare(id);
}

/**
 * Cycles a run reads: every configured cycle whose `opens` day has begun in the team's time zone.
 * `closes` bounds the response window only; reviews of a closed cycle still move to Completed.
 */
export function activeCycles(config: Config, now: Date, only?: string): string[] {
  if (only !== undefined && !config.cycles.some((c) => c.name === only)) {
    throw new ConfigError(
      `--cycle "${only}": no such cycle, expected one of ${config.cycles.map((c) => c.name).join(', ')}`,
    );
  }
  const today = DateTime.fromJSDate(now, { zone: config.timeZone }).toISODate() ?? '';
  return config.cycles
    .filter((c) => (only === undefined || c.name === only) && c.opens <= today)
    .map((c) => c.name);
}

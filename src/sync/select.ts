import { DateTime } from 'luxon';
import type { Config } from '../core/config-schema.ts';
import type { Review } from '../core/domain.ts';
import { ConfigError } from '../errors.ts';
import { tryNormaliseNotionId } from '../notion/ids.ts';

export interface Shard {
  /** 1-based, as people write it: `--shard 2/3`. */
  index: number;
  total: number;
}

export function parseShard(text: string): Shard {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim());
  const index = Number(match?.[1]);
  const total = Number(match?.[2]);
  if (!match || total < 1 || index < 1 || index > total) {
    throw new ConfigError(`--shard "${text}": expected k/n with 1 ≤ k ≤ n, for example 1/3`);
  }
  return { index, total };
}

// FNV-1a: a fixed, cheap hash so a page stays in the same shard on every machine and every run.
function pageHash(pageId: string): number {
  let hash = 0x811c9dc5;
  for (const char of pageId.replace(/-/g, '').toLowerCase()) {
    hash ^= char.charCodeAt(0);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/**
 * The environment a shard runs with: `NOTION_TOKEN_<k>` becomes its `NOTION_TOKEN` when set. Notion's
 * rate limit is per integration, so n shards gain n times the throughput only with n tokens; without
 * one of its own a shard falls back to the shared `NOTION_TOKEN` (correct, just no faster).
 */
export function shardEnv(
  env: Record<string, string | undefined>,
  shard: Shard | undefined,
): Record<string, string | undefined> {
  if (shard === undefined) return env;
  const own = env[`NOTION_TOKEN_${shard.index}`]?.trim();
  return own ? { ...env, NOTION_TOKEN: own } : env;
}

export function inShard(pageId: string, shard: Shard): boolean {
  return pageHash(pageId) % shard.total === shard.index - 1;
}

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

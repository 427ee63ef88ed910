import { ConfigError } from '../errors.ts';

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

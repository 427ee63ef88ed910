import { describe, expect, it } from 'vitest';
import { makeConfig } from '../../test/support/config-builders.ts';
import { activeCycles, matchesReview } from '../notion/review-selection.ts';
import { inShard, parseShard, shardEnv } from './select.ts';
import { makeReview } from '../../test/support/review-builders.ts';

const review = makeReview({ pageId: '1f2e3d4c-5b6a-4978-8877-665544332211' });

describe('selecting reviews', () => {
  it.each([
    ['the dashed page id', '1f2e3d4c-5b6a-4978-8877-665544332211', true],
    ['the undashed page id', '1f2e3d4c5b6a49788877665544332211', true],
    ['a pasted page URL', 'https://www.notion.so/acme/Ada-1f2e3d4c5b6a49788877665544332211?pvs=4', true],
    ['the reviewee email in any case', 'ADA@example.com', true],
    ['another email', 'bo@example.com', false],
    ['another page id', '00000000000040008000000000000000', false],
  ])('--review matches %s: %s', (_label, wanted, expected) => {
    expect(matchesReview(review, wanted)).toBe(expected);
  });

  it.each([
    ['1/3', { index: 1, total: 3 }],
    [' 3/3 ', { index: 3, total: 3 }],
  ])('parses --shard %s', (text, expected) => {
    expect(parseShard(text)).toEqual(expected);
  });

  it.each(['0/3', '4/3', '1/0', 'a/b', '1-3'])('refuses --shard %s with a config error', (text) => {
    expect(() => parseShard(text)).toThrow(/--shard/);
  });

  it('puts every page in exactly one shard, the same one every time', () => {
    const ids = Array.from(
      { length: 200 },
      (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    );
    for (const id of ids) {
      const shards = [1, 2, 3].filter((index) => inShard(id, { index, total: 3 }));
      expect(shards).toHaveLength(1);
    }
    const sizes = [1, 2, 3].map((index) => ids.filter((id) => inShard(id, { index, total: 3 })).length);
    expect(Math.min(...sizes)).toBeGreaterThan(40);
  });

  it.each([
    ['the day before the cycle opens, in Berlin', '2026-09-30T21:59:59Z', []],
    ['midnight in Berlin on the opening day', '2026-09-30T22:00:00Z', ['2026-H2']],
  ])('%s', (_label, now, expected) => {
    expect(activeCycles(makeConfig(), new Date(now))).toEqual(expected);
  });

  it('refuses an unknown --cycle', () => {
    expect(() => activeCycles(makeConfig(), new Date('2026-11-01T00:00:00Z'), '2025-H1')).toThrow(
      /no such cycle/,
    );
  });
});

describe('shardEnv', () => {
  const env = { NOTION_TOKEN: 'shared', NOTION_TOKEN_2: ' second ', NOTION_TOKEN_3: '  ' };
  it.each<[string, { index: number; total: number } | undefined, string | undefined]>([
    ['no shard keeps NOTION_TOKEN', undefined, 'shared'],
    ['a shard with its own token takes it, trimmed', { index: 2, total: 3 }, 'second'],
    ['a shard without one falls back', { index: 1, total: 3 }, 'shared'],
    ['a blank own token falls back', { index: 3, total: 3 }, 'shared'],
  ])('%s', (_name, shard, token) => {
    expect(shardEnv(env, shard).NOTION_TOKEN).toBe(token);
  });
});

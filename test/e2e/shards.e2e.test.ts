import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.ts';
import type { Config } from '../../src/core/config-schema.ts';
import { createSandbox, startSandboxServer, type Sandbox } from '../../src/sandbox/index.ts';
import { runSync } from '../../src/sync/run.ts';
import { parseShard } from '../../src/sync/select.ts';
import { NOW, ROOT } from './harness.ts';
import { observeContract } from '../support/contract/observer.ts';
import { viewState } from './snapshot-state.ts';

// Two shards, each with its own integration token, against one sandbox that accepts only those two
// tokens; and the same demo team synced in one unsharded run against a second sandbox.

const TOKENS = ['secret_shardOneTokenForTheSandbox1', 'secret_shardTwoTokenForTheSandbox2'];
const servers: { close(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function demoSandbox(): Promise<{ sandbox: Sandbox; url: string }> {
  const seed = JSON.parse(await readFile(join(ROOT, 'demo/seed.json'), 'utf8')) as Record<string, unknown>;
  const sandbox = observeContract(createSandbox({ seed: { ...seed, tokens: TOKENS }, rateLimit: 100_000 }));
  const server = await startSandboxServer({ port: 0, sandbox });
  servers.push(server);
  return { sandbox, url: server.url };
}

/** Ids are generated per sandbox; what a person sees is the rest. */
function withoutIds(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutIds);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>)
      .filter(([key]) => key !== 'id')
      .map(([key, inner]) => [key, withoutIds(inner)]),
  );
}

/** Review page ids that received a `pages.update` (the write that commits a review) in the log. */
function updatedPages(sandbox: Sandbox, reviewIds: ReadonlySet<string>): string[] {
  return sandbox.requests
    .entries()
    .filter((e) => e.method === 'PATCH' && e.path.startsWith('/v1/pages/'))
    .map((e) => (e.path.split('/')[3] ?? '').replace(/-/g, ''))
    .filter((id) => reviewIds.has(id));
}

describe('--shard k/n with one token per shard', () => {
  it(
    'writes each review exactly once, and the two shards equal one unsharded run',
    { timeout: 60_000 },
    async () => {
      const loaded = await loadConfig(join(ROOT, 'demo/review-sync.yaml'));
      const config: Config = { ...loaded, notion: { ...loaded.notion, requestsPerSecond: 100 } };
      const now = new Date(NOW);

      const whole = await demoSandbox();
      const single = await runSync({
        config,
        env: { NOTION_TOKEN: TOKENS[0], NOTION_API_BASE_URL: whole.url },
        now,
        dryRun: false,
      });
      const reviewIds = new Set(single.plan.reviews.map((r) => r.review.pageId.replace(/-/g, '')));

      const sharded = await demoSandbox();
      // No shared NOTION_TOKEN, and each shard's neighbour token is one the sandbox refuses if it were used.
      const env = (k: number) => ({
        NOTION_TOKEN_1: k === 1 ? TOKENS[0] : 'secret_notAcceptedBySandbox',
        NOTION_TOKEN_2: k === 2 ? TOKENS[1] : 'secret_notAcceptedBySandbox',
        NOTION_API_BASE_URL: sharded.url,
      });
      const perShard: string[][] = [];
      for (const k of [1, 2]) {
        sharded.sandbox.requests.clear();
        const run = await runSync({ config, env: env(k), now, dryRun: false, shard: parseShard(`${k}/2`) });
        expect(run.report.counts.failures).toBe(0);
        expect(run.plan.reviews.length).toBeGreaterThan(0);
        perShard.push(updatedPages(sharded.sandbox, reviewIds));
      }

      const [one = [], two = []] = perShard;
      // Each review is written by exactly one shard, once; together they cover every review.
      expect(one.filter((id) => two.includes(id))).toEqual([]);
      expect(new Set(one).size).toBe(one.length);
      expect(new Set(two).size).toBe(two.length);
      const changed = single.plan.reviews.filter((r) => r.changes.some((c) => c.kind === 'update-review'));
      expect([...one, ...two].sort()).toEqual(changed.map((r) => r.review.pageId.replace(/-/g, '')).sort());

      // A shard never writes the cycle overview (a page built from a slice would be wrong), so the overview
      // pages are left out; the data sources and comments must match.
      const reviewsOnly = (sandbox: Sandbox) => {
        const { pages, comments } = viewState(sandbox);
        return withoutIds({ pages, comments });
      };
      expect(reviewsOnly(sharded.sandbox)).toEqual(reviewsOnly(whole.sandbox));
    },
  );

  it('a shard without a token of its own and no NOTION_TOKEN stops before any request', async () => {
    const config = await loadConfig(join(ROOT, 'demo/review-sync.yaml'));
    await expect(
      runSync({
        config,
        env: { NOTION_TOKEN_2: TOKENS[1], NOTION_API_BASE_URL: 'http://127.0.0.1:9' },
        now: new Date(NOW),
        dryRun: true,
        shard: parseShard('1/2'),
      }),
    ).rejects.toThrow('NOTION_TOKEN is not set');
  });
});

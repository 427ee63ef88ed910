import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.ts';
import { benchOneChange } from '../../scripts/bench/one-change-bench.ts';

// A slow suite (`npm run test:scale`, run by .ci/run): 1,000 reviews and 2,000 goals synced once
// against the sandbox, then synced again with nothing new, then with one manager comment rewritten.
// The figures are request counts, exact whatever the machine's speed.

describe('1,000 reviews, one review changes', () => {
  it('reads in bulk and writes one review', async () => {
    const config = await loadConfig('demo/review-sync.yaml');
    const f = await benchOneChange(config, {
      reviews: 1000,
      now: new Date('2026-11-25T08:00:00Z'),
      demoSeedPath: 'demo/seed.json',
    });
    expect(f.first.failures).toBe(0);
    expect(f.first.changedReviews).toBe(1000);
    expect(f.first.byEndpoint['pages.create']).toBeGreaterThan(0);
    // Five entries at most per review (actionPlan.maxItems), each one page.
    expect(f.first.byEndpoint['pages.create']).toBeLessThanOrEqual(5 * 1000);

    expect(f.unchanged.changedReviews).toBe(0);
    // Exact counts as they stand: 10 + 20 pages of reviews and goals, and for each of the three data sources
    // one `databases.retrieve` (id → data source) and one schema read by the preflight. The bench holds the
    // tighter ⌈N/100⌉ + ⌈G/100⌉ + 3 budget, which these six reads still miss (issue 11 is open on it).
    expect(f.unchanged.requests - f.unchanged.retries).toBeLessThanOrEqual(f.noChangeBudget + 3);
    expect(f.unchanged.byEndpoint).toEqual({
      'databases.retrieve': 3,
      'dataSources.retrieve': 3,
      'dataSources.query': 10 + 20,
    });

    expect(f.oneChange.changedReviews).toBe(1);
    const { 'databases.retrieve': retrieves, 'dataSources.query': queries, ...rest } = f.oneChange.byEndpoint;
    const { 'dataSources.retrieve': schemaReads, ...writes } = rest;
    expect(retrieves).toBe(3);
    // Three preflight schema reads, and the action items' schema once their pages are read.
    expect(schemaReads).toBe(4);
    // 10 + 20 pages of reviews and goals, then the cycle's action items, all of them, 100 a page: the
    // run reconciles every review in Feedback delivery against them. Reading only the changed review's
    // items (one query) is what the budget needs; see docs/benchmarks.md.
    const items = f.first.byEndpoint['pages.create'] ?? 0;
    expect(queries).toBe(10 + 20 + Math.ceil(items / 100));
    // The changed review: its summary replaced and its page updated. The list goes once the summary
    // container is found by the block id kept in a tool-owned property.
    // `users.me` names the integration, so that a summary container left by a crash is known by its author.
    expect(writes).toEqual({
      'users.me': 1,
      'blocks.children.list': 1,
      'blocks.children.append': 1,
      'blocks.delete': 1,
      'pages.update': 1,
    });
  });
});

import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.ts';
import { benchOneChange } from '../../scripts/bench/one-change-bench.ts';

// A slow suite (`npm run test:scale`, run by .ci/run): 1,000 reviews and 2,000 goals synced once
// against the sandbox, then synced again with nothing new, then with one manager comment rewritten.
// The figures are request counts, exact whatever the machine's speed.

describe('1,000 reviews, one review changes', () => {
  it('reads in bulk, reads no action items but the changed review’s, and writes one review', async () => {
    const config = await loadConfig('demo/review-sync.yaml');
    const f = await benchOneChange(config, {
      reviews: 1000,
      now: new Date('2026-11-25T08:00:00Z'),
      demoSeedPath: 'demo/seed.json',
    });
    expect(f.first.failures).toBe(0);
    expect(f.first.changedReviews).toBe(1000);
    // Five entries at most per review (actionPlan.maxItems), each one page.
    expect(f.first.byEndpoint['pages.create']).toBeLessThanOrEqual(5 * 1000);

    expect(f.unchanged.changedReviews).toBe(0);
    expect(f.unchanged.requests - f.unchanged.retries).toBeLessThanOrEqual(f.noChangeBudget);
    expect(f.unchanged.byEndpoint).toEqual({ 'databases.retrieve': 2, 'dataSources.query': 10 + 20 });

    expect(f.oneChange.changedReviews).toBe(1);
    const {
      'databases.retrieve': retrieves,
      'dataSources.query': queries,
      ...writes
    } = f.oneChange.byEndpoint;
    // Reviews, goals and action items resolved once each; 10 + 20 pages of reviews and goals, and one
    // query for the changed review's action items (it used to read all 4,500 of them: 46 pages).
    expect(retrieves! - f.oneChange.retries).toBeLessThanOrEqual(3);
    expect(queries).toBe(10 + 20 + 1);
    // The changed review: its summary replaced and its page updated. The list goes once the summary
    // container is found by the block id kept in a tool-owned property (see docs/benchmarks.md).
    expect(writes).toEqual({
      'blocks.children.list': 1,
      'blocks.children.append': 1,
      'blocks.delete': 1,
      'pages.update': 1,
    });
  });
});

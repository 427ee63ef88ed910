import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.ts';
import type { Config } from '../../src/core/config-schema.ts';
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
    // The demo config names its data sources (`dataSource:`), so each one's preflight read is also its
    // resolution: one `dataSources.retrieve` per data source, and no `databases.retrieve` at all.
    expect(f.first.failures).toBe(0);
    expect(f.first.changedReviews).toBe(1000);
    const { 'pages.create': created = 0, ...first } = f.first.byEndpoint;
    expect(created).toBeGreaterThan(0);
    // Five entries at most per review (actionPlan.maxItems), each one page.
    expect(created).toBeLessThanOrEqual(5 * 1000);
    // A first summary lists its page once (an orphan of a crashed first sync may be there), appends its
    // container, and the page update records it: 3 per review. `users.me` (once a run) names the
    // integration for that listing. Every goal page gets its progress once. Action items are read
    // for the reviews at or past Feedback delivery only, 100 reviews a query: 3 queries here. The
    // Feedback requests data source adds its schema read and the one query of its rows (none here).
    expect(first).toEqual({
      'dataSources.retrieve': 4,
      'dataSources.query': 10 + 20 + 3 + 1,
      'users.me': 1,
      'blocks.children.list': 1000,
      'blocks.children.append': 1000,
      'pages.update': 1000 + 2000,
    });

    expect(f.unchanged.changedReviews).toBe(0);
    // ⌈N/100⌉ + ⌈G/100⌉ + 3 exactly: 10 + 20 pages of reviews and goals, and the three schema reads;
    // + 2 for Feedback requests: its schema read and ⌈rows/100⌉ (at least one) query of its rows.
    expect(f.unchanged.requests).toBe(f.noChangeBudget);
    expect(f.unchanged.byEndpoint).toEqual({
      'dataSources.retrieve': 4,
      'dataSources.query': 10 + 20 + 1,
    });

    expect(f.oneChange.changedReviews).toBe(1);
    // The budget's 4: one query for the changed review's action items (its key prefix), then its summary
    // replaced without a read (delete the recorded container, append the new one) and its page updated.
    expect(f.oneChange.requests).toBe(f.oneChangeBudget);
    expect(f.oneChange.byEndpoint).toEqual({
      'dataSources.retrieve': 4,
      'dataSources.query': 10 + 20 + 1 + 1,
      'blocks.delete': 1,
      'blocks.children.append': 1,
      'pages.update': 1,
    });
  });

  it('costs one `databases.retrieve` more per data source when the config names databases', async () => {
    const loaded = await loadConfig('demo/review-sync.yaml');
    const seed = JSON.parse(await readFile('demo/seed.json', 'utf8')) as {
      notion: { databases: { id: string; dataSources: { id: string }[] }[] };
    };
    const databaseOf = (dataSource: string | undefined) =>
      seed.notion.databases.find((d) => d.dataSources.some((s) => s.id === dataSource))?.id;
    const byDatabase = <T extends { dataSource?: string }>(section: T) => {
      const { dataSource, ...rest } = section;
      return { ...rest, database: databaseOf(dataSource) };
    };
    const { reviews, goals, actionItems } = loaded.notion;
    const config: Config = {
      ...loaded,
      notion: {
        ...loaded.notion,
        reviews: byDatabase(reviews),
        ...(goals ? { goals: byDatabase(goals) } : {}),
        ...(actionItems ? { actionItems: byDatabase(actionItems) } : {}),
      },
    };
    const f = await benchOneChange(config, {
      reviews: 1000,
      now: new Date('2026-11-25T08:00:00Z'),
      demoSeedPath: 'demo/seed.json',
    });
    expect(f.first.failures).toBe(0);
    expect(f.unchanged.byEndpoint).toEqual({
      'databases.retrieve': 3,
      'dataSources.retrieve': 4,
      'dataSources.query': 10 + 20 + 1,
    });
    expect(f.oneChange.requests).toBe(f.oneChangeBudget + 3);
    expect(f.oneChange.byEndpoint['databases.retrieve']).toBe(3);
  });
});

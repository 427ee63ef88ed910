import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createSandbox,
  startSandboxServer,
  type Sandbox,
  type SandboxSeed,
} from '../../src/sandbox/index.ts';
import {
  actionItemCountsByPage,
  duplicateActionItems,
  loadUpgradeSeed,
  summaryCountsByPage,
  UPGRADE_IDS,
  UPGRADE_NOW,
  writeUpgradeConfig,
} from '../support/upgrade-workspace.ts';
import { observeContract } from '../support/contract/observer.ts';
import { isWrite, NOW, runMigrateInProcess, runSyncInProcess } from './harness.ts';

// A workspace as release a727eac left it (test/fixtures/upgrade-a727eac): its demo team synced once by
// that release. Today's tool needs properties that release never created, and must say so before writing.

let sandbox: Sandbox;
let url = '';
let close: () => Promise<void> = async () => {};
let configPath = '';
let before: SandboxSeed;

beforeAll(async () => {
  // Held to the SDKs' published shapes like every other sandbox: migrate's data source update included.
  sandbox = observeContract(createSandbox({ seed: await loadUpgradeSeed(), rateLimit: 100_000 }));
  const server = await startSandboxServer({ port: 0, sandbox });
  url = server.url;
  close = () => server.close();
  ({ configPath } = await writeUpgradeConfig());
  before = sandbox.state();
});
afterAll(async () => close());

describe('the a727eac fixture', () => {
  it('holds one summary per synced review page and one action item per key', () => {
    const summaries = summaryCountsByPage(before);
    expect(Object.keys(summaries)).toHaveLength(13);
    // The page without a reviewee was skipped by that release, so it has no summary.
    expect(summaries['6a000000-0000-4000-8000-000000000013']).toBe(0);
    expect(Object.values(summaries).filter((count) => count === 1)).toHaveLength(12);

    const items = Object.values(actionItemCountsByPage(before));
    const keyed = items.flatMap((byKey) => Object.entries(byKey).filter(([key]) => key !== ''));
    expect(keyed).toHaveLength(38);
    expect(duplicateActionItems(before)).toEqual([]);
  });
});

describe('today’s sync against the a727eac workspace', () => {
  it('exits 2 naming the missing "Summary block" property and writes nothing', async () => {
    // The fixture was synced at this instant; syncing at the same one keeps every date rule where it was.
    expect(NOW).toBe(UPGRADE_NOW);
    sandbox.requests.clear();
    const result = await runSyncInProcess(url, ['--config', configPath]);

    expect(result.code).toBe(2);
    expect(result.stderr).toContain('nothing was written');
    expect(result.stderr).toContain("property 'Summary block' is missing");
    expect(result.stderr).toContain('notion.reviews.properties.summaryBlock');
    expect(result.stderr).toContain('review-sync migrate --apply');
    expect(sandbox.requests.entries().filter(isWrite)).toEqual([]);
    expect(sandbox.state()).toEqual(before);
  });
});

describe('upgrading the a727eac workspace with migrate', () => {
  it('lists the changes and writes nothing without --apply', async () => {
    sandbox.requests.clear();
    const result = await runMigrateInProcess(url, { config: configPath });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      "add rich_text property 'Summary block' (notion.reviews.properties.summaryBlock)",
    );
    expect(result.stdout).toContain(
      "add rich_text property 'Synced status' (notion.actionItems.properties.syncedStatus)",
    );
    expect(result.stdout).toContain('nothing was written');
    expect(sandbox.requests.entries().filter(isWrite)).toEqual([]);
    expect(sandbox.state()).toEqual(before);
  });

  it('adds what is missing with one update per data source, then sync converges with one summary a page', async () => {
    sandbox.requests.clear();
    const migrated = await runMigrateInProcess(url, { config: configPath, apply: true });
    expect(migrated.code).toBe(0);
    expect(migrated.stdout).toContain('every change is in place');
    const writes = sandbox.requests.entries().filter(isWrite);
    // That release made neither Code scores nor Summary block on Reviews, nor Synced status on Action items.
    expect(writes.map((w) => `${w.method} ${w.path}`)).toEqual([
      `PATCH /v1/data_sources/${UPGRADE_IDS.reviewsDataSource}`,
      `PATCH /v1/data_sources/${UPGRADE_IDS.actionItemsDataSource}`,
    ]);
    // Only additions: every property the release made is still there, under its name and type.
    const reviews = (state: typeof before) =>
      (state.notion?.databases ?? [])
        .flatMap((d) => d.dataSources)
        .find((ds) => ds.id === UPGRADE_IDS.reviewsDataSource);
    const oldProperties = Object.entries(reviews(before)?.properties ?? {});
    const newProperties = reviews(sandbox.state())?.properties ?? {};
    for (const [name, property] of oldProperties) {
      expect((newProperties as Record<string, { type?: string }>)[name]?.type).toBe(
        (property as { type?: string }).type,
      );
    }

    const synced = await runSyncInProcess(url, ['--config', configPath]);
    expect(synced.stderr).not.toContain('schema does not match');
    expect(synced.code).toBe(0);
    const after = sandbox.state();
    const summaries = summaryCountsByPage(after);
    // The page without a reviewee is still skipped; every other page has exactly one summary.
    const { ['6a000000-0000-4000-8000-000000000013']: skipped, ...synced12 } = summaries;
    expect(skipped).toBe(0);
    expect(Object.values(synced12)).toEqual(Array(12).fill(1));
    expect(duplicateActionItems(after)).toEqual([]);

    // A second sync writes nothing new: the upgrade converged.
    sandbox.requests.clear();
    const again = await runSyncInProcess(url, ['--config', configPath]);
    expect(again.code).toBe(synced.code);
    expect(summaryCountsByPage(sandbox.state())).toEqual(summaries);
  });

  it('changes nothing on a second --apply', async () => {
    sandbox.requests.clear();
    const result = await runMigrateInProcess(url, { config: configPath, apply: true });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('nothing to change');
    expect(sandbox.requests.entries().filter(isWrite)).toEqual([]);
  });
});

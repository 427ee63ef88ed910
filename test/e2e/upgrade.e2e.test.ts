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
  UPGRADE_NOW,
  writeUpgradeConfig,
} from '../support/upgrade-workspace.ts';
import { isWrite, NOW, runSyncInProcess } from './harness.ts';

// A workspace as release a727eac left it (test/fixtures/upgrade-a727eac): its demo team synced once by
// that release. Today's tool needs properties that release never created, and must say so before writing.

let sandbox: Sandbox;
let url = '';
let close: () => Promise<void> = async () => {};
let configPath = '';
let before: SandboxSeed;

beforeAll(async () => {
  sandbox = createSandbox({ seed: await loadUpgradeSeed(), rateLimit: 100_000 });
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
    expect(sandbox.requests.entries().filter(isWrite)).toEqual([]);
    expect(sandbox.state()).toEqual(before);
  });
});

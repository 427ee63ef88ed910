import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { peopleEdit } from '../../scripts/demo/people-edit.ts';
import {
  isWrite,
  readReport,
  runSyncInProcess,
  startDemoSandbox,
  TOKEN,
  writeTestConfig,
  type RunningSandbox,
} from './harness.ts';
import { API_VERSIONS, versionProblems, withApiVersion } from './api-version.ts';

// `npm run demo` syncs twice with people's edits in between; a third sync must find nothing to do. Run
// under each Notion API version the tool speaks.

describe.each(API_VERSIONS)('the demo, synced a third time, Notion-Version %s', (version) => {
  let sandbox: RunningSandbox;
  let dir = '';
  let configPath = '';

  beforeAll(async () => {
    sandbox = await startDemoSandbox();
    ({ dir, configPath } = await writeTestConfig(undefined, withApiVersion(version)));
  });
  afterAll(async () => sandbox?.close());

  async function sync(name: string) {
    sandbox.sandbox.requests.clear();
    const file = join(dir, `${name}.json`);
    const result = await runSyncInProcess(sandbox.url, ['--config', configPath, '--report-file', file]);
    const requests = sandbox.sandbox.requests.entries();
    // The log is cleared before each sync, so these are the tool's requests alone.
    expect(versionProblems(requests, version)).toEqual([]);
    return { result, report: await readReport(file), requests };
  }

  it('writes nothing after the demo’s two runs', { timeout: 60_000 }, async () => {
    const first = await sync('first');
    expect(first.requests.filter(isWrite).length).toBeGreaterThan(0);
    expect(await peopleEdit(sandbox.url, TOKEN)).not.toBeNull();
    const second = await sync('second');
    expect(second.report.counts.actionItemsWithdrawn).toBe(3);

    const third = await sync('third');
    // The deliberately broken page is a warning, not a failure.
    expect(third.result.code).toBe(0);
    expect(third.requests.filter(isWrite)).toEqual([]);
    expect(third.report.counts).toMatchObject({
      stageMoves: 0,
      pagesUpdated: 0,
      summariesWritten: 0,
      goalsUpdated: 0,
      actionItemsCreated: 0,
      actionItemsWithdrawn: 0,
      actionItemsReopened: 0,
      reminders: 0,
      nudges: 0,
      failures: 0,
    });
    expect(third.report.overviews?.[0]?.page).toMatchObject({ action: 'unchanged', written: false });
    expect(third.report.feedbackRequests).toEqual({
      created: 0,
      updated: 0,
      withdrawn: 0,
      reopened: 0,
      reminded: 0,
      failed: 0,
    });
    // The preflight's schema read of each of the four checked data sources (the demo names data sources,
    // so none is resolved from a database), the paged queries of reviews, history, goals and objectives,
    // the one paged query of every feedback request row (⌈rows/100⌉), and the overview page's children.
    expect(third.report.requests.notion.byEndpoint).toEqual({
      'dataSources.retrieve': 4,
      'dataSources.query': 5,
      'blocks.children.list': 1,
    });
    expect(third.report.requests.notion.total).toBe(10);
  });
});

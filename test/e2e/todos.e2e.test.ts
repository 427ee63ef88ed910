import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportPagesAsMarkdown } from '../../scripts/demo/export-markdown.ts';
import { HUGO, requestJson } from '../../scripts/demo/people-edit.ts';
import {
  isWrite,
  readReport,
  runSyncInProcess,
  startDemoSandbox,
  TOKEN,
  writeTestConfig,
  type RunningSandbox,
} from './harness.ts';
import type { NotionApiVersion } from '../../src/core/config-schema.ts';
import { API_VERSIONS, versionProblems, withApiVersion } from './api-version.ts';

// The demo team with `notion.actionItems.mode: todos`: the agreed plan is a list of to-dos inside each
// summary. A person ticks one; a tick alone writes nothing; a later change rewrites the summary, and the
// tick is still there. Run under each Notion API version the tool speaks.

const REVIEWS_DATA_SOURCE = '3b000000-0000-4000-8000-000000000001';
/** The demo's Action items database and its data source: todos mode touches neither. */
const ACTION_ITEMS = ['5a000000-0000-4000-8000-000000000001', '5b000000-0000-4000-8000-000000000001'];
// The demo's Feedback requests data source: its rows are pages too, and not action items.
const FEEDBACK_REQUESTS = 'bb000000-0000-4000-8000-000000000001';

let sandbox: RunningSandbox;
let dir = '';
let configPath = '';
let version: NotionApiVersion = '2026-03-11';

async function sync(name: string) {
  sandbox.sandbox.requests.clear();
  const file = join(dir, `${name}.json`);
  const result = await runSyncInProcess(sandbox.url, ['--config', configPath, '--report-file', file]);
  expect(result.code).toBe(0);
  const requests = sandbox.sandbox.requests.entries();
  expect(versionProblems(requests, version)).toEqual([]);
  return { report: await readReport(file), requests };
}

const call = (method: string, path: string, body?: unknown) =>
  requestJson(TOKEN, method, `${sandbox.url}${path}`, body);

interface ListedTodo {
  id: string;
  type: string;
  to_do?: { rich_text: { plain_text: string }[]; checked: boolean };
}

/** Hugo's summary container, as his page's "Summary block" property records it. */
async function hugoContainer(): Promise<string> {
  const page = (await call('GET', `/v1/pages/${HUGO}`)) as {
    properties: { 'Summary block': { rich_text: { plain_text: string }[] } };
  };
  // Recorded as `<page id>/<block id>`.
  return (
    page.properties['Summary block'].rich_text
      .map((t) => t.plain_text)
      .join('')
      .split('/')
      .pop() ?? ''
  );
}

async function hugoTodos(): Promise<{ id: string; text: string; checked: boolean }[]> {
  const listed = (await call('GET', `/v1/blocks/${await hugoContainer()}/children?page_size=100`)) as {
    results: ListedTodo[];
  };
  return listed.results.flatMap((b) =>
    b.type === 'to_do' && b.to_do
      ? [{ id: b.id, text: b.to_do.rich_text.map((t) => t.plain_text).join(''), checked: b.to_do.checked }]
      : [],
  );
}

/** Every review's recorded summary container, from the sandbox state. */
function summaryContainers(): string[] {
  const sources = sandbox.sandbox.state().notion?.databases?.flatMap((d) => d.dataSources) ?? [];
  const reviews = sources.find((ds) => ds.id === REVIEWS_DATA_SOURCE)?.pages ?? [];
  return reviews.flatMap((page) => {
    const value = (page.properties ?? {})['Summary block'] as
      { rich_text?: { text?: { content?: string } }[] } | undefined;
    const id =
      (value?.rich_text ?? [])
        .map((t) => t.text?.content ?? '')
        .join('')
        .split('/')
        .pop() ?? '';
    return id === '' ? [] : [id];
  });
}

const notion = (requests: { path: string }[]) => requests.filter((r) => r.path.startsWith('/v1/'));

describe.each(API_VERSIONS)(
  'action items as to-dos, against the sandbox, Notion-Version %s',
  (apiVersion) => {
    beforeAll(async () => {
      version = apiVersion;
      sandbox = await startDemoSandbox();
      ({ dir, configPath } = await writeTestConfig(
        undefined,
        withApiVersion(apiVersion, (config) => {
          (config.notion as Record<string, unknown>).actionItems = { mode: 'todos' };
        }),
      ));
    });
    afterAll(async () => sandbox?.close());

    it('keeps a person’s tick across a rewrite of the summary', { timeout: 90_000 }, async () => {
      const first = await sync('first');
      expect(first.report.counts).toMatchObject({ actionItemsCreated: 0, failures: 0 });
      expect(first.report.counts.summariesWritten).toBeGreaterThan(0);
      // No action items database is read or written, and no summary container is listed for ticks.
      expect(notion(first.requests).filter((r) => ACTION_ITEMS.some((id) => r.path.includes(id)))).toEqual(
        [],
      );
      const created = first.requests
        .filter((r) => r.method === 'POST' && r.path === '/v1/pages')
        .map((r) => (r.body as { parent: { data_source_id?: string } }).parent)
        .filter((parent) => parent.data_source_id !== FEEDBACK_REQUESTS);
      expect(created).toEqual([
        { page_id: expect.any(String) as string }, // the cycle overview, not an item
      ]);
      // A first summary carries its to-dos in its one append: no container is listed.
      const containers = summaryContainers();
      expect(containers.length).toBe(first.report.counts.summariesWritten);
      expect(first.requests.filter((r) => containers.some((id) => r.path.includes(id)))).toEqual([]);
      const before = await hugoTodos();
      expect(before.length).toBeGreaterThan(1);
      expect(before.every((t) => !t.checked)).toBe(true);

      // Hugo has done his DB course and ticks it.
      const done = before.find((t) => t.text.startsWith('[DB] training:'));
      expect(done).toBeDefined();
      await call('PATCH', `/v1/blocks/${done?.id}`, { to_do: { checked: true } });

      // A tick is not part of the summary hash: nothing to write.
      const ticked = await sync('ticked');
      expect(ticked.requests.filter(isWrite)).toEqual([]);

      // Priya raises Hugo's CQ rating from 4 to 5: CQ becomes a strength, so a recognition entry joins
      // his plan ahead of the DB ones. The summary is rewritten; the tick follows its entry, not its place.
      const firstContainer = await hugoContainer();
      await call('PATCH', `/v1/pages/${HUGO}`, { properties: { 'Manager CQ': { number: 5 } } });
      const second = await sync('second');
      expect(second.report.counts.summariesWritten).toBe(1);
      // Reading the ticks costs one list of the old container.
      const listsOf = (requests: { method: string; path: string }[], id: string) =>
        requests.filter((r) => r.method === 'GET' && r.path.startsWith(`/v1/blocks/${id}/children`));
      expect(listsOf(second.requests, firstContainer)).toHaveLength(1);
      expect(await hugoContainer()).not.toBe(firstContainer);
      const after = await hugoTodos();
      expect(after.filter((t) => t.checked).map((t) => t.text)).toEqual([done?.text]);
      expect(after.map((t) => t.text)).toEqual([
        expect.stringMatching(/^\[CQ\] recognition: /),
        ...before.map((t) => t.text),
      ]);

      // Then his DB rating to 3: DB is no longer a growth area. The unticked DB entries go; the one he
      // ticked stays, ticked, as a kept item.
      const secondContainer = await hugoContainer();
      await call('PATCH', `/v1/pages/${HUGO}`, { properties: { 'Manager DB': { number: 3 } } });
      const third = await sync('third');
      expect(listsOf(third.requests, secondContainer)).toHaveLength(1);
      const settled = await hugoTodos();
      expect(settled.at(-1)).toMatchObject({ text: done?.text, checked: true });
      expect(settled.slice(0, -1).map((t) => [t.text.slice(0, 5), t.checked])).toEqual([
        ['[CQ] ', false],
        ['[CQ] ', false],
      ]);

      // And it stays settled.
      const fourth = await sync('fourth');
      expect(fourth.requests.filter(isWrite)).toEqual([]);

      const files = exportPagesAsMarkdown(sandbox.sandbox.state(), { dataSourceId: REVIEWS_DATA_SOURCE });
      const hugo = files.find((f) => f.fileName.startsWith('hugo-martins-2026-h2'))?.markdown ?? '';
      // The container id is generated by the sandbox; the rest of the page is the same on every run.
      expect(
        hugo.replace(/(\| Summary block \| )[0-9a-f-]{36}\/[0-9a-f-]{36}/, '$1(container id)'),
      ).toMatchSnapshot();
    });
  },
);

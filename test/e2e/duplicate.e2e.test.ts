import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { duplicatePage } from '../../src/sandbox/notion/duplicate.ts';
import type { RunReport } from '../../src/sync/report.ts';
import { isWrite } from '../support/request-log.ts';
import {
  readReport,
  runSyncInProcess,
  startDemoSandbox,
  TOKEN,
  writeTestConfig,
  type CliResult,
  type RunningSandbox,
} from './harness.ts';

// People duplicate review pages. Notion's Duplicate copies every property value, the tool-owned
// "Summary block" and "Summary hash" included, and the body, as blocks the duplicating person wrote.
// The copy of X's record must never cost X its summary, and the copied callout is reported, not removed.

const MAYA = '1a000000-0000-4000-8000-000000000001'; // a manager, who duplicates the page
const PRIYA = '1a000000-0000-4000-8000-000000000003'; // a person with no review page this cycle
const X_TITLE = 'Grace Liu — 2026-H2';

let running: RunningSandbox;
let configPath = '';
let dir = '';
let x = '';
let y = '';
let xContainer = '';
let personCopy = '';
let yBefore: { callouts: { id: string; byBot: boolean }[]; record: string; hash: string };
let second: CliResult;
let report: RunReport;

const store = () => running.sandbox.notion.store;

function pageIdOf(title: string): string {
  const id = [...store().pages.keys()].find((key) => store().pageTitle(key) === title);
  if (!id) throw new Error(`no page "${title}"`);
  return id;
}

/** A page's top-level callouts titled like the summary, live ones only, with their authors. */
function summaryCallouts(pageId: string): { id: string; byBot: boolean }[] {
  const s = store();
  return s
    .page(pageId)
    .childIds.map((id) => s.blocks.get(id))
    .filter((b) => b !== undefined && !b.inTrash && b.type === 'callout')
    .filter((b) => JSON.stringify(b?.content).includes('Review summary'))
    .map((b) => ({ id: b?.id ?? '', byBot: b?.createdBy === s.botId }));
}

function textProperty(pageId: string, name: string): string {
  const value = store().page(pageId).properties[name]?.value as { plain_text?: string }[] | undefined;
  return (value ?? []).map((t) => t.plain_text ?? '').join('');
}

async function patchPage(pageId: string, properties: Record<string, unknown>): Promise<void> {
  const response = await fetch(`${running.url}/v1/pages/${pageId}`, {
    method: 'PATCH',
    headers: {
      authorization: `Bearer ${TOKEN}`,
      'notion-version': '2025-09-03',
      'content-type': 'application/json',
    },
    body: JSON.stringify({ properties }),
  });
  if (!response.ok) throw new Error(`PATCH page: ${response.status} ${await response.text()}`);
}

beforeAll(async () => {
  running = await startDemoSandbox();
  ({ configPath, dir } = await writeTestConfig());
  const first = await runSyncInProcess(running.url, ['--config', configPath]);
  expect(first.code).toBe(0);
  x = pageIdOf(X_TITLE);
  xContainer = summaryCallouts(x)[0]?.id ?? '';

  // Maya duplicates Grace's page and makes it Priya's: the copy keeps X's record, hash and summary.
  y = duplicatePage(store(), x, MAYA);
  await patchPage(y, {
    Name: { title: [{ text: { content: 'Priya Raman — 2026-H2' } }] },
    Reviewee: { people: [{ id: PRIYA }] },
  });
  personCopy = summaryCallouts(y)[0]?.id ?? '';
  yBefore = {
    callouts: summaryCallouts(y),
    record: textProperty(y, 'Summary block'),
    hash: textProperty(y, 'Summary hash'),
  };
  running.sandbox.requests.clear();

  const reportFile = join(dir, 'report.json');
  second = await runSyncInProcess(running.url, ['--config', configPath, '--report-file', reportFile]);
  report = await readReport(reportFile);
}, 60_000);

afterAll(async () => running?.close());

describe('a duplicated review page', () => {
  it('starts as Notion leaves it: X’s record and hash, and a person’s copy of X’s summary', () => {
    expect(xContainer).not.toBe('');
    expect(textProperty(x, 'Summary block')).toBe(`${x}/${xContainer}`);
    expect(yBefore).toEqual({
      callouts: [{ id: personCopy, byBot: false }],
      record: `${x}/${xContainer}`,
      hash: textProperty(x, 'Summary hash'),
    });
    expect(second.code).toBe(0);
  });

  it('never deletes anything on X: its summary stays, the only tool-written one there', () => {
    const deletes = running.sandbox.requests
      .entries()
      .filter((e) => e.method === 'DELETE')
      .map((e) => e.path);
    expect(deletes).not.toContain(`/v1/blocks/${xContainer}`);
    expect(summaryCallouts(x)).toEqual([{ id: xContainer, byBot: true }]);
  });

  it('gives Y a summary of its own, recorded with Y’s id, and leaves the person’s copy alone', () => {
    const callouts = summaryCallouts(y);
    const own = callouts.filter((c) => c.byBot);
    expect(own).toHaveLength(1);
    expect(callouts).toContainEqual({ id: personCopy, byBot: false });
    expect(textProperty(y, 'Summary block')).toBe(`${y}/${own[0]?.id}`);
    expect(textProperty(y, 'Summary hash')).not.toBe(textProperty(x, 'Summary hash'));
  });

  it('reports both in the run report and in Y’s Sync notes', () => {
    expect(report.notices?.map((n) => [n.pageId, n.kind])).toEqual([
      [y, 'copied-summary-record'],
      [y, 'person-summary-copy'],
    ]);
    const notes = textProperty(y, 'Sync notes');
    expect(notes).toContain(`copied from page ${x}`);
    expect(notes).toContain(
      `Possible copy of another review: a callout titled like the summary was written by a person (block ${personCopy})`,
    );
    expect(second.stderr).toContain('possibly a copy of another review');
  });

  it('converges: the next run deletes nothing, keeps the person-copy note and drops the one-time note', async () => {
    running.sandbox.requests.clear();
    const third = await runSyncInProcess(running.url, ['--config', configPath]);
    expect(third.code).toBe(0);
    expect(running.sandbox.requests.entries().filter((e) => e.method === 'DELETE')).toEqual([]);
    expect(summaryCallouts(x)).toEqual([{ id: xContainer, byBot: true }]);
    expect(summaryCallouts(y).filter((c) => c.byBot)).toHaveLength(1);
    const notes = textProperty(y, 'Sync notes');
    expect(notes).toContain('Possible copy of another review');
    expect(notes).not.toContain('copied from page');
  });
});

describe('sync --rewrite', () => {
  it('is refused without --review, before any request', async () => {
    running.sandbox.requests.clear();
    const result = await runSyncInProcess(running.url, ['--config', configPath, '--rewrite']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--rewrite needs --review');
    expect(running.sandbox.requests.entries()).toEqual([]);
  });

  it('with a --review that matches no review, stops with exit 2 before any write', async () => {
    running.sandbox.requests.clear();
    const result = await runSyncInProcess(running.url, ['--config', configPath, '--review', PRIYA]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      `NoMatchingReviewError: --review "${PRIYA}": no review of the active cycles`,
    );
    expect(running.sandbox.requests.entries().filter(isWrite)).toEqual([]);
  });

  it('brings back a summary a person deleted, though its hash has not changed', async () => {
    const block = store().blocks.get(xContainer);
    if (block) block.inTrash = true;
    const plain = await runSyncInProcess(running.url, ['--config', configPath, '--review', x]);
    expect(plain.code).toBe(0);
    expect(summaryCallouts(x)).toEqual([]);

    const rewrite = await runSyncInProcess(running.url, ['--config', configPath, '--review', x, '--rewrite']);
    expect(rewrite.code).toBe(0);
    const callouts = summaryCallouts(x);
    expect(callouts).toHaveLength(1);
    expect(callouts[0]?.byBot).toBe(true);
    expect(textProperty(x, 'Summary block')).toBe(`${x}/${callouts[0]?.id}`);
  });
});

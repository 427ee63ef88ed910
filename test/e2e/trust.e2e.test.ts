import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/google/csv-parse.ts';
import type { RunReport } from '../../src/sync/report.ts';
import {
  ROOT,
  readReport,
  runCli,
  startDemoSandbox,
  writeTestConfig,
  type CliResult,
  type RunningSandbox,
} from './harness.ts';
import { viewState } from './snapshot-state.ts';

// Issue 9 end to end: the demo team synced once under GitHub Actions with the default log detail and
// the default `visibility`. What each page holds at its stage, and what the shared log holds.

interface Block {
  type?: string;
  children?: Block[];
  [key: string]: unknown;
}

let sandbox: RunningSandbox;
let run: CliResult;
let summaryFile = '';
let report: RunReport;

beforeAll(async () => {
  // The demo config releases the draft plan earlier; these tests hold the defaults.
  const { configPath, dir } = await writeTestConfig(undefined, (config) => {
    delete config.visibility;
  });
  summaryFile = join(dir, 'step-summary.md');
  await writeFile(summaryFile, '');
  sandbox = await startDemoSandbox();
  const reportFile = join(dir, 'report.json');
  run = await runCli(sandbox.url, ['--config', configPath, '--report-file', reportFile], {
    GITHUB_ACTIONS: 'true',
    GITHUB_STEP_SUMMARY: summaryFile,
  });
  report = await readReport(reportFile);
}, 60_000);

afterAll(async () => sandbox?.close());

/** The texts of the summary container on a review page, with the block types they sit in. */
function summaryOf(title: string): { types: string[]; text: string } {
  const page = viewState(sandbox.sandbox).pages.Reviews?.[title]?.[0];
  const container = (page?.children as Block[] | undefined)?.find((block) => block.type === 'callout');
  const types: string[] = [];
  const texts: string[] = [];
  // The state keeps a block's children inside its type object, as the API's request shape does.
  const childrenOf = (block: Block | undefined): Block[] =>
    block?.children ?? (block?.[block.type ?? ''] as Block | undefined)?.children ?? [];
  const walk = (blocks: Block[]) => {
    for (const block of blocks) {
      types.push(block.type ?? '?');
      const { children: _children, ...own } = (block[block.type ?? ''] ?? {}) as Block;
      JSON.stringify(own, (key, value: unknown) => {
        if (key === 'content' && typeof value === 'string') texts.push(value);
        return value;
      });
      walk(childrenOf(block));
    }
  };
  walk(childrenOf(container));
  return { types, text: texts.join('\n') };
}

describe('each stage shows what the default visibility releases', () => {
  it.each([
    ['Ben Carter — 2026-H2', '360 feedback'],
    ['Daniel Kim — 2026-H2', '360 feedback'],
  ])('%s at %s: progress only, no per-code peer value and no highlight', (title, stage) => {
    const { types, text } = summaryOf(title);
    expect(text).toContain(`Progress · ${stage}`);
    expect(text).toMatch(/Answered: self \d, manager \d, peers \d/);
    expect(text).toContain(
      'Not shown at this stage: scores, strengths and growth areas, blind spots, 360 highlights, action plan.',
    );
    expect(types).not.toContain('table');
    expect(types).not.toContain('quote');
    const lines = text.split('\n');
    for (const heading of [
      'Strengths',
      'Growth areas',
      'Blind spots',
      '360 highlights (anonymised)',
      'Action plan',
    ])
      expect(lines).not.toContain(heading);
    expect(text).not.toMatch(/Overall \d|Overall —/);
  });

  it('Manager evaluation: scores, lists and highlights, provisional while ratings are missing; no plan yet', () => {
    const { types, text } = summaryOf('Grace Liu — 2026-H2');
    expect(text).toContain('Progress · Manager evaluation');
    expect(types).toContain('table');
    expect(text).toContain('360 highlights (anonymised)');
    expect(text).toMatch(/Provisional: the manager has not yet rated .*Reliability.*\(REL\)/);
    expect(text).not.toContain('Action plan');
  });

  it('Chloe: codes only she rated show her rating and wait for others', () => {
    const { text } = summaryOf('Chloe Dubois — 2026-H2');
    expect(text).toContain('awaiting others');
  });

  it('Feedback delivery: the agreed action plan, and its items exist', () => {
    const { text } = summaryOf('Hugo Martins — 2026-H2');
    expect(text).toContain('Action plan');
    expect(text).not.toContain('Action plan (draft)');
    expect(report.counts.actionItemsCreated).toBeGreaterThan(0);
  });

  it('no page below Feedback delivery has action items', () => {
    const items = viewState(sandbox.sandbox).pages['Action items'] ?? {};
    const early = ['Grace Liu', 'Chloe Dubois', 'Isla Novak', 'Elena Petrova', 'Farid Haddad', 'Ben Carter'];
    const keys = JSON.stringify(items);
    const pageIds = report.reviews
      .filter((r) => early.some((name) => r.reviewee.startsWith(name)))
      .map((r) => r.pageId);
    for (const id of pageIds) expect(keys).not.toContain(id.replace(/-/g, ''));
  });
});

describe('shared logs under GitHub Actions hold aggregates only', () => {
  it('no reviewee name, respondent name or score in stdout, stderr or the job summary', async () => {
    const seed = JSON.parse(await readFile(join(ROOT, 'demo/seed.json'), 'utf8')) as {
      notion: { users: { name?: string; type?: string }[] };
    };
    const people = seed.notion.users
      .filter((u) => u.type === 'person')
      .flatMap((u) => (u.name ? [u.name] : []));
    const csv = parseCsv(await readFile(join(ROOT, 'demo/responses.csv'), 'utf8'));
    const emailColumn = csv[0]?.indexOf('Email Address') ?? -1;
    const respondents = [
      ...new Set(
        csv
          .slice(1)
          .map((row) => row[emailColumn] ?? '')
          .filter((e) => e.includes('@')),
      ),
    ];
    const respondentNames = respondents.map((email) =>
      (email.split('@')[0] ?? '')
        .split('.')
        .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
        .join(' '),
    );
    const scores = report.reviews.flatMap((r) =>
      r.score === null || Number.isInteger(r.score) ? [] : [String(r.score), r.score.toFixed(2)],
    );
    expect(people.length).toBeGreaterThan(10);
    expect(scores.length).toBeGreaterThan(3);

    const summary = await readFile(summaryFile, 'utf8');
    // The cycle at a glance is there at the default detail: funnel, bands with their Mermaid pie, rejections.
    for (const part of [
      'at a glance',
      '| stage | reviews | overdue |',
      '```mermaid',
      'pie showData title Bands',
    ])
      expect(summary).toContain(part);
    expect(summary).toContain('Rejected responses by reason:');
    const shared = [run.stdout, run.stderr, summary].join('\n');
    expect(shared).toContain('reviews by stage:');
    for (const name of [...people, ...respondentNames]) {
      expect(shared).not.toContain(name);
      for (const part of name.split(' ')) expect(shared).not.toContain(part);
    }
    for (const email of respondents) {
      expect(shared).not.toContain(email);
      expect(shared).not.toContain(email.split('@')[0]);
    }
    for (const score of scores) expect(shared).not.toContain(score);
  });

  it('with --log-detail full the job summary names reviews again', async () => {
    const { configPath, dir } = await writeTestConfig();
    const file = join(dir, 'full-summary.md');
    await writeFile(file, '');
    const again = await startDemoSandbox();
    try {
      await runCli(again.url, ['--config', configPath, '--dry-run', '--log-detail', 'full'], {
        GITHUB_ACTIONS: 'true',
        GITHUB_STEP_SUMMARY: file,
      });
      const full = await readFile(file, 'utf8');
      expect(full).toContain('Ben Carter');
      expect(full).toContain('| review | stage | score | band | changed | errors |');
      for (const part of ['at a glance', '```mermaid', 'Rejected responses by reason:'])
        expect(full).toContain(part);
    } finally {
      await again.close();
    }
  }, 60_000);
});

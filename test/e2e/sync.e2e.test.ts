import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/google/csv-parse.ts';
import {
  ROOT,
  TOKEN,
  isWrite,
  readReport,
  runCli,
  runSyncInProcess,
  startDemoSandbox,
  writeTestConfig,
  type RunningSandbox,
} from './harness.ts';
import { API_VERSIONS, versionProblems, withApiVersion } from './api-version.ts';
import { countSummaries, viewState } from './snapshot-state.ts';

// One sandbox seeded with the demo team (12 reviewees across the stages, one bad page) and the demo CSV
// (49 responses, 5 of them bad), driven through the `review-sync sync` command over HTTP: in-process, and
// once (the dry run under GitHub Actions) as a child process through `bin/review-sync`. The main run is
// repeated under each Notion API version the tool speaks; the rest run under the default.

let configPath = '';
let reportDir = '';
beforeAll(async () => {
  ({ configPath, dir: reportDir } = await writeTestConfig());
});

describe.each(API_VERSIONS)('review-sync sync against the sandbox, Notion-Version %s', (version) => {
  let first: RunningSandbox;
  let versionConfig = '';
  beforeAll(async () => {
    ({ configPath: versionConfig } = await writeTestConfig(undefined, withApiVersion(version)));
  });
  afterAll(async () => first?.close());

  it(
    'moves stages, scores and writes one summary per page; a second run writes nothing',
    { timeout: 60_000 },
    async () => {
      first = await startDemoSandbox();
      const reportFile = join(reportDir, `first-${version}.json`);
      const run1 = await runSyncInProcess(first.url, [
        '--config',
        versionConfig,
        '--report-file',
        reportFile,
        '--debug',
      ]);
      expect(run1.code).toBe(0); // the seed's page without a reviewee is a warning
      const report = await readReport(reportFile);
      expect(report.counts).toMatchObject({ reviews: 12, responses: 49, responsesRejected: 5, failures: 0 });
      expect(report.counts.stageMoves).toBeGreaterThan(0);
      expect(report.problems).toEqual([
        expect.objectContaining({
          dataSource: 'reviews',
          message: expect.stringContaining('Reviewee') as string,
        }),
      ]);
      expect(report.rejected.map((r) => r.reason).sort()).toEqual([
        'not-the-manager',
        'outside-cycle-window',
        'rating-off-scale',
        'self-as-peer',
        'unknown-reviewee',
      ]);
      const moves: Record<string, string> = Object.fromEntries(
        report.reviews.map((r): [string, string] => [
          r.reviewee.split(' — ')[0] ?? r.reviewee,
          `${r.stageBefore} → ${r.stageAfter} · ${r.band}`,
        ]),
      );
      expect(moves).toEqual({
        'Amara Okoye': 'Not started → Self-assessment · Insufficient data',
        // Self and one hidden peer: no evidence from others, so no band (issue 9).
        'Ben Carter': 'Not started → 360 feedback · Insufficient data',
        'Chloe Dubois': 'Self-assessment → Manager evaluation · Exceeds expectations',
        'Daniel Kim': 'Self-assessment → 360 feedback · Insufficient data',
        'Elena Petrova': '360 feedback → Calibration · Exceptional',
        'Farid Haddad': 'Manager evaluation → Calibration · Meets expectations',
        'Grace Liu': 'Manager evaluation → Manager evaluation · Developing',
        'Hugo Martins': 'Calibration → Feedback delivery · Exceeds expectations',
        'Isla Novak': 'Calibration → Calibration · Meets expectations',
        'Jonas Weber': 'Feedback delivery → Completed · Exceeds expectations',
        'Kofi Mensah': 'Completed → Completed · Meets expectations',
        'Lena Fischer': 'Completed → Completed · Meets expectations',
      });
      const lena = viewState(first.sandbox).pages.Reviews?.['Lena Fischer — 2026-H2']?.[0]?.properties;
      expect(JSON.stringify(lena)).toContain('Stage is Completed but manager ratings missing');
      // Budget: the bulk reads (with the preflight's schema reads of the three data sources), the
      // integration's own id once, then at most 4 requests per changed review plus one per goal or item,
      // and two per reminder (the page's comments are read before posting).
      const c = report.counts;
      // Plus the earlier cycle (1), the objectives (2), and the overview: its parent listed, one page created;
      // the preflight's three schema reads (3) and the integration's own id (1).
      const reads = Math.ceil(c.reviews / 100) + Math.ceil(11 / 100) + 3 + 1 + 2 + 2 + 3 + 1;
      const changedReviews = report.reviews.filter((r) => r.changed).length;
      expect(report.requests.notion.total).toBeLessThanOrEqual(
        reads + 4 * changedReviews + c.goalsUpdated + c.actionItemsCreated + 2 * c.reminders,
      );
      const summaries = countSummaries(viewState(first.sandbox));
      const withSummary = Object.values(summaries).filter((n) => n > 0);
      expect(withSummary).toHaveLength(12);
      expect(withSummary.every((n) => n === 1)).toBe(true);

      // Every request of the run fits the version: its header, no retired field, filter_properties on queries.
      expect(versionProblems(first.sandbox.requests.entries(), version)).toEqual([]);

      first.sandbox.requests.clear();
      const secondFile = join(reportDir, `second-${version}.json`);
      const run2 = await runSyncInProcess(first.url, [
        '--config',
        versionConfig,
        '--report-file',
        secondFile,
      ]);
      expect(run2.code).toBe(0);
      expect(versionProblems(first.sandbox.requests.entries(), version)).toEqual([]);
      const writes = first.sandbox.requests.entries().filter(isWrite);
      expect(writes).toEqual([]);
      const second = await readReport(secondFile);
      // Plus the earlier cycle (1), the objectives (2), the overview's parent and first block (2), and the
      // preflight's three schema reads (3).
      const budget = Math.ceil(second.counts.reviews / 100) + Math.ceil(10 / 100) + 3 + 1 + 2 + 2 + 3;
      expect(second.requests.notion.total).toBeLessThanOrEqual(budget);
    },
  );
});

describe('review-sync sync against the sandbox', () => {
  it(
    'never sends a respondent email, and never prints the token even with --debug',
    { timeout: 60_000 },
    async () => {
      const csv = parseCsv(await readFile(join(ROOT, 'demo/responses.csv'), 'utf8'));
      const emailColumn = csv[0]?.indexOf('Email Address') ?? -1;
      const emails = [
        ...new Set(
          csv
            .slice(1)
            .map((row) => row[emailColumn] ?? '')
            .filter((e) => e.includes('@')),
        ),
      ];
      expect(emails.length).toBeGreaterThan(5);
      // The first test ran with --debug on this sandbox; its log holds every write the tool made.
      const sandbox = await startDemoSandbox();
      try {
        const result = await runSyncInProcess(sandbox.url, ['--config', configPath, '--debug']);
        const bodies = sandbox.sandbox.requests.entries().map((e) => JSON.stringify(e.body ?? ''));
        for (const email of emails) expect(bodies.filter((b) => b.includes(email))).toEqual([]);
        expect(result.stdout + result.stderr).not.toContain(TOKEN);
      } finally {
        await sandbox.close();
      }
    },
  );

  it('--dry-run prints the plan, writes nothing, and under GitHub Actions leaves a job summary and annotations', async () => {
    const sandbox = await startDemoSandbox();
    try {
      const summaryFile = join(reportDir, 'step-summary.md');
      await writeFile(summaryFile, '');
      const result = await runCli(sandbox.url, ['--config', configPath, '--dry-run'], {
        GITHUB_ACTIONS: 'true',
        GITHUB_STEP_SUMMARY: summaryFile,
      });
      expect(result.stdout).toContain('nothing was written');
      // Under GitHub Actions: a job summary of counts, and an annotation for the page that was skipped.
      const summary = await readFile(summaryFile, 'utf8');
      expect(summary).toContain('| stage | reviews |');
      expect(summary).toContain('| rejection reason | responses |');
      expect(result.stdout).toMatch(
        /::warning title=Page skipped::reviews page https:\/\/www\.notion\.so\/6a000000000040008000000000000013/,
      );
      expect(sandbox.sandbox.requests.entries().filter(isWrite)).toEqual([]);
    } finally {
      await sandbox.close();
    }
  });
});

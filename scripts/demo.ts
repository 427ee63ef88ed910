// `npm run demo`: serves the demo team (demo/seed.json) from an in-process sandbox, runs the real CLI
// against it as a child process, and writes the resulting review pages as Markdown under demo-output/.
// It then plays two people's edits (a manager changes one rating, a reviewee starts one action item)
// and syncs a second time, so the reconciled plan shows: withdrawn items, and one kept by a person.
// The sync runs as a separate process on purpose: it is exactly what a user runs, env and exit code
// included, and nothing in this script can make it behave differently.
import { spawn } from 'node:child_process';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { exportChildPagesAsMarkdown, exportPagesAsMarkdown } from './demo/export-markdown.ts';
import { HUGO, peopleEdit, requestJson } from './demo/people-edit.ts';
import { createSandbox, loadSeedFile, startSandboxServer } from '../src/sandbox/index.ts';

const SEED = 'demo/seed.json';
const CONFIG = 'demo/review-sync.yaml';
const OUT = 'demo-output';
const REVIEWS_DATA_SOURCE = '3b000000-0000-4000-8000-000000000001';
// The page the demo config names as the overview's parent; the sync writes "Cycle overview — 2026-H2" under it.
const OVERVIEW_PARENT = '2a000000-0000-4000-8000-000000000001';
const ACTION_ITEMS_DATA_SOURCE = '5b000000-0000-4000-8000-000000000001';
const FIRST_RUN = join(OUT, 'run-1');
const TOKEN = 'demo-token';
// The demo team's dates are set around this instant; a fixed clock keeps the demo the same on any day.
const DEMO_NOW = '2026-11-25T08:00:00Z';
/** The cycles `demo/review-sync.yaml` syncs; 2026-H1 is history only. */
const ACTIVE_CYCLES = ['2026-H2'];

interface ReportCounts {
  reviews?: number;
  responses?: number;
  responsesRejected?: number;
  stageMoves?: number;
  summariesWritten?: number;
  actionItemsCreated?: number;
  actionItemsWithdrawn?: number;
  goalsUpdated?: number;
  reminders?: number;
  failures?: number;
}

function runSync(baseUrl: string, outDir: string): Promise<number> {
  const args = [
    'bin/review-sync',
    'sync',
    '--config',
    CONFIG,
    '--now',
    DEMO_NOW,
    '--report-file',
    join(outDir, 'report.json'),
  ];
  const child = spawn(process.execPath, args, {
    stdio: 'inherit',
    env: { ...process.env, NOTION_TOKEN: TOKEN, NOTION_API_BASE_URL: baseUrl },
  });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    // A sync killed by a signal has no exit code; report it as a failed run rather than a success.
    child.once('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

async function getJson(url: string): Promise<unknown> {
  return requestJson(TOKEN, 'GET', url);
}

/** Hugo's action items and their Status after the second run: withdrawn, and the one he kept. */
async function hugoItems(baseUrl: string): Promise<string[]> {
  const items = (await requestJson(
    TOKEN,
    'POST',
    `${baseUrl}/v1/data_sources/${ACTION_ITEMS_DATA_SOURCE}/query`,
    {
      filter: { property: 'Key', rich_text: { starts_with: `rs1:2026-H2:${HUGO.replace(/-/g, '')}:` } },
      sorts: [{ property: 'Key', direction: 'ascending' }],
    },
  )) as {
    results: {
      properties: {
        Action?: { title?: { plain_text?: string }[] };
        Status?: { status?: { name?: string } | null };
      };
    }[];
  };
  return items.results.map((item) => {
    const title = (item.properties.Action?.title ?? []).map((t) => t.plain_text ?? '').join('');
    return `${item.properties.Status?.status?.name ?? 'no status'}: ${title}`;
  });
}

/** The sandbox state as Markdown pages, the report's counts and the raw state, into `outDir`. */
async function exportRun(baseUrl: string, outDir: string): Promise<number> {
  const state = (await getJson(`${baseUrl}/__sandbox/state`)) as Parameters<typeof exportPagesAsMarkdown>[0];
  const reviews = state.notion?.databases
    ?.flatMap((d) => d.dataSources)
    .find((s) => s.id === REVIEWS_DATA_SOURCE);
  const pageIds = (reviews?.pages ?? []).flatMap((p) => (p.id ? [p.id] : []));
  // The earlier cycle's pages are exported too, for reference, but only the synced cycle's are counted.
  const active = (reviews?.pages ?? []).filter((p) => {
    const cycle = (p.properties as { Cycle?: { select?: { name?: string } | null } } | undefined)?.Cycle;
    return cycle?.select?.name !== undefined && ACTIVE_CYCLES.includes(cycle.select.name);
  }).length;
  const comments = await commentsOf(baseUrl, pageIds);
  const files = exportPagesAsMarkdown(state, { dataSourceId: REVIEWS_DATA_SOURCE, comments });
  for (const file of files) await writeFile(join(outDir, file.fileName), file.markdown);
  const overviews = exportChildPagesAsMarkdown(state, OVERVIEW_PARENT);
  for (const file of overviews) await writeFile(join(outDir, file.fileName), file.markdown);
  if (overviews.length > 0)
    console.log(`demo: cycle overview in ${overviews.map((f) => join(outDir, f.fileName)).join(', ')}`);
  await writeFile(join(outDir, 'state.json'), `${JSON.stringify(state, null, 2)}\n`);
  return active;
}

/** The state dump has no comments, so the reminders the sync posted are fetched page by page. */
async function commentsOf(baseUrl: string, pageIds: string[]): Promise<Record<string, unknown[]>> {
  const entries = await Promise.all(
    pageIds.map(async (id) => {
      const list = (await getJson(`${baseUrl}/v1/comments?block_id=${id}&page_size=100`)) as {
        results: unknown[];
      };
      return [id, list.results] as const;
    }),
  );
  return Object.fromEntries(entries);
}

async function readCounts(outDir: string): Promise<ReportCounts | null> {
  try {
    const report = JSON.parse(await readFile(join(outDir, 'report.json'), 'utf8')) as {
      counts?: ReportCounts;
    };
    return report.counts ?? null;
  } catch {
    return null;
  }
}

function summaryLine(counts: ReportCounts | null): string {
  if (!counts) return 'no run report was written';
  const n = (value: number | undefined) => value ?? 0;
  return [
    `${n(counts.reviews)} reviews`,
    `${n(counts.stageMoves)} stage moves`,
    `${n(counts.responses)} responses (${n(counts.responsesRejected)} rejected)`,
    `${n(counts.summariesWritten)} summaries`,
    `${n(counts.actionItemsCreated)} action items created`,
    `${n(counts.actionItemsWithdrawn)} withdrawn`,
    `${n(counts.goalsUpdated)} goals updated`,
    `${n(counts.reminders)} reminders`,
    `${n(counts.failures)} failures`,
  ].join(' · ');
}

async function main(): Promise<number> {
  const sandbox = createSandbox({ seed: await loadSeedFile(SEED) });
  const server = await startSandboxServer({ port: 0, sandbox });
  try {
    await rm(OUT, { recursive: true, force: true });
    await mkdir(FIRST_RUN, { recursive: true });
    console.log(`demo: sandbox with the demo team on ${server.url}; running review-sync sync\n`);
    const first = await runSync(server.url, FIRST_RUN);
    await exportRun(server.url, FIRST_RUN);
    console.log(`\ndemo: first run: ${summaryLine(await readCounts(FIRST_RUN))} (exit code ${first})`);

    const started = await peopleEdit(server.url, TOKEN);
    console.log(
      `demo: between the runs, Priya raises Hugo's DB rating from 2 to 3` +
        (started ? `, and Hugo starts "${started}"` : '') +
        '; running review-sync sync again\n',
    );
    const code = await runSync(server.url, OUT);
    const pages = await exportRun(server.url, OUT);
    console.log(
      `\ndemo: ${pages} review pages of 2026-H2 (and the earlier cycle's, for reference) written as Markdown; ` +
        `start at ${join(OUT, 'README.md')}`,
    );
    console.log(
      `demo: run report in ${relative('.', join(OUT, 'report.json'))}, final sandbox state in ${join(OUT, 'state.json')}; ` +
        `the first run's pages and report are in ${FIRST_RUN}/`,
    );
    const counts = await readCounts(OUT);
    console.log(`demo: second run: ${summaryLine(counts)} (sync exit code ${code})`);
    for (const line of await hugoItems(server.url)) console.log(`demo: Hugo's action item, ${line}`);
    return Math.max(code, first);
  } finally {
    await server.close();
  }
}

process.exitCode = await main().catch((error: unknown) => {
  console.error(`demo: ${error instanceof Error ? error.message : String(error)}`);
  return 1;
});

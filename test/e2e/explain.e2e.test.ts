import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runExplainCommand } from '../../src/cli/commands/explain-handler.ts';
import { streamOutput } from '../../src/cli/output.ts';
import type { Explanation } from '../../src/explain/explain-types.ts';
import {
  GOOGLE_TOKEN,
  NOW,
  ROOT,
  TOKEN,
  runSyncInProcess,
  startDemoSandbox,
  writeTestConfig,
  type RunningSandbox,
} from './harness.ts';

interface BlockLike {
  type?: string;
  table_row?: { cells: { plain_text?: string; text?: { content?: string } }[][] };
  children?: BlockLike[];
  [type: string]: unknown;
}

interface PageLike {
  id: string;
  children?: BlockLike[];
  properties: Record<string, { number?: number | null; select?: { name: string } | null }>;
}

/** Every respondent name and email the demo holds: none may appear in what explain prints. */
async function identities(): Promise<string[]> {
  const seed = JSON.parse(await readFile(join(ROOT, 'demo/seed.json'), 'utf8')) as {
    notion: { users: { type: string; name?: string; person?: { email?: string } }[] };
  };
  const people = seed.notion.users.filter((u) => u.type === 'person');
  const csv = await readFile(join(ROOT, 'demo/responses.csv'), 'utf8');
  const emails = csv.match(/[\w.+-]+@[\w.-]+/g) ?? [];
  return [
    ...new Set([...people.flatMap((u) => [u.name ?? '', u.person?.email ?? '']), ...emails].filter(Boolean)),
  ];
}

/** The summary's table rows as cell text, walking the page's block tree. */
function tableRows(blocks: BlockLike[] = []): string[][] {
  return blocks.flatMap((block) => [
    ...(block.type === 'table_row' && block.table_row
      ? [block.table_row.cells.map((cell) => cell.map((t) => t.plain_text ?? t.text?.content ?? '').join(''))]
      : []),
    ...tableRows(block.children),
    // The sandbox keeps nested blocks where the request put them: under the block's own type.
    ...tableRows((block[block.type ?? ''] as { children?: BlockLike[] } | undefined)?.children),
  ]);
}

function leaks(text: string, names: string[]): string[] {
  const lower = text.toLowerCase();
  return names.filter((name) => lower.includes(name.toLowerCase()));
}

describe('review-sync explain against the demo sandbox', () => {
  let sandbox: RunningSandbox;
  let configPath: string;
  let env: Record<string, string | undefined>;

  beforeAll(async () => {
    sandbox = await startDemoSandbox();
    ({ configPath } = await writeTestConfig());
    env = {
      NOTION_TOKEN: TOKEN,
      NOTION_API_BASE_URL: sandbox.url,
      GOOGLE_OAUTH_ACCESS_TOKEN: GOOGLE_TOKEN,
      GOOGLE_API_ROOT_URL: `${sandbox.url}/`,
    };
    const synced = await runSyncInProcess(sandbox.url, ['--config', configPath]);
    expect(synced.code).toBe(0);
  }, 60_000);
  afterAll(() => sandbox.close());

  async function explain(args: Record<string, unknown>, extraEnv: Record<string, string> = {}) {
    let stdout = '';
    let stderr = '';
    const output = streamOutput(
      { write: (t: string) => (stdout += t) },
      { write: (t: string) => (stderr += t) },
      env,
    );
    const code = await runExplainCommand(
      { config: configPath, now: NOW, ...args } as never,
      { ...env, ...extraEnv },
      output,
    );
    return { code, stdout, stderr };
  }

  function scoredPage(): PageLike {
    const state = sandbox.sandbox.state() as {
      notion: { databases: { dataSources: { pages: PageLike[] }[] }[] };
    };
    const pages = state.notion.databases.flatMap((d) => d.dataSources.flatMap((ds) => ds.pages));
    const page = pages.find(
      (p) =>
        p.properties.Cycle?.select?.name === '2026-H2' &&
        typeof p.properties['Overall score']?.number === 'number',
    );
    if (!page) throw new Error('no demo review has an overall score after sync');
    return page;
  }

  it('explains every section of a scored review, with the numbers the page shows', async () => {
    const page = scoredPage();
    const json = await explain({ review: page.id, json: true, allStages: true });
    expect(json.stderr).toBe('');
    expect(json.code).toBe(0);
    const e = JSON.parse(json.stdout) as Explanation;
    expect(e.overall?.rounded).toBe(page.properties['Overall score']?.number);
    expect(e.overall?.band).toBe(page.properties['Computed band']?.select?.name);
    expect(e.codes?.length).toBeGreaterThan(0);
    // The code table on the page: each code's row holds the score explain says it shows.
    const rows = tableRows(page.children);
    for (const code of e.codes ?? []) {
      const row = rows.find((cells) => cells[0]?.startsWith(`${code.code} `));
      expect(row, code.code).toBeDefined();
      expect(row?.[4]).toBe(code.shown);
      if (code.peers?.mean != null) expect(row?.[2]).toBe(`${code.peers.mean.toFixed(2)} (${code.peers.n})`);
    }
    expect(e.responses.used.total).toBeGreaterThan(0);
    expect(e.responses.used.byRole.peer ?? 0).toBe(page.properties['Peer responses']?.number);
    expect(e.stage.guards.length).toBeGreaterThan(0);

    const text = await explain({ review: page.id, allStages: true });
    for (const heading of [
      'Responses',
      'Codes',
      'Overall',
      'Strengths, growth areas and blind spots',
      'Action plan',
      'Stage',
      'Visibility',
    ]) {
      expect(text.stdout).toContain(`\n${heading}`);
    }
    expect(text.stdout).toContain('minCoverage');
    expect(leaks(text.stdout + text.stderr + json.stdout, await identities())).toEqual([]);
  }, 60_000);

  it('by default leaves out what the page does not show yet at its stage', async () => {
    const state = sandbox.sandbox.state() as {
      notion: { databases: { dataSources: { pages: PageLike[] }[] }[] };
    };
    const pages = state.notion.databases.flatMap((d) => d.dataSources.flatMap((ds) => ds.pages));
    const early = pages.find(
      (p) => p.properties.Cycle?.select?.name === '2026-H2' && p.properties['Overall score']?.number === null,
    );
    if (!early) throw new Error('no demo review without a score');
    const result = await explain({ review: early.id, json: true });
    expect(result.code).toBe(0);
    const e = JSON.parse(result.stdout) as Explanation;
    expect(e.codes).toBeNull();
    expect(e.overall).toBeNull();
    expect(e.hidden.map((h) => h.section)).toContain('scores');
  }, 60_000);

  it('the identity scan catches a planted name', async () => {
    const names = await identities();
    expect(names.length).toBeGreaterThan(3);
    const planted = `score 3.5 from ${names[1]}`;
    expect(leaks(planted, names)).toEqual([names[1]]);
  });

  it('refuses --all-stages under GitHub Actions unless --log-detail full', async () => {
    const page = scoredPage();
    const refused = await explain({ review: page.id, allStages: true }, { GITHUB_ACTIONS: 'true' });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('--log-detail full');
    const allowed = await explain(
      { review: page.id, allStages: true, logDetail: 'full' },
      { GITHUB_ACTIONS: 'true' },
    );
    expect(allowed.code).toBe(0);
  }, 60_000);
});

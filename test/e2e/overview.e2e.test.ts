import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/google/csv-parse.ts';
import { exportChildPagesAsMarkdown } from '../../scripts/demo/export-markdown.ts';
import { NOTION_VERSION } from '../../src/sandbox/index.ts';
import {
  ROOT,
  TOKEN,
  isWrite,
  readReport,
  runSyncInProcess,
  spawnCli,
  startDemoSandbox,
  writeTestConfig,
  type RunningSandbox,
} from './harness.ts';

// The demo team (a known team of 12 in 2026-H2, with 10 pages in 2026-H1) through `review-sync sync`:
// the cycle overview page, its replacement by hash, the calibration view and the heatmap threshold.

const PARENT = '2a000000-0000-4000-8000-000000000001';
const ISLA = '6a000000-0000-4000-8000-000000000009';

let sandbox: RunningSandbox;
let dir = '';
let configPath = '';

beforeAll(async () => {
  sandbox = await startDemoSandbox();
  // A margin of 0.3 points: Maya's ratings average 0.4 above the team's.
  ({ dir, configPath } = await writeTestConfig(undefined, (config) => {
    config.overview = { groupBy: 'manager', calibrationMargin: 0.3 };
  }));
});
afterAll(async () => sandbox?.close());

function overviewPages(): { fileName: string; markdown: string }[] {
  return exportChildPagesAsMarkdown(sandbox.sandbox.state(), PARENT);
}

function row(markdown: string, first: string): string {
  return markdown.split('\n').find((line) => line.startsWith(`| ${first} |`)) ?? '';
}

async function sync(name: string) {
  sandbox.sandbox.requests.clear();
  const file = join(dir, `${name}.json`);
  const result = await runSyncInProcess(sandbox.url, ['--config', configPath, '--report-file', file]);
  return { result, report: await readReport(file), requests: sandbox.sandbox.requests.entries() };
}

describe('the cycle overview page', () => {
  it('shows the known team at a glance, and names no respondent', { timeout: 60_000 }, async () => {
    const { result, report } = await sync('first');
    expect(result.code).toBe(0); // the demo's deliberately broken page is a warning
    expect(report.overviews?.[0]?.page).toMatchObject({ action: 'replace', written: true });
    const pages = overviewPages();
    expect(pages.map((p) => p.fileName)).toEqual(['cycle-overview-2026-h2.md']);
    const page = pages[0]?.markdown ?? '';

    // Funnel: where the run left the twelve reviews.
    const funnel = [
      'Self-assessment',
      '360 feedback',
      'Manager evaluation',
      'Calibration',
      'Feedback delivery',
      'Completed',
    ];
    expect(funnel.map((stage) => row(page, stage))).toEqual([
      '| Self-assessment | 1 | 0 |',
      '| 360 feedback | 2 | 0 |',
      '| Manager evaluation | 2 | 0 |',
      '| Calibration | 3 | 0 |',
      '| Feedback delivery | 1 | 0 |',
      '| Completed | 3 | 0 |',
    ]);
    // Bands of the nine reviews from manager evaluation on, as a table and a Mermaid pie.
    expect(page).toContain(
      '```mermaid\npie showData title Bands · 2026-H2\n    "Exceptional" : 1\n    "Exceeds expectations" : 3\n' +
        '    "Meets expectations" : 4\n    "Developing" : 1\n```',
    );
    // Calibration: the human "Final band" differs from the computed one for Elena and Isla.
    expect(row(page, 'Elena Petrova')).toBe(
      '| Elena Petrova | Tobias Brandt | Exceptional | Exceeds expectations | ⚠ differs |',
    );
    expect(row(page, 'Isla Novak')).toBe(
      '| Isla Novak | Priya Raman | Meets expectations | Developing | ⚠ differs |',
    );
    expect(row(page, 'Hugo Martins')).toBe(
      '| Hugo Martins | Priya Raman | Exceeds expectations | Exceeds expectations |  |',
    );
    // Rejections by reason.
    expect(row(page, 'rating-off-scale')).toBe('| rating-off-scale | 1 |');

    // No peer respondent, by email or by name spelled from it. Colleagues who are reviewees or managers
    // themselves appear in those roles, so only peers outside the team's pages are looked for.
    // The team is who is a reviewee or a manager on a page; the seed also holds workspace users who are
    // only peers (the nominated ones), and those are looked for too.
    const seed = JSON.parse(await readFile(join(ROOT, 'demo/seed.json'), 'utf8')) as {
      notion: {
        users: { id: string; person?: { email?: string } }[];
        databases: {
          dataSources: { pages: { properties: Record<string, { people?: { id: string }[] }> }[] }[];
        }[];
      };
    };
    const onPages = new Set(
      seed.notion.databases
        .flatMap((db) => db.dataSources.flatMap((ds) => ds.pages))
        .flatMap((p) => [...(p.properties.Reviewee?.people ?? []), ...(p.properties.Manager?.people ?? [])])
        .map((person) => person.id),
    );
    const team = new Set(
      seed.notion.users.filter((u) => onPages.has(u.id)).map((u) => u.person?.email ?? ''),
    );
    const csv = parseCsv(await readFile(join(ROOT, 'demo/responses.csv'), 'utf8'));
    const [header = [], ...rows] = csv;
    const email = header.indexOf('Email Address');
    const relation = header.indexOf('Your relationship to them');
    const peers = rows
      .filter((r) => !['Self', 'Manager'].includes(r[relation] ?? ''))
      .map((r) => r[email] ?? '');
    const identities = peers
      .filter((e) => e.includes('@') && !team.has(e))
      .flatMap((e) => {
        const local = e.split('@')[0] ?? '';
        return [e, local.replace(/[._]/g, ' ')];
      });
    expect(identities.length).toBeGreaterThan(5);
    for (const identity of identities) expect(page.toLowerCase()).not.toContain(identity.toLowerCase());
  });

  it('flags the manager whose ratings are lenient against the team mean', () => {
    const page = overviewPages()[0]?.markdown ?? '';
    expect(page).toContain('| Maya Lindqvist | 4.0 | 8 | +0.5 | ⚠ lenient |');
    expect(row(page, 'Tobias Brandt')).toBe('| Tobias Brandt | 3.8 | 24 | +0.2 |  |');
  });

  it('leaves a heatmap cell blank below the threshold of reviews', () => {
    const page = overviewPages()[0]?.markdown ?? '';
    expect(page).toContain('| Code | Maya Lindqvist | Priya Raman | Tobias Brandt |');
    // Maya has two scored reviews, below the threshold of three: her column is blank, not even a count.
    expect(row(page, 'CQ Code quality and efficiency')).toBe(
      '| CQ Code quality and efficiency |  | 3.1 (19) | 4.0 (16) |',
    );
  });

  it(
    'writes nothing when nothing changed, and replaces the page in at most 3 requests when it did',
    { timeout: 60_000 },
    async () => {
      const unchanged = await sync('unchanged');
      expect(unchanged.report.overviews?.[0]?.page).toMatchObject({ action: 'unchanged', written: false });
      expect(unchanged.requests.filter(isWrite)).toEqual([]);
      const oldPage = unchanged.report.overviews?.[0]?.page?.pageId ?? '';
      const overviewRequests = (requests: typeof unchanged.requests) =>
        requests
          .filter(
            (e) =>
              e.path.startsWith(`/v1/blocks/${PARENT}/children`) ||
              e.path.startsWith(`/v1/blocks/${oldPage}`) ||
              (e.method === 'POST' && e.path === '/v1/pages') ||
              (e.method === 'PATCH' && e.path === `/v1/pages/${oldPage}`),
          )
          .map((e) => `${e.method} ${e.path.split('?')[0]?.replace(/[0-9a-f-]{36}/, 'ID')}`);
      // Unchanged: the parent's listing alone, whose titles carry the hashes.
      expect(overviewRequests(unchanged.requests)).toEqual(['GET /v1/blocks/ID/children']);

      // A person settles Isla's final band in calibration: only the overview shows it.
      const response = await fetch(`${sandbox.url}/v1/pages/${ISLA}`, {
        method: 'PATCH',
        headers: {
          authorization: `Bearer ${TOKEN}`,
          'notion-version': NOTION_VERSION,
          'content-type': 'application/json',
        },
        body: JSON.stringify({ properties: { 'Final band': { select: { name: 'Meets expectations' } } } }),
      });
      expect(response.ok).toBe(true);

      const changed = await sync('changed');
      expect(changed.report.overviews?.[0]?.page).toMatchObject({ action: 'replace', written: true });
      const writes = changed.requests
        .filter(isWrite)
        .map((e) => `${e.method} ${e.path.replace(/[0-9a-f-]{36}/, 'ID')}`);
      expect(writes).toEqual(['POST /v1/pages', 'PATCH /v1/pages/ID']);
      // Changed: the listing, the create and the trash; 3 requests in all for the overview.
      expect(overviewRequests(changed.requests)).toEqual([
        'GET /v1/blocks/ID/children',
        'POST /v1/pages',
        'PATCH /v1/pages/ID',
      ]);
      expect(changed.requests.length - unchanged.requests.length).toBe(2);
      const pages = overviewPages();
      expect(pages).toHaveLength(1);
      expect(row(pages[0]?.markdown ?? '', 'Isla Novak')).toBe(
        '| Isla Novak | Priya Raman | Meets expectations | Meets expectations |  |',
      );
    },
  );

  it(
    'exports one row per review and code with trends, and no respondent identity',
    { timeout: 60_000 },
    async () => {
      sandbox.sandbox.requests.clear();
      const { done } = spawnCli(
        sandbox.url,
        ['--config', configPath, '--cycle', '2026-H2', '--format', 'csv'],
        {},
        'export',
      );
      const result = await done;
      expect(result.code).toBe(0);
      const [header, ...rows] = parseCsv(result.stdout);
      expect(header).toEqual([
        'cycle',
        'reviewPageId',
        'reviewee',
        'stage',
        'band',
        'overallScore',
        'code',
        'competency',
        'score',
        'selfRaters',
        'managerRaters',
        'peerRaters',
        'previousScore',
        'change',
        'trend',
      ]);
      // Only what each stage has released: Amara, Ben and Daniel have no scores shown yet (issue 9).
      expect(rows).toHaveLength(9 * 8);
      const chloeCq = rows.find((r) => r[2] === 'Chloe Dubois' && r[6] === 'CQ');
      expect(chloeCq).toEqual([
        '2026-H2',
        '6a000000-0000-4000-8000-000000000003',
        'Chloe Dubois',
        'Manager evaluation',
        'Exceeds expectations',
        // Her DBG and DB were rated by her alone: no evidence from others, left out (issue 9).
        '4.18',
        'CQ',
        'Code quality and efficiency',
        '4',
        '1',
        '0',
        '3',
        '3.8',
        '0.2',
        '▲ +0.2',
      ]);
      expect(result.stdout).not.toContain('@');
      expect(sandbox.sandbox.requests.entries().filter(isWrite)).toEqual([]);
    },
  );
});

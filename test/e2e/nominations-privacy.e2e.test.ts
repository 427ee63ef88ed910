import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { normalizeId } from '../../src/sandbox/notion/ids.ts';
import {
  ROOT,
  readReport,
  isWrite,
  runSyncInProcess,
  startDemoSandbox,
  writeTestConfig,
  type CliResult,
  type RunningSandbox,
} from './harness.ts';
import { pageOfWrite } from '../support/written-pages.ts';

// Issue 21: nominations are participation, and a reviewee's page may count them but never name them.
// The demo team has nominations on three reviews (two approved, with answers from some nominees). One
// sync runs against it; every write the tool sends is traced to the page it lands on, and what lands on
// a review page must name none of that review's nominees, by name, email or email local part, and its
// nomination lines must name no perspective that only one of its nominees holds.

const REVIEWS_DATA_SOURCE = '3b000000-0000-4000-8000-000000000001';

interface SeedUser {
  id: string;
  type: string;
  name?: string;
  person?: { email?: string };
}
interface SeedPage {
  id: string;
  properties: Record<string, { people?: { id: string }[]; checkbox?: boolean }>;
}
interface Nominated {
  pageId: string;
  nominees: SeedUser[];
  approved: boolean;
}

let sandbox: RunningSandbox;
let run: CliResult;
let nominated: Nominated[] = [];
let perspectives: Record<string, string> = {};

const LABELS: Record<string, string> = {
  qa: 'QA',
  frontend: 'frontend',
  product: 'product',
  'project-lead': 'project lead',
  'backend-peer': 'backend peer',
};

beforeAll(async () => {
  const seed = JSON.parse(await readFile(join(ROOT, 'demo/seed.json'), 'utf8')) as {
    notion: { users: SeedUser[]; databases: { dataSources: { id: string; pages: SeedPage[] }[] }[] };
  };
  const users = new Map(seed.notion.users.map((u) => [u.id, u]));
  const reviews = seed.notion.databases
    .flatMap((db) => db.dataSources)
    .find((ds) => ds.id === REVIEWS_DATA_SOURCE);
  nominated = (reviews?.pages ?? []).flatMap((page) => {
    const peers = page.properties.Peers?.people ?? [];
    if (peers.length === 0) return [];
    return [
      {
        pageId: normalizeId(page.id),
        nominees: peers.flatMap((p) => users.get(p.id) ?? []),
        approved: page.properties['Peers approved']?.checkbox === true,
      },
    ];
  });
  const config = parse(await readFile(join(ROOT, 'demo/review-sync.yaml'), 'utf8')) as {
    raters: { perspectives: { people: Record<string, string> } };
  };
  perspectives = config.raters.perspectives.people;
  const { configPath } = await writeTestConfig();
  sandbox = await startDemoSandbox();
  run = await runSyncInProcess(sandbox.url, ['--config', configPath]);
}, 60_000);

afterAll(async () => sandbox?.close());

/** Everything written to one page in this run, as the JSON the tool sent. */
function writtenTo(pageId: string): string[] {
  return sandbox.sandbox.requests
    .entries()
    .filter((entry) => isWrite(entry) && pageOfWrite(sandbox.sandbox.notion.store, entry) === pageId)
    .map((entry) => JSON.stringify(entry.body));
}

/** The plain texts of the rich-text runs in written bodies. */
function textsIn(bodies: string[]): string[] {
  return bodies.flatMap((body) =>
    [...body.matchAll(/"content":"((?:[^"\\]|\\.)*)"/g)].map((m) => m[1] ?? ''),
  );
}

describe('nominations on reviewee pages', () => {
  it('syncs the demo team with nominations on three reviews', () => {
    expect(run.code).toBe(0);
    expect(nominated.map((n) => n.approved).sort()).toEqual([false, true, true]);
  });

  it('writes the counts: pending, and how many requested peers answered', () => {
    const lines = nominated.flatMap((n) => textsIn(writtenTo(n.pageId)));
    expect(lines).toEqual(
      expect.arrayContaining([
        "3 peers nominated, waiting for the manager's approval.",
        '2 of 4 requested peers answered.',
        '3 of 4 requested peers answered.',
      ]),
    );
  });

  it("sees what a page holds: each page's own reviewee is named in its summary", () => {
    const own = {
      '6a000000000040008000000000000005': 'elena petrova',
      '6a000000000040008000000000000003': 'chloe dubois',
    };
    for (const [pageId, name] of Object.entries(own)) {
      expect(writtenTo(normalizeId(pageId)).join('\n').toLowerCase()).toContain(name);
    }
  });

  it("names no nominee of a review on that review's page, by name, email or local part", () => {
    expect(nominated).toHaveLength(3);
    for (const { pageId, nominees } of nominated) {
      const written = writtenTo(pageId).join('\n').toLowerCase();
      expect(written.length).toBeGreaterThan(0);
      const identities = nominees.flatMap((u) => {
        const email = u.person?.email ?? '';
        return [u.name ?? '', email, email.split('@')[0] ?? ''].filter((s) => s.length > 2);
      });
      expect(identities.length).toBeGreaterThan(0);
      expect(identities.filter((identity) => written.includes(identity.toLowerCase()))).toEqual([]);
    }
  });

  it('names no perspective that only one nominee of the review holds in its nomination lines', () => {
    // Without a perspective held by one nominee alone the loop below would check nothing.
    let checked = 0;
    for (const { pageId, nominees } of nominated) {
      const held = new Map<string, number>();
      for (const nominee of nominees) {
        const perspective = perspectives[nominee.person?.email ?? ''];
        if (perspective) held.set(perspective, (held.get(perspective) ?? 0) + 1);
      }
      const single = [...held].filter(([, count]) => count === 1).map(([p]) => LABELS[p] ?? p);
      const lines = textsIn(writtenTo(pageId)).filter((text) => /nominat|perspective|requested/i.test(text));
      expect(lines.length).toBeGreaterThan(0);
      for (const label of single) {
        expect(lines.filter((line) => line.toLowerCase().includes(label.toLowerCase()))).toEqual([]);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(0);
  });
});

describe('raters.nominations: required, against the demo team', () => {
  let required: RunningSandbox;
  let result: CliResult;
  let report: Awaited<ReturnType<typeof readReport>>;

  beforeAll(async () => {
    const { configPath, dir } = await writeTestConfig(undefined, (config) => {
      (config.raters as { nominations: string }).nominations = 'required';
    });
    required = await startDemoSandbox();
    const reportFile = join(dir, 'report.json');
    result = await runSyncInProcess(required.url, ['--config', configPath, '--report-file', reportFile]);
    report = await readReport(reportFile);
  }, 60_000);

  afterAll(async () => required?.close());

  it('rejects peer answers from anyone not nominated and approved, and does not stop the run', () => {
    expect(result.code).toBe(0);
    const notNominated = report.rejected.filter((r) => r.reason === 'not-nominated');
    expect(notNominated.length).toBeGreaterThan(10);
    // The messages name the review (its reviewee), never a respondent: no email, and none of the peers
    // from outside the team's pages.
    const respondents = ['@', 'paul', 'noemi', 'omar', 'sofia', 'tom becker', 'yuki'];
    const text = JSON.stringify(notNominated.map((r) => r.message)).toLowerCase();
    expect(respondents.filter((name) => text.includes(name))).toEqual([]);
  });

  it("counts only the approved nominees' answers on Elena's page", () => {
    const page = required.sandbox.notion.store.pages.get(normalizeId('6a000000-0000-4000-8000-000000000005'));
    // Omar and Tom are nominated and answered; Paul and Hugo answered without being nominated.
    expect(page?.properties['Peer responses']?.value).toBe(2);
  });
});

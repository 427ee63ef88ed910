import { describe, expect, it } from 'vitest';
import { makeConfig } from '../../test/support/config-builders.ts';
import { buildOverview, overviewHash } from '../core/overview/index.ts';
import type { ReviewScore } from '../core/scoring/types.ts';
import type { BlockObjectRequest } from '@notionhq/client';
import { listChildren } from './block-children.ts';
import { blockCount } from './block-limits.ts';
import { overviewLabels, renderOverviewBlocks } from './overview-blocks.ts';
import { readOverviewPages, writeOverview } from './overview-page.ts';
import { N, useAdapterHarness, writes } from '../../test/support/notion-sandbox.ts';
import { makeReview } from '../../test/support/review-builders.ts';

const harness = useAdapterHarness();
const PARENT = N(8000);
const TITLE = 'Cycle overview — 2026-H2';
const config = makeConfig({});
const LABELS = overviewLabels(config.notion.reviews.properties);

function model(band: string, people = 1) {
  const score: ReviewScore = {
    codes: [],
    overall: 3.5,
    band,
    coverage: 1,
    raters: { self: 1, manager: 1, peers: 3 },
    peersVisible: true,
    awaitingManager: [],
  };
  const reviews = Array.from({ length: people }, (_, i) => ({
    review: makeReview({
      stage: 'calibration',
      pageId: `p-${i}`,
      reviewee: { id: `u-${i}`, email: `person${i}@example.com`, name: `Person ${i}` },
    }),
    score,
    workflow: { to: 'calibration' as const, overdue: null },
  }));
  return buildOverview({
    cycle: '2026-H2',
    reviews,
    rejected: [],
    config,
    stageLabel: (s) => s,
  });
}

async function sync(gw: Parameters<typeof readOverviewPages>[0], band: string, people = 1) {
  const m = model(band, people);
  const hash = overviewHash(m);
  const existing = await readOverviewPages(gw, PARENT, TITLE);
  return writeOverview(gw, { parentId: PARENT, title: TITLE, model: m, hash, existing, labels: LABELS });
}

describe('the cycle overview page', () => {
  it('heads the columns that show a review property with the team’s own property names', () => {
    const renamed = { ...LABELS, band: 'Band (computed)', finalBand: 'Agreed band', stage: 'Phase' };
    const blocks = renderOverviewBlocks(model('Exceptional'), 'h', renamed);
    const cells = JSON.stringify(blocks);
    for (const name of ['Band (computed)', 'Agreed band', 'Phase']) expect(cells).toContain(`"${name}"`);
    expect(cells).not.toContain('"Computed band"');
  });

  it('is created under the parent, with the hash first and a Mermaid pie', async () => {
    const { gw, sandbox } = harness.install({ pages: [{ id: PARENT, title: 'Reviews' }] });
    const pageId = await sync(gw, 'Meets expectations');
    const create = writes(sandbox).find((e) => e.method === 'POST' && e.path === '/v1/pages');
    const body = create?.body as { parent: unknown; children: { type: string; [k: string]: unknown }[] };
    expect(body.parent).toEqual({ page_id: PARENT });
    const first = body.children[0] as unknown as {
      paragraph: { rich_text: { text: { content: string } }[] };
    };
    expect(first.paragraph.rich_text[0]?.text.content).toContain(overviewHash(model('Meets expectations')));
    expect(body.children.find((b) => b.type === 'code')).toEqual({
      object: 'block',
      type: 'code',
      code: {
        language: 'mermaid',
        rich_text: [
          {
            type: 'text',
            text: { content: 'pie showData title Bands · 2026-H2\n    "Meets expectations" : 1' },
          },
        ],
      },
    });
    expect(await readOverviewPages(gw, PARENT, TITLE)).toEqual([
      { pageId, hash: overviewHash(model('Meets expectations')) },
    ]);
  });

  it('reads only the parent listing when unchanged, and replaces the page in 3 requests in all when it changed', async () => {
    const { gw, sandbox } = harness.install({ pages: [{ id: PARENT, title: 'Reviews' }] });
    const first = await sync(gw, 'Meets expectations');

    sandbox.requests.clear();
    expect(await sync(gw, 'Meets expectations')).toBe(first);
    expect(writes(sandbox)).toEqual([]);
    // The parent's children alone: the title it lists carries the hash.
    expect(sandbox.requests.entries().map((e) => `${e.method} ${e.path}`)).toEqual([
      `GET /v1/blocks/${PARENT}/children?page_size=100`,
    ]);

    sandbox.requests.clear();
    const second = await sync(gw, 'Exceptional');
    expect(second).not.toBe(first);
    expect(writes(sandbox).map((e) => `${e.method} ${e.path}`)).toEqual([
      'POST /v1/pages',
      `PATCH /v1/pages/${first}`,
    ]);
    // The parent listing, the create and the trash: 3 requests in all.
    expect(sandbox.requests.entries()).toHaveLength(3);
    expect(await readOverviewPages(gw, PARENT, TITLE)).toEqual([
      { pageId: second, hash: overviewHash(model('Exceptional')) },
    ]);
  });

  it('removes the extra page a crash between create and trash left behind, keeping the current one', async () => {
    const { gw, sandbox } = harness.install({ pages: [{ id: PARENT, title: 'Reviews' }] });
    const old = await sync(gw, 'Meets expectations');
    const m = model('Exceptional');
    // The crash: the new page exists, the old one was never trashed.
    const current = await writeOverview(gw, {
      parentId: PARENT,
      title: TITLE,
      model: m,
      hash: overviewHash(m),
      existing: [],
      labels: LABELS,
    });
    sandbox.requests.clear();
    expect(await sync(gw, 'Exceptional')).toBe(current);
    expect(writes(sandbox).map((e) => `${e.method} ${e.path}`)).toEqual([`PATCH /v1/pages/${old}`]);
    expect((await readOverviewPages(gw, PARENT, TITLE)).map((p) => p.pageId)).toEqual([current]);
  });

  it('titles the page with its hash, and replaces a bare-titled page but leaves other titles alone', async () => {
    const legacy = N(8101);
    const human = N(8102);
    const { gw, sandbox } = harness.install({
      pages: [
        { id: PARENT, title: 'Reviews' },
        { id: legacy, title: TITLE, parent: { page_id: PARENT } },
        { id: human, title: `${TITLE} · notes`, parent: { page_id: PARENT } },
      ],
    });
    expect(await readOverviewPages(gw, PARENT, TITLE)).toEqual([{ pageId: legacy, hash: null }]);
    sandbox.requests.clear();
    const pageId = await sync(gw, 'Meets expectations');
    const hash = overviewHash(model('Meets expectations'));
    const create = writes(sandbox).find((e) => e.method === 'POST' && e.path === '/v1/pages');
    expect((create?.body as { properties: unknown }).properties).toEqual({
      title: { title: [{ type: 'text', text: { content: `${TITLE} · ${hash}` } }] },
    });
    expect(writes(sandbox).map((e) => `${e.method} ${e.path}`)).toEqual([
      'POST /v1/pages',
      `PATCH /v1/pages/${legacy}`,
    ]);
    expect(await readOverviewPages(gw, PARENT, TITLE)).toEqual([{ pageId, hash }]);
  });

  it('checks the parent after a lost reply to its create, and makes no second page', async () => {
    const { gw, sandbox } = harness.install({ pages: [{ id: PARENT, title: 'Reviews' }] });
    const old = await sync(gw, 'Meets expectations');
    sandbox.requests.clear();
    // The create is carried out, then the connection drops before the reply.
    sandbox.faults.script({ method: 'POST', path: '/v1/pages', respond: 'lost' });
    const pageId = await sync(gw, 'Exceptional');
    expect(sandbox.requests.entries().map((e) => `${e.method} ${e.path}`)).toEqual([
      `GET /v1/blocks/${PARENT}/children?page_size=100`,
      'POST /v1/pages',
      // The check: the parent now lists a page with the new title that was not there before.
      `GET /v1/blocks/${PARENT}/children?page_size=100`,
      `PATCH /v1/pages/${old}`,
    ]);
    expect(await readOverviewPages(gw, PARENT, TITLE)).toEqual([
      { pageId, hash: overviewHash(model('Exceptional')) },
    ]);
  });

  it('sends the create again when the check finds it was not carried out', async () => {
    const { gw, sandbox } = harness.install({ pages: [{ id: PARENT, title: 'Reviews' }] });
    // A 503, then a reset before any byte (each script counts its own matches): neither carried the
    // create out, and the tool cannot know that without looking.
    sandbox.faults.script({ method: 'POST', path: '/v1/pages', respond: 503 });
    sandbox.faults.script({ method: 'POST', path: '/v1/pages', respond: 'drop' });
    const pageId = await sync(gw, 'Meets expectations');
    expect(writes(sandbox).map((e) => `${e.method} ${e.path} ${e.status}`)).toEqual([
      'POST /v1/pages 503',
      'POST /v1/pages 0',
      'POST /v1/pages 200',
    ]);
    expect(await readOverviewPages(gw, PARENT, TITLE)).toEqual([
      { pageId, hash: overviewHash(model('Meets expectations')) },
    ]);
  });

  it('splits a big team across requests Notion accepts, and checks a lost append instead of sending it twice', async () => {
    const { gw, sandbox } = harness.install({ pages: [{ id: PARENT, title: 'Reviews' }] });
    // 1,200 reviewees: the calibration view alone is 1,200 table rows, more than one request may carry.
    sandbox.faults.script({ method: 'PATCH', path: /\/children$/, respond: 'lost' });
    const pageId = (await sync(gw, 'Meets expectations', 1200)) ?? '';
    const sent = writes(sandbox);
    // The append's reply is lost after it was carried out: the page's child count shows it landed, so it
    // is not sent again.
    expect(
      sandbox.requests
        .entries()
        .map((e) => `${e.method} ${e.path.replace(pageId, 'NEW').replace(PARENT, 'PARENT')}`),
    ).toEqual([
      'GET /v1/blocks/PARENT/children?page_size=100',
      'POST /v1/pages',
      'PATCH /v1/blocks/NEW/children',
      'GET /v1/blocks/NEW/children?page_size=100',
    ]);
    for (const entry of sent) {
      const children = (entry.body as { children: BlockObjectRequest[] }).children;
      expect(children.length).toBeLessThanOrEqual(100);
      expect(children.reduce((n, block) => n + blockCount(block), 0)).toBeLessThanOrEqual(1000);
    }
    // Every reviewee lands in the calibration tables exactly once, the lost append included.
    const rows = new Map<string, number>();
    for (const table of (await listChildren(gw, pageId)).filter((b) => b.type === 'table')) {
      for (const row of await listChildren(gw, table.id)) {
        const first = (row as { table_row?: { cells: { plain_text: string }[][] } }).table_row?.cells[0];
        const text = first?.map((t) => t.plain_text).join('') ?? '';
        if (text.startsWith('Person ')) rows.set(text, (rows.get(text) ?? 0) + 1);
      }
    }
    expect(rows.size).toBe(1200);
    expect([...rows.values()].every((n) => n === 1)).toBe(true);
  });
});

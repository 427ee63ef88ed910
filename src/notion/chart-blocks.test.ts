import { describe, expect, it } from 'vitest';
import { makeConfig } from '../../test/support/config-builders.ts';
import { makeSummaryModel } from '../../test/support/summary-builders.ts';
import type { SummaryCharts } from '../core/charts/index.ts';
import { replaceSummary } from './replace-summary.ts';
import { renderSummaryBlocks } from './summary-blocks.ts';
import { bandsByGroupBlocks, summaryChartBlocks } from './chart-blocks.ts';
import { IDS, N, reviewPage, useAdapterHarness, writes } from '../../test/support/notion-sandbox.ts';
import { MAX_TEXT_CHARS } from './rich-text.ts';

// The charts travel inside the summary container, in the append that writes it: no request of their own.

const harness = useAdapterHarness();
const config = makeConfig({ notion: { reviews: { database: IDS.reviewsDb } } });

const charts: SummaryCharts = {
  form: 'mermaid',
  scale: { min: 1, max: 5 },
  codes: [
    { code: 'CQ', self: 4, peers: 3.5, peerCount: 4, manager: 3 },
    { code: 'SD', self: 2, peers: null, peerCount: 0, manager: 4 },
  ],
  overall: [
    { cycle: '2026-H1', score: 3.1 },
    { cycle: '2026-H2', score: 3.46 },
  ],
};

const model = makeSummaryModel({
  overall: { score: 3.46, band: 'Meets', raters: { self: 1, manager: 1, peers: 4 }, peersHiddenBelow: null },
  rows: [],
  charts,
});

interface Block {
  type: string;
  code?: { language: string; rich_text: { text: { content: string } }[] };
}
const sourceOf = (block: Block | undefined) =>
  (block?.code?.rich_text ?? []).map((t) => t.text.content).join('');

describe('summary charts as blocks', () => {
  it('appends the charts as Mermaid code blocks inside the one summary container', async () => {
    const { sandbox, gw } = harness.install({ reviews: [reviewPage(1)] });
    sandbox.requests.clear();
    gw.stats.byEndpoint = {};
    await replaceSummary(gw, config, N(1), model, null, async () => (await gw.users.me()).id);
    const appends = writes(sandbox).filter((e) => e.method === 'PATCH');
    expect(appends).toHaveLength(1);
    const body = appends[0]?.body as { children: { type: string; callout: { children: Block[] } }[] };
    expect(body.children.map((b) => b.type)).toEqual(['callout']);
    const codes = (body.children[0]?.callout.children ?? []).filter((b) => b.type === 'code');
    expect(codes.map((b) => b.code?.language)).toEqual(['mermaid', 'mermaid']);
    expect(sourceOf(codes[0])).toBe(
      [
        'xychart-beta horizontal',
        '    title "Self and others per code"',
        '    x-axis ["CQ self", "CQ peers (4)", "CQ manager", "SD self", "SD manager"]',
        '    y-axis "Score" 0 --> 5',
        '    bar [4, 3.5, 3, 2, 4]',
      ].join('\n'),
    );
    expect(sourceOf(codes[1])).toContain('x-axis ["2026-H1", "2026-H2"]');
    expect(sourceOf(codes[1])).toContain('line [3.1, 3.46]');
    expect(gw.stats.byEndpoint['blocks.children.append']).toBe(1);
  });

  it.each<[string, SummaryCharts | undefined, string[]]>([
    ['no charts: no block', undefined, []],
    ['mermaid: a code block per chart', charts, ['code', 'code']],
    ['text: a table of bars per chart', { ...charts, form: 'text' }, ['table', 'table']],
    ['no trend: the code chart alone', { ...charts, overall: null }, ['code']],
    ['no code with others’ evidence: the trend alone', { ...charts, codes: [] }, ['code']],
  ])('%s', (_label, given, types) => {
    expect(summaryChartBlocks(given).map((b) => (b as Block).type)).toEqual(types);
  });

  it('draws the text form as Unicode bars in table cells', () => {
    const [table] = summaryChartBlocks({ ...charts, form: 'text' });
    const rows = (
      table as unknown as {
        table: { children: { table_row: { cells: { text: { content: string } }[][] } }[] };
      }
    ).table.children.map((r) => r.table_row.cells.map((c) => c.map((t) => t.text.content).join('')));
    expect(rows).toEqual([
      ['Code', 'Self', 'Peers (n)', 'Manager'],
      ['CQ', '████████ 4.00', '███████ 3.50 (4)', '██████ 3.00'],
      ['SD', '████ 2.00', '—', '████████ 4.00'],
    ]);
  });

  it('splits a long Mermaid source into text objects of at most 2,000 characters', () => {
    const many = Array.from({ length: 120 }, (_, i) => ({
      code: `CODE${i}`,
      self: 3,
      peers: 3,
      peerCount: 3,
      manager: 3,
    }));
    const [block] = summaryChartBlocks({ ...charts, codes: many, overall: null }) as Block[];
    const items = block?.code?.rich_text ?? [];
    expect(items.length).toBeGreaterThan(1);
    for (const item of items) expect(item.text.content.length).toBeLessThanOrEqual(MAX_TEXT_CHARS);
    expect(sourceOf(block)).toContain('"CODE119 manager"');
  });

  it('keeps the summary one container with the chart among its children', () => {
    const [container, ...rest] = renderSummaryBlocks(model, 'Review summary');
    expect(rest).toEqual([]);
    const children = (container as unknown as { callout: { children: Block[] } }).callout.children;
    expect(children.filter((b) => b.type === 'code')).toHaveLength(2);
  });
});

describe('overview bands per group as blocks', () => {
  const chart = {
    groupBy: 'team' as const,
    bands: ['Exceeds', 'Meets'],
    groups: [
      { name: 'Payments', reviews: 4, counts: [1, 3] },
      { name: 'Other teams', reviews: 3, counts: [2, 1] },
    ],
    minReviews: 3,
    merged: 2,
  };

  it('draws one bar per team and band', () => {
    const [block] = bandsByGroupBlocks({ ...chart, form: 'mermaid' }, '2026-H2') as Block[];
    expect(block?.code?.language).toBe('mermaid');
    expect(sourceOf(block)).toContain(
      'x-axis ["Payments · Exceeds", "Payments · Meets", "Other teams · Exceeds", "Other teams · Meets"]',
    );
    expect(sourceOf(block)).toContain('bar [1, 3, 2, 1]');
  });

  it('or a table of bars, a row per team', () => {
    const [table] = bandsByGroupBlocks({ ...chart, form: 'text' }, '2026-H2');
    expect(JSON.stringify(table)).toContain('"Payments"');
    expect(JSON.stringify(table)).toContain('██████████ 3');
  });
});

import { describe, expect, it } from 'vitest';
import { makeConfig } from '../../test/fixtures/config.ts';
import type { SummaryModel } from '../core/types.ts';
import { findSummaryContainers, replaceSummary } from './replace-summary.ts';
import { renderSummaryBlocks } from './summary-blocks.ts';
import { IDS, N, reviewPage, useAdapterHarness, writes } from '../../test/support/notion-sandbox.ts';

const harness = useAdapterHarness();
const config = makeConfig({ notion: { reviews: { database: IDS.reviewsDb } } });

const model: SummaryModel = {
  reviewee: 'Ada Lovelace',
  cycle: '2026-H2',
  progress: {
    stage: 'Feedback delivery',
    answered: { self: 1, manager: 1, peers: 4 },
    peersNeeded: 3,
    missing: [],
    due: [{ stage: 'Self-assessment', due: '2026-11-20' }],
  },
  provisional: null,
  overall: {
    score: 3.456,
    band: 'Meets expectations',
    raters: { self: 1, manager: 1, peers: 4 },
    peersHiddenBelow: null,
  },
  rows: [
    {
      code: 'CQ',
      name: 'Code quality',
      self: 4,
      peers: 3.5,
      peerCount: 4,
      manager: 3,
      score: 3.4,
      gap: 0.75,
      awaitingOthers: false,
    },
    {
      code: 'SD',
      name: 'System design',
      self: 2,
      peers: null,
      peerCount: 0,
      manager: 4,
      score: 3.2,
      gap: -2,
      awaitingOthers: false,
    },
  ],
  strengths: ['CQ Code quality'],
  growthAreas: [],
  blindSpots: ['SD System design'],
  highlights: ['=HYPERLINK("x") **not bold** @everyone'],
  goals: [{ title: 'Cut latency', progress: 0.4, status: 'On track', due: '2027-03-01' }],
  plan: {
    draft: false,
    entries: [
      { key: 'k1', kind: 'training', code: 'SD', title: 'Design course', detail: '', due: '2026-12-01' },
    ],
    kept: [],
  },
};

describe('summary', () => {
  it('renders one container titled exactly as configured, text kept literal', () => {
    const [container, ...others] = renderSummaryBlocks(model, 'Review summary');
    expect(others).toEqual([]);
    const callout = (
      container as unknown as { callout: { rich_text: unknown[]; children: { type: string }[] } }
    ).callout;
    expect(callout.rich_text).toEqual([{ type: 'text', text: { content: 'Review summary' } }]);
    expect(callout.children.map((b) => b.type)).toContain('table');
    const json = JSON.stringify(container);
    expect(json).toContain('=HYPERLINK(\\"x\\") **not bold** @everyone');
    expect(json).toContain('"+0.75"');
    expect(json).toContain('3.50 (4)');
  });

  it('converges: two existing containers become one, human blocks stay in place', async () => {
    const human = (text: string) => ({
      object: 'block',
      type: 'paragraph',
      paragraph: { rich_text: [{ type: 'text', text: { content: text } }] },
    });
    const [old] = renderSummaryBlocks({ ...model, strengths: ['old'] }, 'Review summary');
    const page = { ...reviewPage(1), children: [human('intro'), old, human('between'), old, human('outro')] };
    const { sandbox, gw } = harness.install({ reviews: [page] });
    const before = await findSummaryContainers(gw, N(1), 'Review summary');
    expect(before).toHaveLength(2);
    gw.stats.total = 0;
    gw.stats.byEndpoint = {};
    sandbox.requests.clear();

    const result = await replaceSummary(gw, config, N(1), model);
    expect(result.removed).toEqual(before);
    expect(gw.stats.byEndpoint).toEqual({
      'blocks.children.list': 1,
      'blocks.children.append': 1,
      'blocks.delete': 2,
    });
    const append = writes(sandbox).find((e) => e.method === 'PATCH');
    expect(append?.body).toMatchObject({ position: { type: 'after_block', after_block: { id: before[1] } } });

    const after = await findSummaryContainers(gw, N(1), 'Review summary');
    expect(after).toEqual([result.containerId]);
    const top = await gw.blocks.children.list({ block_id: N(1) });
    const texts = top.results.map((b) => {
      const block = b as unknown as { type: string; paragraph?: { rich_text: { plain_text: string }[] } };
      return block.type === 'paragraph' ? block.paragraph?.rich_text[0]?.plain_text : block.type;
    });
    expect(texts).toEqual(['intro', 'between', 'callout', 'outro']);

    // A second replacement on a clean page costs list + append + delete.
    gw.stats.byEndpoint = {};
    await replaceSummary(gw, config, N(1), model);
    expect(gw.stats.byEndpoint).toEqual({
      'blocks.children.list': 1,
      'blocks.children.append': 1,
      'blocks.delete': 1,
    });
    expect(await findSummaryContainers(gw, N(1), 'Review summary')).toHaveLength(1);
  });

  it('appends a summary with more than 100 children in batches under one container', async () => {
    const { gw } = harness.install({ reviews: [reviewPage(1)] });
    const big = {
      ...model,
      highlights: Array.from({ length: 150 }, (_, i) => `quote ${i} ${'y'.repeat(2500)}`),
    };
    const result = await replaceSummary(gw, config, N(1), big);
    expect(gw.stats.byEndpoint['blocks.children.append']).toBe(2);
    const children = await gw.blocks.children.list({ block_id: result.containerId, page_size: 100 });
    expect(children.has_more).toBe(true);
  });
});

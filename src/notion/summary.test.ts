import { describe, expect, it } from 'vitest';
import { makeConfig } from '../../test/support/config-builders.ts';
import type { SummaryModel } from '../core/summary/types.ts';
import type { NotionGateway } from './gateway.ts';
import { ownContainers, replaceSummary } from './replace-summary.ts';
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
  actionPlan: {
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

  const human = (text: string) => ({
    object: 'block',
    type: 'paragraph',
    paragraph: { rich_text: [{ type: 'text', text: { content: text } }] },
  });
  /** Top-level blocks as text: paragraphs by their words, callouts by author and title. */
  async function layout(gw: NotionGateway, bot: string): Promise<string[]> {
    const top = await gw.blocks.children.list({ block_id: N(1) });
    return top.results.map((b) => {
      const block = b as unknown as {
        type: string;
        created_by: { id: string };
        paragraph?: { rich_text: { plain_text: string }[] };
        callout?: { rich_text: { plain_text: string }[] };
      };
      if (block.type === 'paragraph') return block.paragraph?.rich_text[0]?.plain_text ?? '';
      const who = block.created_by.id === bot ? 'tool' : 'person';
      return `${who}: ${block.callout?.rich_text[0]?.plain_text ?? ''}`;
    });
  }

  /** The integration's id, read lazily as the sync does: only the listing paths ask for it. */
  const botOf = (gw: NotionGateway) => () => gw.users.me().then((me) => me.id);

  it('a first summary lists the page: the tool’s orphans go, a person’s callout of the same title stays', async () => {
    const [old] = renderSummaryBlocks({ ...model, strengths: ['old'] }, 'Review summary');
    const [persons] = renderSummaryBlocks({ ...model, strengths: ['mine'] }, 'Review summary');
    const page = {
      ...reviewPage(1),
      children: [
        human('intro'),
        old,
        human('between'),
        { ...persons, created_by: { object: 'user', id: IDS.linus } },
        old,
        human('outro'),
      ],
    };
    const { sandbox, gw } = harness.install({ reviews: [page] });
    const bot = (await gw.users.me()).id;
    const before = (await gw.blocks.children.list({ block_id: N(1) })).results;
    const ours = ownContainers(before, null, bot);
    expect(ours).toHaveLength(2);
    gw.stats.byEndpoint = {};
    sandbox.requests.clear();

    // Nothing recorded: orphans of a first sync that died after its append may be there.
    const result = await replaceSummary(gw, config, N(1), model, null, botOf(gw));
    expect(result.removed).toEqual(ours);
    expect(gw.stats.byEndpoint).toEqual({
      'users.me': 1,
      'blocks.children.list': 1,
      'blocks.children.append': 1,
      'blocks.delete': 2,
    });
    const append = writes(sandbox).find((e) => e.method === 'PATCH');
    expect(append?.body).toEqual({ children: [expect.objectContaining({ type: 'callout' })] });
    expect(await layout(gw, bot)).toEqual([
      'intro',
      'between',
      'person: Review summary',
      'outro',
      'tool: Review summary',
    ]);

    // The usual replacement: the recorded container is deleted, the new one appended; no read at all.
    gw.stats.byEndpoint = {};
    sandbox.requests.clear();
    const next = await replaceSummary(gw, config, N(1), model, result.containerId, botOf(gw));
    expect(next.removed).toEqual([result.containerId]);
    expect(gw.stats.byEndpoint).toEqual({ 'blocks.delete': 1, 'blocks.children.append': 1 });
    expect(writes(sandbox).map((e) => `${e.method} ${e.path}`)).toEqual([
      `DELETE /v1/blocks/${result.containerId}`,
      `PATCH /v1/blocks/${N(1)}/children`,
    ]);
    expect(await layout(gw, bot)).toEqual([
      'intro',
      'between',
      'person: Review summary',
      'outro',
      'tool: Review summary',
    ]);
  });

  it('a bare id from an earlier release, copied from another page, deletes nothing there', async () => {
    const [old] = renderSummaryBlocks({ ...model, strengths: ['old'] }, 'Review summary');
    const [copy] = renderSummaryBlocks({ ...model, strengths: ['copied'] }, 'Review summary');
    const duplicate = {
      ...reviewPage(2),
      children: [{ ...copy, created_by: { object: 'user', id: IDS.linus } }],
    };
    const { gw } = harness.install({ reviews: [{ ...reviewPage(1), children: [old] }, duplicate] });
    const bot = (await gw.users.me()).id;
    const [original] = ownContainers((await gw.blocks.children.list({ block_id: N(1) })).results, null, bot);
    const [personCopy] = (await gw.blocks.children.list({ block_id: N(2) })).results;
    gw.stats.byEndpoint = {};

    const result = await replaceSummary(gw, config, N(2), model, original ?? null, botOf(gw), {
      listFirst: true,
    });
    expect(result.removed).toEqual([]);
    expect(result.personCopies).toEqual([personCopy?.id]);
    expect(gw.stats.byEndpoint).toEqual({
      'users.me': 1,
      'blocks.children.list': 1,
      'blocks.children.append': 1,
    });
    expect(await layout(gw, bot)).toEqual(['tool: Review summary']);
    const second = (await gw.blocks.children.list({ block_id: N(2) })).results.map((b) => b.id);
    expect(second).toEqual([personCopy?.id, result.containerId]);
  });

  it('a bare id that is this page’s own is deleted after the listing shows it here', async () => {
    const [old] = renderSummaryBlocks({ ...model, strengths: ['old'] }, 'Review summary');
    const { gw } = harness.install({ reviews: [{ ...reviewPage(1), children: [old] }] });
    const bot = (await gw.users.me()).id;
    const [recorded] = ownContainers((await gw.blocks.children.list({ block_id: N(1) })).results, null, bot);
    const result = await replaceSummary(gw, config, N(1), model, recorded ?? null, botOf(gw), {
      listFirst: true,
    });
    expect(result).toEqual({ containerId: result.containerId, removed: [recorded], personCopies: [] });
    expect(await layout(gw, bot)).toEqual(['tool: Review summary']);
  });

  it.each([
    ['a lost reply', 'lost' as const, 1],
    ['a 504 after the append went through', 'late-504' as const, 1],
    ['a 502 refusal', 502 as const, 2],
    ['a reset', 'drop' as const, 2],
  ])('an append after %s leaves exactly one container', async (_label, respond, appends) => {
    const [old] = renderSummaryBlocks({ ...model, strengths: ['old'] }, 'Review summary');
    const { sandbox, gw } = harness.install({ reviews: [{ ...reviewPage(1), children: [old] }] });
    const bot = (await gw.users.me()).id;
    const [recorded] = ownContainers((await gw.blocks.children.list({ block_id: N(1) })).results, null, bot);
    sandbox.faults.script({ method: 'PATCH', path: `/v1/blocks/${N(1)}/children`, respond });
    const result = await replaceSummary(gw, config, N(1), model, recorded ?? null, botOf(gw));
    expect(gw.stats.byEndpoint['blocks.children.append']).toBe(appends);
    expect(await layout(gw, bot)).toEqual(['tool: Review summary']);
    const [left] = (await gw.blocks.children.list({ block_id: N(1) })).results;
    expect(left?.id).toBe(result.containerId);
  });

  it('a delete whose reply was lost, retried and answered "archived", lists to be safe and converges', async () => {
    const [old] = renderSummaryBlocks({ ...model, strengths: ['old'] }, 'Review summary');
    const { sandbox, gw } = harness.install({ reviews: [{ ...reviewPage(1), children: [old] }] });
    const bot = (await gw.users.me()).id;
    const [recorded] = ownContainers((await gw.blocks.children.list({ block_id: N(1) })).results, null, bot);
    gw.stats.byEndpoint = {};
    sandbox.faults.script({ method: 'DELETE', respond: 'lost' });
    const result = await replaceSummary(gw, config, N(1), model, recorded ?? null, botOf(gw));
    expect(result.removed).toEqual([recorded]);
    expect(gw.stats.byEndpoint).toEqual({
      'blocks.delete': 2,
      'users.me': 1,
      'blocks.children.list': 1,
      'blocks.children.append': 1,
    });
    expect(
      sandbox.requests
        .entries()
        .filter((e) => e.method === 'DELETE')
        .map((e) => e.status),
    ).toEqual([200, 400]);
    expect(await layout(gw, bot)).toEqual(['tool: Review summary']);
  });

  it.each([
    ['after its delete (the recorded container is gone, nothing new)', false],
    ['after its append (the recorded container is gone, a new one is not recorded)', true],
  ])('a run killed %s is finished by the next one: exactly one container', async (_label, appended) => {
    const [old] = renderSummaryBlocks({ ...model, strengths: ['old'] }, 'Review summary');
    const [orphan] = renderSummaryBlocks({ ...model, strengths: ['orphan'] }, 'Review summary');
    const children = [human('intro'), old, human('outro'), ...(appended ? [orphan] : [])];
    const { gw } = harness.install({ reviews: [{ ...reviewPage(1), children }] });
    const bot = (await gw.users.me()).id;
    const listed = (await gw.blocks.children.list({ block_id: N(1) })).results;
    const [recorded] = ownContainers(listed, null, bot);
    // What the killed run did first: the recorded container's delete.
    await gw.blocks.delete({ block_id: recorded ?? '' });
    gw.stats.byEndpoint = {};
    const result = await replaceSummary(gw, config, N(1), model, recorded ?? null, botOf(gw));
    expect(result.removed).toHaveLength(appended ? 2 : 1);
    expect(gw.stats.byEndpoint['blocks.children.list']).toBe(1);
    expect(await layout(gw, bot)).toEqual(['intro', 'outro', 'tool: Review summary']);
    const ids = (await gw.blocks.children.list({ block_id: N(1) })).results.map((b) => b.id);
    expect(ids.at(-1)).toBe(result.containerId);
  });

  it('appends a summary with more than 100 children in batches under one container', async () => {
    const { gw } = harness.install({ reviews: [reviewPage(1)] });
    const big = {
      ...model,
      highlights: Array.from({ length: 150 }, (_, i) => `quote ${i} ${'y'.repeat(2500)}`),
    };
    const result = await replaceSummary(gw, config, N(1), big, null, botOf(gw));
    expect(gw.stats.byEndpoint['blocks.children.append']).toBe(2);
    const children = await gw.blocks.children.list({ block_id: result.containerId, page_size: 100 });
    expect(children.has_more).toBe(true);
  });
});

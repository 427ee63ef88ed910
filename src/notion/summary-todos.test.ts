import { describe, expect, it } from 'vitest';
import { makeConfig } from '../../test/support/config-builders.ts';
import {
  BASE_URL,
  IDS,
  N,
  TOKEN,
  reviewPage,
  useAdapterHarness,
  writes,
} from '../../test/support/notion-sandbox.ts';
import { NOTION_VERSION } from '../sandbox/index.ts';
import type { ActionPlanEntry } from '../core/action-plan/types.ts';
import type { SummaryModel } from '../core/summary/types.ts';
import { replaceSummary } from './replace-summary.ts';
import { renderSummaryBlocks } from './summary-blocks.ts';
import { carryTicks, entryLabel, readPriorTodos, todosOf, type PriorTodo } from './summary-todos.ts';

const harness = useAdapterHarness();
const config = makeConfig({
  notion: { reviews: { database: IDS.reviewsDb }, actionItems: { mode: 'todos' } },
});

const entry = (id: string, code: string, title: string, detail = ''): ActionPlanEntry => ({
  key: `rs1:2026-H2:x:catalog:${id}`,
  kind: 'training',
  code,
  title,
  detail,
  due: '2027-01-15',
});
const course = entry('sd-course', 'SD', 'Design course', 'Two days.');
const advanced = entry('sd-adv', 'SD', 'Design course (advanced)');
const pairing = entry('sd-pair', 'SD', 'Pair on a design review');

const todo = (text: string, checked: boolean): PriorTodo => ({ text, checked });
const line = (e: ActionPlanEntry, due = e.due) =>
  `${entryLabel(e)}${e.detail === '' ? '' : ` (${e.detail})`} · due ${due}`;

describe('carryTicks', () => {
  it.each<[string, ActionPlanEntry[], PriorTodo[], boolean[], string[]]>([
    ['no old container', [course, pairing], [], [false, false], []],
    ['a tick on its entry', [course, pairing], [todo(line(course), true)], [true, false], []],
    ['an unticked to-do', [course], [todo(line(course), false)], [false], []],
    ['a moved due date keeps the tick', [course], [todo(line(course, '2027-02-01'), true)], [true], []],
    [
      'a new detail keeps the tick',
      [course],
      [todo(line({ ...course, detail: 'One day.' }), true)],
      [true],
      [],
    ],
    [
      'a renamed title does not tick the new one; the old ticked line is kept',
      [{ ...course, title: 'Design class' }],
      [todo(line(course), true)],
      [false],
      [line(course)],
    ],
    [
      'the longer title wins between two that could match',
      [course, advanced],
      [todo(line(advanced), true)],
      [false, true],
      [],
    ],
    [
      'a ticked entry that left the plan is kept once',
      [pairing],
      [todo(line(course), true), todo(line(course), true), todo(line(advanced), false)],
      [false],
      [line(course)],
    ],
  ])('%s', (_label, entries, prior, checked, kept) => {
    expect(carryTicks(entries, prior)).toEqual({ checked, kept });
  });
});

describe('todosOf', () => {
  it('reads only top-level to-dos, their text joined across rich text items', () => {
    const rich = (...parts: string[]) => parts.map((plain_text) => ({ plain_text }));
    expect(
      todosOf([
        { type: 'heading_3', heading_3: { rich_text: rich('Action plan') } },
        { type: 'to_do', to_do: { rich_text: rich('[SD] training: ', 'Design course'), checked: true } },
        { type: 'to_do', to_do: { rich_text: rich('[SD] project: x'), checked: false } },
        { type: 'bulleted_list_item', bulleted_list_item: { rich_text: rich('[SD] project: y') } },
      ]),
    ).toEqual([todo('[SD] training: Design course', true), todo('[SD] project: x', false)]);
  });
});

const model: SummaryModel = {
  reviewee: 'Ada Lovelace',
  cycle: '2026-H2',
  progress: {
    stage: 'Feedback delivery',
    answered: { self: 1, manager: 1, peers: 3 },
    peersNeeded: 3,
    missing: [],
    due: [],
  },
  provisional: null,
  overall: null,
  rows: null,
  strengths: null,
  growthAreas: null,
  blindSpots: null,
  highlights: null,
  goals: null,
  actionPlan: { draft: false, entries: [course, pairing], kept: [], todos: true },
};

interface AppendedTodo {
  type: string;
  to_do?: { rich_text: { text: { content: string } }[]; checked: boolean };
}
/** The container's children as the append request sent them. */
function sentChildren(body: unknown): AppendedTodo[] {
  return (
    (body as { children: { callout: { children: AppendedTodo[] } }[] }).children[0]?.callout.children ?? []
  );
}
const sentTodos = (body: unknown) =>
  sentChildren(body)
    .filter((b) => b.type === 'to_do')
    .map((b) => [b.to_do?.rich_text.map((r) => r.text.content).join(''), b.to_do?.checked]);

/** A person ticks a to-do in Notion: the same PATCH a Notion client sends. */
async function tick(blockId: string): Promise<void> {
  const response = await fetch(`${BASE_URL}/v1/blocks/${blockId}`, {
    method: 'PATCH',
    headers: {
      authorization: `Bearer ${TOKEN}`,
      'notion-version': NOTION_VERSION,
      'content-type': 'application/json',
    },
    body: JSON.stringify({ to_do: { checked: true } }),
  });
  expect(response.ok).toBe(true);
}

describe('to-dos in the summary container', () => {
  it('writes the agreed plan as unchecked to-dos inside the callout, in the one append', async () => {
    const { sandbox, gw } = harness.install({ reviews: [reviewPage(1)] });
    const bot = () => gw.users.me().then((me) => me.id);
    await replaceSummary(gw, config, N(1), model, null, bot);
    const appends = writes(sandbox).filter((e) => e.method === 'PATCH');
    expect(appends).toHaveLength(1);
    expect(sentTodos(appends[0]?.body)).toEqual([
      [line(course), false],
      [line(pairing), false],
    ]);
    expect(sentChildren(appends[0]?.body).find((b) => b.type === 'bulleted_list_item')).toBeUndefined();
  });

  it('carries a person’s tick into the rewritten container, and keeps a ticked entry that left the plan', async () => {
    const { sandbox, gw } = harness.install({ reviews: [reviewPage(1)] });
    const bot = () => gw.users.me().then((me) => me.id);
    const first = await replaceSummary(gw, config, N(1), model, null, bot);
    const listed = (await gw.blocks.children.list({ block_id: first.containerId })).results;
    const todos = listed.filter((b) => 'type' in b && b.type === 'to_do');
    await tick(todos[1]?.id ?? '');
    sandbox.requests.clear();

    // The next summary drops the design course and keeps the pairing, which the person ticked; then
    // the course comes back: a tick is matched by entry, so it follows the entry, not the position.
    const prior = await readPriorTodos(gw, first.containerId);
    expect(prior).toEqual([todo(line(course), false), todo(line(pairing), true)]);
    const next = { ...model, actionPlan: { ...model.actionPlan!, entries: [advanced, pairing] } };
    const second = await replaceSummary(gw, config, N(1), next, first.containerId, bot, { prior });
    const append = writes(sandbox).find((e) => e.method === 'PATCH');
    expect(sentTodos(append?.body)).toEqual([
      [line(advanced), false],
      [line(pairing), true],
    ]);

    await tick(
      (await gw.blocks.children.list({ block_id: second.containerId })).results.find(
        (b) => 'type' in b && b.type === 'to_do',
      )?.id ?? '',
    );
    sandbox.requests.clear();
    const third = { ...model, actionPlan: { ...model.actionPlan!, entries: [pairing] } };
    await replaceSummary(gw, config, N(1), third, second.containerId, bot, {
      prior: await readPriorTodos(gw, second.containerId),
    });
    const last = writes(sandbox).find((e) => e.method === 'PATCH');
    expect(sentTodos(last?.body)).toEqual([
      [line(pairing), true],
      [line(advanced), true],
    ]);
    const headings = sentChildren(last?.body)
      .filter((b) => b.type === 'heading_3')
      .map((b) => JSON.stringify(b));
    expect(headings.some((h) => h.includes('Kept action items'))).toBe(true);
  });

  it('reading the old container costs one list; a container already gone has no ticks', async () => {
    const [old] = renderSummaryBlocks(model, 'Review summary');
    const { gw } = harness.install({ reviews: [{ ...reviewPage(1), children: [old] }] });
    const [container] = (await gw.blocks.children.list({ block_id: N(1) })).results;
    gw.stats.byEndpoint = {};
    expect(await readPriorTodos(gw, container?.id ?? '')).toHaveLength(2);
    expect(gw.stats.byEndpoint).toEqual({ 'blocks.children.list': 1 });
    expect(await readPriorTodos(gw, N(99))).toEqual([]);
  });

  it('a draft stays a plain list with the draft line', () => {
    const [container] = renderSummaryBlocks(
      { ...model, actionPlan: { ...model.actionPlan!, draft: true } },
      'Review summary',
    );
    const json = JSON.stringify(container);
    expect(json).not.toContain('"to_do"');
    expect(json).toContain('It becomes a to-do list once it is agreed.');
  });
});

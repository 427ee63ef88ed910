import type { BlockObjectRequest } from '@notionhq/client';
import { groupGoalsByObjective } from '../core/goals/index.ts';
import { formatTrend } from '../core/trends/index.ts';
import {
  answeredLine,
  draftLine,
  dueLine,
  keptLine,
  missingLine,
  notYetShown,
  provisionalLine,
} from '../core/summary/summary-text.ts';
import { nominationLines } from '../core/summary/nomination-progress.ts';
import { scoreCell } from '../core/summary/format.ts';
import type { ActionPlanEntry } from '../core/action-plan/types.ts';
import type { GoalSummary, SummaryModel, SummaryActionPlan, SummaryRow } from '../core/summary/types.ts';
import { batchBlocks, MAX_BLOCKS_PER_REQUEST, splitTable, tableRow } from './block-limits.ts';
import { richText } from './rich-text.ts';
import { summaryChartBlocks } from './chart-blocks.ts';
import { carryTicks, NO_PRIOR_TODOS, todoBlock, type PriorTodo } from './summary-todos.ts';

// The summary is one callout whose first rich text is exactly the configured title: that is how the
// next run finds it again. Inside: a callout → table → table_row tree, which is two levels of
// children below the appended block, the most Notion accepts in one append request.

const TABLE_HEADER = ['Code', 'Self', 'Peers (n)', 'Manager', 'Score', 'Gap'];

const num = (value: number | null): string => (value === null ? '—' : value.toFixed(2));
const signed = (value: number | null): string =>
  value === null ? '—' : `${value > 0 ? '+' : ''}${value.toFixed(2)}`;

function paragraph(text: string, bold = false): BlockObjectRequest {
  const rich = bold
    ? richText(text).map((item) => ({ ...item, annotations: { bold: true } }))
    : richText(text);
  return { object: 'block', type: 'paragraph', paragraph: { rich_text: rich } };
}

function heading(text: string): BlockObjectRequest {
  return { object: 'block', type: 'heading_3', heading_3: { rich_text: richText(text) } };
}

function bullet(text: string): BlockObjectRequest {
  return { object: 'block', type: 'bulleted_list_item', bulleted_list_item: { rich_text: richText(text) } };
}

function quote(text: string): BlockObjectRequest {
  return { object: 'block', type: 'quote', quote: { rich_text: richText(text) } };
}

function rowCells(row: SummaryRow, withTrend: boolean): string[] {
  const peers = row.peers === null ? '—' : `${num(row.peers)} (${row.peerCount})`;
  const cells = [
    `${row.code} ${row.name}`,
    num(row.self),
    peers,
    num(row.manager),
    scoreCell(row.score, row.awaitingOthers),
    signed(row.gap),
  ];
  if (!withTrend) return cells;
  const previous = row.previous === null || row.previous === undefined ? '' : `${num(row.previous)} → `;
  return [
    ...cells,
    row.trend ? `${row.trend === 'new' ? '' : previous}${formatTrend(row.change, row.trend)}` : '—',
  ];
}

function tables(rows: SummaryRow[]): BlockObjectRequest[] {
  // The trend column only exists when `history` is configured, so other teams see the table unchanged.
  const withTrend = rows.some((row) => row.trend !== undefined);
  const header = withTrend ? [...TABLE_HEADER, 'Trend'] : TABLE_HEADER;
  return splitTable(
    tableRow(header),
    rows.map((row) => tableRow(rowCells(row, withTrend))),
    { width: header.length, rowHeader: false },
  );
}

function list(
  title: string,
  items: string[],
  render: (text: string) => BlockObjectRequest = bullet,
): BlockObjectRequest[] {
  return [heading(title), ...(items.length === 0 ? [paragraph('None.')] : items.map(render))];
}

function goalLine(goal: GoalSummary): string {
  const percent = goal.progress === null ? 'no data yet' : `${Math.round(goal.progress * 100)}%`;
  const progress = goal.milestones
    ? `${goal.milestones.done} of ${goal.milestones.total} milestones (${percent})`
    : percent;
  return [goal.title, progress, goal.status ?? 'status unknown', goal.due ? `due ${goal.due}` : null]
    .filter(Boolean)
    .join(' · ');
}

function actionPlanLine(entry: ActionPlanEntry): string {
  const detail = entry.detail.trim() === '' ? '' : ` (${entry.detail.trim()})`;
  return `[${entry.code}] ${entry.kind}: ${entry.title}${detail} · due ${entry.due}`;
}

/** Goals under a sub-heading per objective, when objectives are configured; a flat list otherwise. */
function goalBlocks(goals: GoalSummary[]): BlockObjectRequest[] {
  if (!goals.some((g) => g.objective !== undefined)) return list('Goals', goals.map(goalLine));
  if (goals.length === 0) return list('Goals', []);
  return [
    heading('Goals'),
    ...groupGoalsByObjective(goals).flatMap((group) => [
      paragraph(
        group.objective === null ? 'Not tied to an objective' : `Objective: ${group.objective}`,
        true,
      ),
      ...group.goals.map((goal) => bullet(goalLine(goal))),
    ]),
  ];
}

/** "Trend since 2026-H1 3.40: ▲ +0.4", or the first cycle with a score. */
function trendLine(trend: NonNullable<NonNullable<SummaryModel['overall']>['trend']>): string | null {
  if (trend.direction === null) return null;
  const earlier = trend.history.filter((h) => h.score !== null);
  if (earlier.length === 0) return 'Trend: first cycle with an overall score (new).';
  const series = earlier.map((h) => `${h.cycle} ${num(h.score)}`).join(' · ');
  return `Trend: ${series} → now ${formatTrend(trend.change, trend.direction)}`;
}

function progressBlocks(model: SummaryModel): BlockObjectRequest[] {
  const { progress } = model;
  const due = dueLine(progress);
  const hidden = notYetShown(model);
  return [
    heading(`Progress · ${progress.stage}`),
    paragraph(`${model.reviewee} · ${model.cycle}`),
    paragraph(answeredLine(progress)),
    paragraph(missingLine(progress)),
    ...nominationLines(progress.nominations).map((line) => paragraph(line)),
    ...(due === null ? [] : [paragraph(due)]),
    ...(hidden === null ? [] : [paragraph(hidden)]),
  ];
}

function scoreBlocks(model: SummaryModel): BlockObjectRequest[] {
  if (model.overall === null || model.rows === null) return [];
  const { score, band } = model.overall;
  const hidden = model.overall.peersHiddenBelow;
  const trend = model.overall.trend ? trendLine(model.overall.trend) : null;
  return [
    heading(`Overall ${num(score)} · ${band}`),
    ...(trend === null ? [] : [paragraph(trend)]),
    ...(model.provisional === null ? [] : [paragraph(provisionalLine(model.provisional))]),
    ...(hidden === null
      ? []
      : [paragraph(`Peer results and comments stay hidden until at least ${hidden} peers have answered.`)]),
    ...tables(model.rows),
    ...summaryChartBlocks(model.charts),
  ];
}

/** The agreed plan as to-dos, ticked as people left them in the container being replaced. */
function todoActionPlanBlocks(
  actionPlan: SummaryActionPlan,
  prior: readonly PriorTodo[],
): BlockObjectRequest[] {
  const ticks = carryTicks(actionPlan.entries, prior);
  return [
    heading('Action plan'),
    ...(actionPlan.entries.length === 0
      ? [paragraph('None.')]
      : actionPlan.entries.map((entry, i) => todoBlock(actionPlanLine(entry), ticks.checked[i] ?? false))),
    ...(ticks.kept.length === 0
      ? []
      : [heading('Kept action items'), ...ticks.kept.map((text) => todoBlock(text, true))]),
  ];
}

function actionPlanBlocks(
  actionPlan: SummaryActionPlan | null,
  prior: readonly PriorTodo[],
): BlockObjectRequest[] {
  if (actionPlan === null) return [];
  // A draft stays a plain list: nothing to tick before the plan is agreed.
  if (actionPlan.todos === true && !actionPlan.draft) return todoActionPlanBlocks(actionPlan, prior);
  return [
    ...list(actionPlan.draft ? 'Action plan (draft)' : 'Action plan', actionPlan.entries.map(actionPlanLine)),
    ...(actionPlan.draft ? [paragraph(draftLine(actionPlan.todos === true))] : []),
    ...(actionPlan.kept.length === 0
      ? []
      : [heading('Kept action items'), ...actionPlan.kept.map((k) => bullet(keptLine(k)))]),
  ];
}

/**
 * The container's children, in reading order; may be longer than 100 (see `splitForAppend`). A
 * section the stage has not released is null in the model and leaves no block at all.
 */
export function renderSummaryChildren(
  model: SummaryModel,
  prior: readonly PriorTodo[] = NO_PRIOR_TODOS,
): BlockObjectRequest[] {
  return [
    ...progressBlocks(model),
    ...scoreBlocks(model),
    ...(model.strengths === null ? [] : list('Strengths', model.strengths)),
    ...(model.growthAreas === null ? [] : list('Growth areas', model.growthAreas)),
    ...(model.blindSpots === null ? [] : list('Blind spots', model.blindSpots)),
    ...(model.highlights === null ? [] : list('360 highlights (anonymised)', model.highlights, quote)),
    ...(model.goals === null ? [] : goalBlocks(model.goals)),
    ...actionPlanBlocks(model.actionPlan, prior),
  ];
}

/**
 * The summary as one top-level container block. Its children may exceed 100 for very long summaries;
 * `replaceSummary` then appends the overflow to the new container in further requests.
 */
export function renderSummaryBlocks(
  model: SummaryModel,
  title: string,
  prior: readonly PriorTodo[] = NO_PRIOR_TODOS,
): BlockObjectRequest[] {
  return [
    {
      object: 'block',
      type: 'callout',
      callout: {
        rich_text: [{ type: 'text', text: { content: title } }],
        icon: { type: 'emoji', emoji: '📊' },
        color: 'gray_background',
        children: renderSummaryChildren(model, prior),
      },
    } as BlockObjectRequest,
  ];
}

/**
 * The container with as many children as one request takes (100, and 1,000 blocks with the container
 * itself), and the rest in request-sized batches to append under it; `firstChildren` is how many the
 * container arrives with, so a lost append can be checked against the child count.
 */
export function splitForAppend(container: BlockObjectRequest): {
  first: BlockObjectRequest;
  firstChildren: number;
  rest: BlockObjectRequest[][];
} {
  const callout = (container as { callout?: { children?: BlockObjectRequest[] } }).callout;
  const children = callout?.children ?? [];
  const [head = [], ...rest] = batchBlocks(children, MAX_BLOCKS_PER_REQUEST - 1);
  if (!callout || rest.length === 0) return { first: container, firstChildren: children.length, rest: [] };
  const first = { ...container, callout: { ...callout, children: head } } as BlockObjectRequest;
  return { first, firstChildren: head.length, rest };
}

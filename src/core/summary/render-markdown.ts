import type { ActionPlanEntry, GoalSummary, SummaryModel, SummaryRow } from '../types.ts';
import { formatGap, formatScore } from './format.ts';

const KIND_LABELS: Record<ActionPlanEntry['kind'], string> = {
  training: 'Training',
  mentorship: 'Mentorship',
  project: 'Project',
  goal: 'Goal',
  recognition: 'Recognition',
  'mentor-others': 'Mentor others',
};

/**
 * The summary as Markdown, for dry-run output and the demo. The model keeps people's words
 * literal; here they are escaped so that they also *render* literally: a comment that starts with
 * `#` or holds a `|` must not become a heading or break the table.
 */
export function renderSummaryMarkdown(model: SummaryModel): string {
  const { raters } = model.overall;
  const lines = [
    `## Review summary: ${escapeMarkdown(model.reviewee)} · ${escapeMarkdown(model.cycle)}`,
    '',
    `**Overall:** ${formatScore(model.overall.score)} (${escapeMarkdown(model.overall.band)}) · raters: ` +
      `${raters.self} self, ${raters.manager} manager, ${raters.peers} peers`,
    '',
    ...(model.overall.peersHiddenBelow === null
      ? []
      : [
          `Peer results and comments stay hidden until at least ${model.overall.peersHiddenBelow} peers have answered.`,
          '',
        ]),
    '| Code | Competency | Self | Peers (n) | Manager | Score | Gap |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: |',
    ...model.rows.map(renderRow),
    ...section('Strengths', model.strengths.map(escapeMarkdown)),
    ...section('Growth areas', model.growthAreas.map(escapeMarkdown)),
    ...section('Blind spots', model.blindSpots.map(escapeMarkdown)),
    ...section(
      '360 highlights',
      model.highlights.map((text) => `“${escapeMarkdown(text)}”`),
    ),
    ...section('Goals', model.goals.map(renderGoal)),
    ...section('Action plan', model.plan.map(renderPlanEntry)),
  ];
  return `${lines.join('\n')}\n`;
}

function renderRow(row: SummaryRow): string {
  const peers = row.peers === null ? '—' : `${formatScore(row.peers)} (${row.peerCount})`;
  const cells = [
    escapeMarkdown(row.code),
    escapeMarkdown(row.name),
    formatScore(row.self),
    peers,
    formatScore(row.manager),
    formatScore(row.score),
    formatGap(row.gap),
  ];
  return `| ${cells.join(' | ')} |`;
}

function renderGoal(goal: GoalSummary): string {
  const progress = goal.progress === null ? 'progress unknown' : `${Math.round(goal.progress * 100)}%`;
  const parts = [progress, goal.status ?? 'no status', goal.due === null ? 'no due date' : `due ${goal.due}`];
  return `${escapeMarkdown(goal.title)} — ${parts.join(' · ')}`;
}

function renderPlanEntry(entry: ActionPlanEntry): string {
  const head = `**${KIND_LABELS[entry.kind]}** (${escapeMarkdown(entry.code)}): ${escapeMarkdown(entry.title)} — due ${entry.due}`;
  // Two trailing spaces make a line break inside the list item, so the detail sits under its title.
  return entry.detail === '' ? head : `${head}  \n  ${escapeMarkdown(entry.detail)}`;
}

function section(title: string, items: string[]): string[] {
  return ['', `### ${title}`, '', ...(items.length === 0 ? ['_None._'] : items.map((item) => `- ${item}`))];
}

/** Backslash-escapes the characters that change Markdown structure inline or in a table cell. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>|#~]/g, '\\$&');
}

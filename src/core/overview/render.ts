import { escapeMarkdown } from '../summary/render-markdown.ts';
import { formatScore } from '../summary/format.ts';
import type { HeatmapCell, OverviewModel } from './types.ts';

// Text shared by the Notion page and the Markdown views, so both say the same thing.

/** The Mermaid source of the band distribution; Notion and GitHub both draw it as a pie chart. */
export function bandPieMermaid(model: Pick<OverviewModel, 'cycle' | 'bands'>): string {
  // Quotes would end a Mermaid label; band names come from config, so dropping them loses nothing real.
  const slices = model.bands.map((b) => `    "${b.band.replace(/["\n\r]/g, '')}" : ${b.count}`);
  return [`pie showData title Bands · ${model.cycle.replace(/["\n\r]/g, '')}`, ...slices].join('\n');
}

export function cellText(cell: HeatmapCell | null): string {
  return cell === null ? '' : `${formatScore(cell.mean)} (${cell.raters})`;
}

export function signedScore(value: number | null): string {
  if (value === null) return '—';
  const shown = formatScore(value);
  return value > 0 ? `+${shown}` : value < 0 ? `−${shown.replace('-', '')}` : shown;
}

export type OverviewParts = 'aggregate' | 'full';

/**
 * The overview as Markdown. `aggregate` holds only counts (funnel, bands, rejections), which are safe
 * where many people read, such as a GitHub job summary; `full` adds the heatmap, calibration and gaps.
 */
export function renderOverviewMarkdown(model: OverviewModel, parts: OverviewParts = 'full'): string {
  const lines = [
    `### Cycle ${escapeMarkdown(model.cycle)} at a glance`,
    '',
    `${model.reviews} reviews; ${model.scored} with scores shown (from ${escapeMarkdown(model.scoresFrom)} on).`,
    '',
    '| Stage | Reviews | Overdue |',
    '| --- | ---: | ---: |',
    ...model.funnel.map((s) => `| ${escapeMarkdown(s.label)} | ${s.count} | ${s.overdue} |`),
    '',
    '#### Bands',
    '',
    ...(model.bands.length === 0
      ? ['_No scores shown yet._']
      : [
          '| Band | Reviews |',
          '| --- | ---: |',
          ...model.bands.map((b) => `| ${escapeMarkdown(b.band)} | ${b.count} |`),
          '',
          '```mermaid',
          bandPieMermaid(model),
          '```',
        ]),
    '',
    '#### Rejected responses',
    '',
    ...(model.rejections.length === 0
      ? ['_None._']
      : [
          '| Reason | Responses |',
          '| --- | ---: |',
          ...model.rejections.map((r) => `| ${r.reason} | ${r.count} |`),
        ]),
  ];
  if (parts === 'full') lines.push(...fullParts(model));
  return `${lines.join('\n')}\n`;
}

function fullParts(model: OverviewModel): string[] {
  const { heatmap, calibration } = model;
  return [
    '',
    `#### Heatmap (by ${heatmap.groupBy}; mean score, raters in brackets; blank below ${heatmap.minReviews} reviews)`,
    '',
    `| Code | ${heatmap.columns.map(escapeMarkdown).join(' | ')} |`,
    `| --- |${' ---: |'.repeat(heatmap.columns.length)}`,
    ...heatmap.rows.map((row) => `| ${row.code} | ${row.cells.map(cellText).join(' | ')} |`),
    '',
    '#### Calibration',
    '',
    '| Reviewee | Manager | Computed band | Final band | |',
    '| --- | --- | --- | --- | --- |',
    ...calibration.reviews.map(
      (r) =>
        `| ${escapeMarkdown(r.reviewee)} | ${escapeMarkdown(r.manager ?? '—')} | ${escapeMarkdown(r.computed)} | ` +
        `${escapeMarkdown(r.final ?? '—')} | ${r.differs ? '⚠ differs' : ''} |`,
    ),
    '',
    `Team mean of manager ratings: ${formatScore(calibration.teamMean)}; flagged beyond ±${calibration.margin}.`,
    '',
    '| Manager | Mean | Ratings | Difference | |',
    '| --- | ---: | ---: | ---: | --- |',
    ...calibration.managers.map(
      (m) =>
        `| ${escapeMarkdown(m.manager)} | ${formatScore(m.mean)} | ${m.ratings} | ${signedScore(m.difference)} | ${m.flag ? `⚠ ${m.flag}` : ''} |`,
    ),
    '',
    '#### Blind spots and hidden strengths',
    '',
    '| Code | Blind spots | Hidden strengths |',
    '| --- | ---: | ---: |',
    ...model.gaps.map((g) => `| ${g.code} | ${g.blindSpots} | ${g.hiddenStrengths} |`),
  ];
}

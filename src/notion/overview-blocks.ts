import type { BlockObjectRequest } from '@notionhq/client';
import { bandPieMermaid, cellText, signedScore } from '../core/overview/index.ts';
import type { CellTone, OverviewModel } from '../core/overview/index.ts';
import { formatScore } from '../core/summary/index.ts';
import { splitTable } from './block-limits.ts';
import { richText } from './rich-text.ts';
import { bandsByGroupBlocks, mermaidBlock } from './chart-blocks.ts';

// The overview page's blocks. The first block repeats the content hash that the page's title carries,
// and tells people that the page is rewritten as a whole.

type Color = 'default' | 'gray' | 'green' | 'red';

const TONE_COLOR: Record<CellTone, Color> = { strong: 'green', neutral: 'default', growth: 'red' };

function colored(text: string, color: Color) {
  return richText(text).map((item) => ({ ...item, annotations: { color } }));
}

function paragraph(text: string, color: Color = 'default'): BlockObjectRequest {
  return { object: 'block', type: 'paragraph', paragraph: { rich_text: colored(text, color) } };
}

function heading(text: string): BlockObjectRequest {
  return { object: 'block', type: 'heading_2', heading_2: { rich_text: richText(text) } };
}

type Cell = string | { text: string; color: Color };

function tables(header: string[], rows: Cell[][]): BlockObjectRequest[] {
  const row = (cells: Cell[]): BlockObjectRequest => ({
    object: 'block',
    type: 'table_row',
    table_row: {
      cells: cells.map((c) => (typeof c === 'string' ? richText(c) : colored(c.text, c.color))),
    },
  });
  return splitTable(row(header), rows.map(row), { width: header.length, rowHeader: true });
}

/** The bands per team or manager beside the pie, with a line saying how small groups were merged. */
function bandsPerGroupBlocks(model: OverviewModel): BlockObjectRequest[] {
  const chart = model.bandsByGroup;
  if (chart === undefined) return [];
  const plural = chart.groupBy === 'team' ? 'teams' : 'managers';
  const merged =
    chart.merged === 0
      ? ''
      : ` A group with fewer than ${chart.minReviews} scored reviews is never shown alone: ` +
        `${chart.merged} ${plural} are shown together as "Other ${plural}".`;
  return [paragraph(`Bands per ${chart.groupBy}.${merged}`), ...bandsByGroupBlocks(chart, model.cycle)];
}

/**
 * Column headers that show what a review property holds: the team's own property names, so a renamed
 * "Computed band" reads the same on the overview as on the pages.
 */
export interface OverviewLabels {
  stage: string;
  reviewee: string;
  manager: string;
  band: string;
  finalBand: string;
}

export function overviewLabels(properties: OverviewLabels): OverviewLabels {
  const { stage, reviewee, manager, band, finalBand } = properties;
  return { stage, reviewee, manager, band, finalBand };
}

/** Every block of the overview page, the hash line first. */
export function renderOverviewBlocks(
  model: OverviewModel,
  hash: string,
  labels: OverviewLabels,
): BlockObjectRequest[] {
  const { heatmap, calibration } = model;
  return [
    paragraph(
      `Written by review-sync and replaced as a whole when the cycle changes; edits here are lost. ${hash}`,
      'gray',
    ),
    paragraph(
      `${model.reviews} reviews; ${model.scored} with scores shown (from ${model.scoresFrom} on). ` +
        'No respondent is named anywhere on this page.',
    ),
    heading('Stage funnel'),
    ...tables(
      [labels.stage, 'Reviews', 'Overdue'],
      model.funnel.map((s) => [
        s.label,
        String(s.count),
        s.overdue > 0 ? { text: String(s.overdue), color: 'red' } : '0',
      ]),
    ),
    heading('Band distribution'),
    ...(model.bands.length === 0
      ? [paragraph('No scores shown yet.')]
      : [
          ...tables(
            ['Band', 'Reviews'],
            model.bands.map((b) => [b.band, String(b.count)]),
          ),
          mermaidBlock(bandPieMermaid(model)),
          ...bandsPerGroupBlocks(model),
        ]),
    heading(`Heatmap: codes × ${heatmap.groupBy === 'team' ? 'teams' : 'managers'}`),
    paragraph(
      `Mean score per cell, with the number of ratings behind it in brackets. A cell with fewer than ` +
        `${heatmap.minReviews} scored reviews stays blank.`,
    ),
    ...tables(
      ['Code', ...heatmap.columns],
      heatmap.rows.map((row) => [
        `${row.code} ${row.name}`,
        ...row.cells.map((cell): Cell =>
          cell === null ? '' : { text: cellText(cell), color: TONE_COLOR[cell.tone] },
        ),
      ]),
    ),
    heading('Calibration'),
    ...tables(
      [labels.reviewee, labels.manager, labels.band, labels.finalBand, 'Check'],
      calibration.reviews.map((r) => [
        r.reviewee,
        r.manager ?? '—',
        r.computed,
        r.final ?? '—',
        r.differs ? { text: '⚠ differs', color: 'red' } : '',
      ]),
    ),
    paragraph(
      `Team mean of all manager ratings: ${formatScore(calibration.teamMean)}. A manager whose mean is more ` +
        `than ${calibration.margin} away is flagged as lenient or severe.`,
    ),
    ...tables(
      [labels.manager, 'Mean', 'Ratings', 'Difference', 'Check'],
      calibration.managers.map((m) => [
        m.manager,
        formatScore(m.mean),
        String(m.ratings),
        signedScore(m.difference),
        m.flag ? { text: `⚠ ${m.flag}`, color: 'red' } : '',
      ]),
    ),
    heading('Blind spots and hidden strengths'),
    paragraph(
      `Counted over ${model.gapsCounted} reviews, those showing blind spots (from ${model.blindSpotsFrom} on).`,
    ),
    ...tables(
      ['Code', 'Blind spots', 'Hidden strengths'],
      model.gaps.map((g) => [`${g.code} ${g.name}`, String(g.blindSpots), String(g.hiddenStrengths)]),
    ),
    ...perspectiveBlocks(model),
    heading('Rejected responses'),
    ...(model.rejections.length === 0
      ? [paragraph('None.')]
      : tables(
          ['Reason', 'Responses'],
          model.rejections.map((r) => [r.reason, String(r.count)]),
        )),
  ];
}

/** Coverage counted over reviews from their approved nominations, never over answers or names. */
function perspectiveBlocks(model: OverviewModel): BlockObjectRequest[] {
  const coverage = model.perspectives;
  if (!coverage) return [];
  return [
    heading('Perspectives in the nominations'),
    paragraph(
      `${coverage.approved} of ${coverage.reviews} reviews have approved nominations; ` +
        `${coverage.complete} of them cover every wanted perspective.`,
    ),
    ...tables(
      ['Perspective', 'Reviews whose approved nominations include it'],
      coverage.perspectives.map((p) => [p.perspective, String(p.reviews)]),
    ),
  ];
}

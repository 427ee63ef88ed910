import type { BlockObjectRequest } from '@notionhq/client';
import {
  bandsByGroupMermaid,
  bandsByGroupText,
  overallTrendMermaid,
  overallTrendText,
  selfOthersMermaid,
  selfOthersText,
  type BandsByGroup,
  type SummaryCharts,
  type TextChart,
} from '../core/charts/index.ts';
import { splitTable, tableRow } from './block-limits.ts';
import { richText } from './rich-text.ts';

// Charts as Notion blocks: a `code` block in the language "mermaid", which Notion draws as a diagram, or
// a table of Unicode bars. Each is one child of its container (a table brings its rows), so a chart adds
// no request: it travels in the same append as the rest of the summary or the overview page.

/** Long sources are split over several text objects of at most 2,000 characters, as Notion requires. */
export function mermaidBlock(source: string): BlockObjectRequest {
  return { object: 'block', type: 'code', code: { language: 'mermaid', rich_text: richText(source) } };
}

function textTable(chart: TextChart): BlockObjectRequest[] {
  return splitTable(tableRow(chart.header), chart.rows.map(tableRow), {
    width: chart.header.length,
    rowHeader: true,
  });
}

/** The summary's charts, in reading order: self against others, then the overall across cycles. */
export function summaryChartBlocks(charts: SummaryCharts | undefined): BlockObjectRequest[] {
  if (charts === undefined) return [];
  const { codes, overall, scale } = charts;
  const out: BlockObjectRequest[] = [];
  if (charts.form === 'mermaid') {
    if (codes.length > 0) out.push(mermaidBlock(selfOthersMermaid(codes, scale)));
    if (overall !== null) out.push(mermaidBlock(overallTrendMermaid(overall, scale)));
    return out;
  }
  if (codes.length > 0) out.push(...textTable(selfOthersText(codes, scale)));
  if (overall !== null) out.push(...textTable(overallTrendText(overall, scale)));
  return out;
}

/** The overview's bands per team or manager. */
export function bandsByGroupBlocks(chart: BandsByGroup | undefined, cycle: string): BlockObjectRequest[] {
  if (chart === undefined) return [];
  return chart.form === 'mermaid'
    ? [mermaidBlock(bandsByGroupMermaid(chart, cycle))]
    : textTable(bandsByGroupText(chart));
}

import type { TrendPoint } from '../trends/types.ts';

// The charts a summary and the cycle overview carry, as plain data. They are built from the values the
// page's tables already show, so a chart can never show more than its table; Notion blocks, Mermaid
// source and Unicode bars are drawn from these by the renderers.

/** How a chart is drawn: a Mermaid code block, or Unicode bars in a table (`summary.charts`). */
export type ChartForm = 'mermaid' | 'text';

/** The rating scale a chart's axis spans. */
export interface ChartScale {
  min: number;
  max: number;
}

/** One code of the self-against-others chart: the table's own values for that row. */
export interface CodeChartRow {
  code: string;
  self: number | null;
  /** Null when peers are below the anonymity threshold, exactly as the table blanks them. */
  peers: number | null;
  peerCount: number;
  manager: number | null;
}

export interface SummaryCharts {
  form: ChartForm;
  scale: ChartScale;
  /**
   * Codes with others' evidence shown (peers at the threshold, or the manager), in framework order. A
   * code only the reviewee rated is not here at all. Empty when no code has others' evidence yet.
   */
  codes: CodeChartRow[];
  /** The overall score per cycle, oldest first and this cycle last; null before a second scored cycle. */
  overall: TrendPoint[] | null;
}

/** One team's or manager's reviews per band, in the order of the overview's band list. */
export interface BandGroup {
  name: string;
  reviews: number;
  counts: number[];
}

export interface BandsByGroup {
  form: ChartForm;
  groupBy: 'manager' | 'team';
  /** The bands of the cycle, as the overview's band table lists them. */
  bands: string[];
  groups: BandGroup[];
  /** The fewest scored reviews a group needs to be a series of its own. */
  minReviews: number;
  /** How many groups below `minReviews` were merged into the "Other" series. */
  merged: number;
}

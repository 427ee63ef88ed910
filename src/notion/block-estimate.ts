import type { Config } from '../core/config-schema.ts';

// How many Notion blocks a cycle writes, worked out from the config alone, so a team on a Free workspace
// (1,000 lifetime blocks when it has more than one member) can see before its first run whether it fits.
// Each figure is the fullest case a section reaches (every section visible, every plan entry written):
// an upper estimate, not a count. Deleting a block gives no capacity back, so every summary rewrite
// spends its blocks again.

/** What the config cannot say; each has a default a typical team fits. */
export interface EstimateAssumptions {
  goalsPerReview?: number;
  /** Distinct managers, for the overview's calibration table; a fifth of the reviews when absent. */
  managers?: number;
}

export interface BlockEstimate {
  /** One summary: its container and every block under it. */
  perSummary: number;
  /** Action item pages (each a page and its detail paragraph) per review; 0 with `mode: todos`. */
  itemPagesPerReview: number;
  /** The cycle overview page, when one is configured. */
  overview: number;
  /** Every review's summary written once, its items, and the overview. */
  perCycle: number;
}

const STAGES = 7;
/** The anonymised highlights a summary shows at most. */
const MAX_HIGHLIGHTS = 6;
const DEFAULT_GOALS = 3;
/** A table block, its header row, and a row each. */
const table = (rows: number) => 2 + rows;

function summaryBlocks(config: Config, goals: number): number {
  const codes = config.framework.competencies.length;
  const items = config.actionPlan.maxItems;
  const container = 1;
  // heading, who, answered, missing, due; with nominations, their count and the perspectives missing
  const progress = 5 + (config.raters.nominations === 'off' ? 0 : 2);
  const scores = 4 + table(codes); // heading, trend, provisional, peers hidden
  const lists = 3 + codes; // strengths, growth areas, blind spots: a code lands in at most one of the first two
  const highlights = 1 + MAX_HIGHLIGHTS;
  return container + progress + scores + charts(config) + lists + highlights + (1 + goals) + (1 + items);
}

/** Self against others and the overall across cycles: a code block each, or a table of bars each. */
function charts(config: Config): number {
  const form = config.summary.charts;
  if (form === 'off') return 0;
  const trend = config.history.length > 0 ? 1 : 0;
  if (form === 'mermaid') return 1 + trend;
  return table(config.framework.competencies.length) + trend * table(config.history.length + 1);
}

function overviewBlocks(config: Config, reviews: number, managers: number): number {
  if (config.notion.overview === undefined) return 0;
  const codes = config.framework.competencies.length;
  const bands = config.scoring.bands.length;
  const paragraphs = 5;
  const headings = 6;
  // The pie, and the bands per team or manager with its line (a table of bars in the text form).
  const form = config.summary.charts;
  const mermaid = 1 + (form === 'off' ? 0 : form === 'mermaid' ? 2 : 1 + table(Math.max(1, managers)));
  const rejections = table(5);
  return (
    paragraphs +
    headings +
    mermaid +
    table(STAGES) +
    table(bands) +
    table(codes) * 2 +
    table(reviews) +
    table(managers) +
    rejections
  );
}

export function estimateCycleBlocks(
  config: Config,
  reviews: number,
  assumptions: EstimateAssumptions = {},
): BlockEstimate {
  const perSummary = summaryBlocks(config, assumptions.goalsPerReview ?? DEFAULT_GOALS);
  const itemPagesPerReview = config.notion.actionItems?.mode === 'pages' ? 2 * config.actionPlan.maxItems : 0;
  const managers = assumptions.managers ?? Math.max(1, Math.ceil(reviews / 5));
  const overview = overviewBlocks(config, reviews, managers);
  return {
    perSummary,
    itemPagesPerReview,
    overview,
    perCycle: reviews * (perSummary + itemPagesPerReview) + overview,
  };
}

/** One line for `doctor`: the estimate for the config's roster, or per review when there is none. */
export function describeBlockEstimate(config: Config): string {
  const reviews = config.team.length;
  const managers = new Set(config.team.map((m) => m.manager).filter(Boolean)).size;
  const e = estimateCycleBlocks(config, reviews, managers > 0 ? { managers } : {});
  const each = `about ${e.perSummary} blocks per summary written, ${e.itemPagesPerReview} per review for action item pages`;
  const cycle = reviews > 0 ? `; about ${e.perCycle} for a cycle of ${reviews} reviews` : '';
  return (
    `block use: ${each}${cycle}, and each summary rewrite spends its blocks again ` +
    '(a Free workspace with more than one member has 1,000 lifetime blocks)'
  );
}

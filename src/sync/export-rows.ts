import type { Config } from '../core/config-schema.ts';
import { stageName } from '../core/workflow/stages.ts';
import { formatTrend } from '../core/trends/index.ts';
import type { SyncPlan } from '../planner/plan.ts';

// `review-sync export`: one row per review and code, for HR tools and spreadsheets. It names the
// reviewee (the row is about them) and never a respondent: raters appear only as counts, and peer
// numbers stay hidden below the anonymity threshold exactly as on the page.

export interface ExportRow {
  cycle: string;
  reviewPageId: string;
  reviewee: string;
  stage: string;
  band: string;
  overallScore: number | null;
  code: string;
  competency: string;
  score: number | null;
  selfRaters: number;
  managerRaters: number;
  peerRaters: number;
  previousScore: number | null;
  change: number | null;
  trend: string;
}

export const EXPORT_COLUMNS: readonly (keyof ExportRow)[] = [
  'cycle',
  'reviewPageId',
  'reviewee',
  'stage',
  'band',
  'overallScore',
  'code',
  'competency',
  'score',
  'selfRaters',
  'managerRaters',
  'peerRaters',
  'previousScore',
  'change',
  'trend',
];

/** Pure: the rows of one cycle, reviews in title order and codes in framework order. */
export function exportRows(plan: SyncPlan, config: Config, cycle: string): ExportRow[] {
  const reviews = plan.reviews
    .filter((r) => r.review.cycle === cycle)
    .sort((a, b) =>
      a.summary.reviewee < b.summary.reviewee ? -1 : a.summary.reviewee > b.summary.reviewee ? 1 : 0,
    );
  // Only what the review's stage has released (see docs/privacy.md): no rows before the scores are shown.
  return reviews.flatMap((r) =>
    (r.summary.rows ?? []).map((row) => ({
      cycle,
      reviewPageId: r.review.pageId,
      reviewee: r.summary.reviewee,
      stage: stageName(config, r.workflow.to),
      band: r.summary.overall?.band ?? '',
      overallScore: r.summary.overall?.score ?? null,
      code: row.code,
      competency: row.name,
      score: row.score,
      selfRaters: row.self === null ? 0 : 1,
      managerRaters: row.manager === null ? 0 : 1,
      peerRaters: row.peerCount,
      previousScore: row.previous ?? null,
      change: row.change ?? null,
      trend: formatTrend(row.change, row.trend),
    })),
  );
}

// A cell a spreadsheet would run as a formula is prefixed with an apostrophe, which it shows as text.
const FORMULA_START = /^[=+\-@\t\r]/;

function csvCell(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** RFC 4180 CSV with a header line and CRLF line ends, as spreadsheets expect. */
export function toCsv(rows: readonly ExportRow[]): string {
  const lines = [
    EXPORT_COLUMNS.join(','),
    ...rows.map((row) => EXPORT_COLUMNS.map((c) => csvCell(row[c])).join(',')),
  ];
  return `${lines.join('\r\n')}\r\n`;
}

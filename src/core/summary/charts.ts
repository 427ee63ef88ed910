import type { Config } from '../config-schema.ts';
import type { SummaryModel, SummaryRow } from './types.ts';
import type { TrendPoint } from '../trends/types.ts';
import type { CodeChartRow, SummaryCharts } from '../charts/types.ts';

// The summary's charts are drawn from the model's own rows and overall trend, never from the score: what
// the table blanks (peers below the anonymity threshold) is blank here too, and what `visibility` holds
// back (the rows and the overall are null before their stage) leaves no chart at all.

/** Others' evidence on the page: the manager rated it, or peers did at the anonymity threshold. */
const shownWithOthers = (row: SummaryRow): boolean =>
  !row.awaitingOthers && (row.peers !== null || row.manager !== null);

function codeRows(rows: readonly SummaryRow[]): CodeChartRow[] {
  return rows.filter(shownWithOthers).map((row) => ({
    code: row.code,
    self: row.self,
    peers: row.peers,
    peerCount: row.peers === null ? 0 : row.peerCount,
    manager: row.manager,
  }));
}

/**
 * The overall score per cycle, from the second cycle with a score on: the earlier pages' overall scores
 * (as the tool wrote them) and this cycle's. Cycles without a score are left out rather than drawn as 0.
 */
function overallSeries(overall: NonNullable<SummaryModel['overall']>, cycle: string): TrendPoint[] | null {
  if (overall.trend === undefined || overall.score === null) return null;
  const earlier = overall.trend.history.filter((point) => point.score !== null);
  if (earlier.length === 0) return null;
  return [...earlier.map((point) => ({ ...point })), { cycle, score: overall.score }];
}

/**
 * The charts of one summary, or null when there is nothing to draw: `summary.charts: off`, scores not yet
 * shown under `visibility`, or no code with others' evidence and no earlier cycle to compare with.
 */
export function summaryCharts(
  model: Pick<SummaryModel, 'rows' | 'overall' | 'cycle'>,
  config: Pick<Config, 'summary' | 'scale'>,
): SummaryCharts | null {
  const form = config.summary.charts;
  if (form === 'off' || model.rows === null || model.overall === null) return null;
  const codes = codeRows(model.rows);
  const overall = overallSeries(model.overall, model.cycle);
  if (codes.length === 0 && overall === null) return null;
  return {
    form,
    scale: { min: config.scale.min, max: config.scale.max },
    codes,
    overall,
  };
}

import type { TrendPoint } from '../trends/types.ts';
import { axisFloor, barCell } from './bars.ts';
import type { BandsByGroup, ChartScale, CodeChartRow } from './types.ts';

// The text form of each chart (`summary.charts: text`, or where Mermaid is not rendered): a header and
// rows of cells holding Unicode bars, for the renderer to put in a table.

export interface TextChart {
  header: string[];
  rows: string[][];
}

export function selfOthersText(codes: readonly CodeChartRow[], scale: ChartScale): TextChart {
  const floor = axisFloor(scale);
  const cell = (n: number | null) => barCell(n, scale.max, floor);
  return {
    header: ['Code', 'Self', 'Peers (n)', 'Manager'],
    rows: codes.map((row) => [
      row.code,
      cell(row.self),
      row.peers === null ? '—' : `${cell(row.peers)} (${row.peerCount})`,
      cell(row.manager),
    ]),
  };
}

export function overallTrendText(points: readonly TrendPoint[], scale: ChartScale): TextChart {
  const floor = axisFloor(scale);
  return {
    header: ['Cycle', 'Overall'],
    rows: points.map((p) => [p.cycle, barCell(p.score, scale.max, floor)]),
  };
}

export function bandsByGroupText(chart: BandsByGroup): TextChart {
  const most = Math.max(1, ...chart.groups.flatMap((g) => g.counts));
  return {
    header: [chart.groupBy === 'team' ? 'Team' : 'Manager', ...chart.bands],
    rows: chart.groups.map((group) => [
      group.name,
      ...chart.bands.map((_, i) => barCell(group.counts[i] ?? 0, most, 0, 0)),
    ]),
  };
}

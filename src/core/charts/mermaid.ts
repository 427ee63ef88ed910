import { round2 } from '../numbers/round.ts';
import type { TrendPoint } from '../trends/types.ts';
import { axisFloor } from './bars.ts';
import type { BandsByGroup, ChartScale, CodeChartRow } from './types.ts';

// Mermaid sources for the charts. Every chart is an `xychart-beta` with one series: Mermaid draws several
// bar series of one chart on top of each other and has no legend, so each bar is a category of its own
// and its label says what it is ("CQ self", "CQ peers (4)", "CQ manager"). See
// docs/action-plan-and-summary.md for why this type and which Mermaid version Notion renders.

const INDENT = '    ';

/**
 * Text safe to put in Mermaid source, quoted or not (a pie title runs to the end of its line). Names come
 * from config and Notion, so anything that could end a quoted string or start Mermaid syntax is turned
 * into a space; letters of every script are kept. The overview's pie uses it too, so one rule guards
 * every chart.
 */
export function mermaidText(text: string): string {
  const cleaned = text
    .replace(/[^\p{L}\p{M}\p{N} .,:;!?'()&+/@_·-]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return cleaned === '' ? '?' : cleaned;
}

/** A label inside double quotes. */
export function mermaidLabel(text: string): string {
  return `"${mermaidText(text)}"`;
}

// Values go through the core's one rounding, so a chart shows the number the table beside it shows.
const value = (n: number): string => String(round2(n));

function xychart(options: {
  horizontal: boolean;
  title: string;
  labels: string[];
  axis: string;
  floor: number;
  max: number;
  series: 'bar' | 'line';
  values: number[];
}): string {
  return [
    options.horizontal ? 'xychart-beta horizontal' : 'xychart-beta',
    `${INDENT}title ${mermaidLabel(options.title)}`,
    `${INDENT}x-axis [${options.labels.map(mermaidLabel).join(', ')}]`,
    `${INDENT}y-axis ${mermaidLabel(options.axis)} ${value(options.floor)} --> ${value(options.max)}`,
    `${INDENT}${options.series} [${options.values.map(value).join(', ')}]`,
  ].join('\n');
}

/** Self, peers (at the threshold) and manager per code, as horizontal bars; a missing value has no bar. */
export function selfOthersMermaid(codes: readonly CodeChartRow[], scale: ChartScale): string {
  const labels: string[] = [];
  const values: number[] = [];
  for (const row of codes) {
    const bars: [string, number | null][] = [
      [`${row.code} self`, row.self],
      [`${row.code} peers (${row.peerCount})`, row.peers],
      [`${row.code} manager`, row.manager],
    ];
    for (const [label, n] of bars) {
      if (n === null) continue;
      labels.push(label);
      values.push(n);
    }
  }
  return xychart({
    horizontal: true,
    title: 'Self and others per code',
    labels,
    axis: 'Score',
    floor: axisFloor(scale),
    max: scale.max,
    series: 'bar',
    values,
  });
}

/** The overall score per cycle, oldest first, as a line. */
export function overallTrendMermaid(points: readonly TrendPoint[], scale: ChartScale): string {
  const scored = points.filter((p): p is { cycle: string; score: number } => p.score !== null);
  return xychart({
    horizontal: false,
    title: 'Overall score by cycle',
    labels: scored.map((p) => p.cycle),
    axis: 'Overall',
    floor: axisFloor(scale),
    max: scale.max,
    series: 'line',
    values: scored.map((p) => p.score),
  });
}

/** Reviews per band for each team or manager, as horizontal bars labelled "group · band". */
export function bandsByGroupMermaid(chart: BandsByGroup, cycle: string): string {
  const labels: string[] = [];
  const values: number[] = [];
  for (const group of chart.groups) {
    chart.bands.forEach((band, i) => {
      labels.push(`${group.name} · ${band}`);
      values.push(group.counts[i] ?? 0);
    });
  }
  const most = Math.max(1, ...values);
  return xychart({
    horizontal: true,
    title: `Bands per ${chart.groupBy} · ${cycle}`,
    labels,
    axis: 'Reviews',
    floor: 0,
    max: most,
    series: 'bar',
    values,
  });
}

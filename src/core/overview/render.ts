import { mermaidLabel, mermaidText } from '../charts/mermaid.ts';
import { formatScore } from '../summary/format.ts';
import type { HeatmapCell, OverviewModel } from './types.ts';

// Text shared by the Notion page and the GitHub job summary, so both say the same thing.

/** The Mermaid source of the band distribution; Notion and GitHub both draw it as a pie chart. */
export function bandPieMermaid(model: Pick<OverviewModel, 'cycle' | 'bands'>): string {
  // Band and cycle names come from config: the charts' one escaper keeps them from ending a label or
  // starting Mermaid syntax (a "%%" would comment out the rest of the line).
  const slices = model.bands.map((b) => `    ${mermaidLabel(b.band)} : ${b.count}`);
  return [`pie showData title Bands · ${mermaidText(model.cycle)}`, ...slices].join('\n');
}

export function cellText(cell: HeatmapCell | null): string {
  return cell === null ? '' : `${formatScore(cell.mean)} (${cell.raters})`;
}

export function signedScore(value: number | null): string {
  if (value === null) return '—';
  const shown = formatScore(value);
  return value > 0 ? `+${shown}` : value < 0 ? `−${shown.replace('-', '')}` : shown;
}

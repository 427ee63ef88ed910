import { formatScore } from '../summary/format.ts';
import type { HeatmapCell, OverviewModel } from './types.ts';

// Text shared by the Notion page and the GitHub job summary, so both say the same thing.

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

import type { ChartScale } from './types.ts';

// Unicode bars for the text form of a chart: eight steps per character, so 3.4 and 3.6 look different
// in a ten-character cell.

const EIGHTHS = ['', '▏', '▎', '▍', '▌', '▋', '▊', '▉'];
const FULL = '█';
export const BAR_WIDTH = 10;

/** The axis a bar starts from: zero when the scale includes or starts above it, else the scale's minimum. */
export function axisFloor(scale: ChartScale): number {
  return Math.min(0, scale.min);
}

/** A bar whose length is `value`'s place between the axis floor and `max`, in `width` characters. */
export function unicodeBar(value: number, max: number, floor = 0, width = BAR_WIDTH): string {
  const span = max - floor;
  const share = span <= 0 ? 0 : Math.min(1, Math.max(0, (value - floor) / span));
  const eighths = Math.round(share * width * 8);
  return FULL.repeat(Math.floor(eighths / 8)) + (EIGHTHS[eighths % 8] ?? '');
}

/** "███▌ 3.50", or a dash when there is no value. */
export function barCell(value: number | null, max: number, floor = 0, decimals = 2): string {
  if (value === null) return '—';
  const bar = unicodeBar(value, max, floor);
  const shown = value.toFixed(decimals);
  return bar === '' ? shown : `${bar} ${shown}`;
}

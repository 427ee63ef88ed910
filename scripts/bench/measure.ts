// Small measuring and printing helpers shared by the benchmark sections.

/** Set when node runs with --expose-gc; without it heap figures include garbage not yet collected. */
const gc = (globalThis as { gc?: () => void }).gc;

export const gcAvailable = gc !== undefined;

export function collectGarbage(): void {
  // Twice: the first pass can leave objects that only become unreachable once finalizers ran.
  gc?.();
  gc?.();
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** Peak resident set size of the whole process so far, in MiB (maxRSS is in KiB). */
export function peakRssMiB(): number {
  return process.resourceUsage().maxRSS / 1024;
}

export function mib(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}

export function ms(value: number): string {
  return value >= 100 ? `${value.toFixed(0)} ms` : `${value.toFixed(1)} ms`;
}

export function seconds(valueMs: number): string {
  if (valueMs < 1000) return ms(valueMs);
  return `${(valueMs / 1000).toFixed(1)} s`;
}

export function int(value: number): string {
  return Math.round(value).toLocaleString('en-US');
}

/** A plain-text table with right-aligned figures, readable in a terminal and pasteable into Markdown. */
export function printTable(headers: string[], rows: string[][]): void {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join(' | ')} |`;
  console.log(line(headers));
  console.log(`| ${widths.map((w, i) => (i === 0 ? '-'.repeat(w) : `${'-'.repeat(w - 1)}:`)).join(' | ')} |`);
  for (const row of rows) console.log(line(row));
}

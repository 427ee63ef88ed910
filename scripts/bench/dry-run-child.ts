// Runs in its own process, so its peak RSS is the sync's alone: a dry run (read everything, then plan)
// of a synthetic team against the sandbox the parent serves, reading the answers from the CSV file the
// parent wrote, as a real run would. Prints one JSON line of figures.
//   node --import tsx scripts/bench/dry-run-child.ts <sandbox url> <csv file>
import { performance } from 'node:perf_hooks';
import { loadConfig } from '../../src/config/load.ts';
import { runSync } from '../../src/sync/run.ts';

export interface DryRunFigures {
  wallMs: number;
  cpuMs: number;
  peakRssMiB: number;
  reviews: number;
  responses: number;
  requests: number;
}

const [url = '', csvPath = ''] = process.argv.slice(2);
const loaded = await loadConfig('demo/review-sync.yaml');
const config = {
  ...loaded,
  notion: { ...loaded.notion, requestsPerSecond: 1_000_000 },
  sources: loaded.sources.map((source) => (source.type === 'csv' ? { ...source, path: csvPath } : source)),
};
const cpu0 = process.cpuUsage();
const t0 = performance.now();
const { report } = await runSync({
  config,
  env: { NOTION_TOKEN: 'bench-token', NOTION_API_BASE_URL: url },
  now: new Date('2026-11-25T08:00:00Z'),
  dryRun: true,
});
const cpu = process.cpuUsage(cpu0);
const figures: DryRunFigures = {
  wallMs: performance.now() - t0,
  cpuMs: (cpu.user + cpu.system) / 1000,
  peakRssMiB: process.resourceUsage().maxRSS / 1024,
  reviews: report.counts.reviews,
  responses: report.counts.responses,
  requests: report.requests.notion.total,
};
console.log(JSON.stringify(figures));

// A dry run as a user runs it: the built CLI (`dist/`, what the published package ships) in its own
// process, against the sandbox this process serves, reading the answers from a CSV file as a real run
// would. Its peak RSS and CPU time are the child's own, written at exit by a plain-JavaScript preload,
// so neither the sandbox nor a TypeScript loader is counted.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

export interface DryRunFigures {
  wallMs: number;
  cpuMs: number;
  peakRssMiB: number;
  reviews: number;
  responses: number;
  requests: number;
}

export interface DryRunInput {
  root: string;
  /** The config the run uses, as YAML text; its CSV source must read `responses.csv` beside it. */
  configText: string;
  csv: string;
  sandboxUrl: string;
  now: Date;
}

function newest(dir: string): number {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(full) : statSync(full).mtimeMs);
  }
  return latest;
}

/** Builds `dist/` when it is missing or older than the sources, so the figure is for this code. */
export function ensureBuilt(root: string): string {
  const entry = join(root, 'dist', 'cli', 'main.js');
  if (existsSync(entry) && statSync(entry).mtimeMs >= newest(join(root, 'src'))) return entry;
  console.log('     building dist/ (npm run build) for the dry runs');
  const built = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build.ts'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (built.status !== 0) throw new Error(`npm run build failed (exit ${built.status})`);
  return entry;
}

interface Usage {
  peakRssMiB: number;
  cpuMs: number;
}

interface ReportCounts {
  counts: { reviews: number; responses: number };
  requests: { notion: { total: number } };
}

/** `review-sync sync --dry-run` from `dist/`, with the report written to a file. */
export async function dryRunBuilt(input: DryRunInput): Promise<DryRunFigures> {
  const entry = ensureBuilt(input.root);
  const dir = await mkdtemp(join(os.tmpdir(), 'review-sync-bench-'));
  const configPath = join(dir, 'review-sync.yaml');
  const usagePath = join(dir, 'usage.json');
  const reportPath = join(dir, 'report.json');
  await writeFile(configPath, input.configText);
  await writeFile(join(dir, 'responses.csv'), input.csv);
  const args = [
    '--import',
    join(input.root, 'scripts', 'bench', 'exit-usage.js'),
    entry,
    'sync',
    '--config',
    configPath,
    '--dry-run',
    '--now',
    input.now.toISOString(),
    '--report-file',
    reportPath,
  ];
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NOTION_TOKEN: 'bench-token',
    NOTION_API_BASE_URL: input.sandboxUrl,
    BENCH_USAGE_FILE: usagePath,
  };
  // Outside GitHub Actions, as a user at a terminal would run it.
  delete env.GITHUB_ACTIONS;
  try {
    const started = performance.now();
    const { code, stderr } = await new Promise<{ code: number | null; stderr: string }>((resolve, reject) => {
      // The printed plan is part of a dry run; it is made, then dropped here.
      const child = spawn(process.execPath, args, { cwd: dir, env, stdio: ['ignore', 'ignore', 'pipe'] });
      let err = '';
      child.stderr.on('data', (chunk: Buffer) => (err = (err + chunk.toString()).slice(-4000)));
      child.on('error', reject);
      child.on('close', (exit) => resolve({ code: exit, stderr: err }));
    });
    const wallMs = performance.now() - started;
    if (code !== 0) throw new Error(`dry run exited ${code}: ${stderr.trim()}`);
    const usage = JSON.parse(await readFile(usagePath, 'utf8')) as Usage;
    const report = JSON.parse(await readFile(reportPath, 'utf8')) as ReportCounts;
    return {
      wallMs,
      cpuMs: usage.cpuMs,
      peakRssMiB: usage.peakRssMiB,
      reviews: report.counts.reviews,
      responses: report.counts.responses,
      requests: report.requests.notion.total,
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

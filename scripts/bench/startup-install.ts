// The two start-up figures: `review-sync --help` CPU time and the production install size. Both are
// measured without the network, so the bench runs offline.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** User + system time of waited-for children (and theirs), from /proc, in ms; null off Linux. */
function childrenCpuMs(): number | null {
  if (!existsSync('/proc/self/stat')) return null;
  const stat = readFileSync('/proc/self/stat', 'utf8');
  // Fields after the command name (which may hold spaces) start at ") ": cutime and cstime are 16 and 17.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[13]) + Number(fields[14]);
  const hz = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  return (ticks / hz) * 1000;
}

/** The built entry when `dist/` exists, else the clone's bin script. */
export function helpEntry(root: string): string {
  const built = join(root, 'dist', 'cli', 'main.js');
  return existsSync(built) ? built : join(root, 'bin', 'review-sync');
}

/**
 * CPU time (user + system) of `review-sync --help` in a child process, the median of `runs`.
 * Falls back to wall time where /proc is missing (then the label says so).
 */
export function helpCpuMs(
  root: string,
  runs: number,
): { ms: number; entry: string; measure: 'cpu' | 'wall' } {
  const entry = helpEntry(root);
  const times: number[] = [];
  let measure: 'cpu' | 'wall' = 'cpu';
  for (let i = 0; i < runs; i++) {
    const before = childrenCpuMs();
    const t0 = performance.now();
    const result = spawnSync(process.execPath, [entry, '--help'], { cwd: root, encoding: 'utf8' });
    const wall = performance.now() - t0;
    const after = childrenCpuMs();
    if (result.status !== 0) throw new Error(`review-sync --help exited ${result.status}: ${result.stderr}`);
    if (before === null || after === null) {
      measure = 'wall';
      times.push(wall);
    } else times.push(after - before);
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(times.length / 2)] ?? Number.NaN, entry, measure };
}

function treeBytes(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    // A package's own node_modules holds other packages, which npm ls lists (and counts) on their own.
    if (entry.name === 'node_modules') continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) total += treeBytes(path);
    else if (entry.isFile()) total += statSync(path).size;
  }
  return total;
}

/**
 * Bytes of the production dependency tree as installed: every package `npm ls --omit=dev --all
 * --parseable` lists, counted once, without the project itself. Offline, and close to what
 * `npm ci --omit=dev` writes (file sizes, not disk blocks).
 */
export function productionInstallBytes(root: string): { bytes: number; packages: number } {
  const out = execFileSync('npm', ['ls', '--omit=dev', '--all', '--parseable'], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const dirs = [...new Set(out.split('\n').map((line) => line.trim()))].filter(
    (dir) => dir !== '' && dir !== root && existsSync(dir),
  );
  return { bytes: dirs.reduce((sum, dir) => sum + treeBytes(dir), 0), packages: dirs.length };
}

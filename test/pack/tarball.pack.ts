import { execFile } from 'node:child_process';
import { copyFile, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunReport } from '../../src/sync/report.ts';
import { createSandbox, startSandboxServer } from '../../src/sandbox/index.ts';
import { NOW, ROOT, TOKEN, startDemoSandbox, type RunningSandbox } from '../e2e/harness.ts';

async function startSandbox(seed: unknown): Promise<{ url: string; close(): Promise<void> }> {
  const server = await startSandboxServer({ port: 0, sandbox: createSandbox({ seed, rateLimit: 100_000 }) });
  return server;
}

// The package as a user gets it: `npm pack`, then the tarball installed into an empty directory with no
// network (the package has no runtime dependencies; dist/ carries them), then run from there.

const exec = promisify(execFile);
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

let dir = '';
let sandbox: RunningSandbox;

beforeAll(async () => {
  const packDir = await mkdtemp(join(tmpdir(), 'review-sync-pack-'));
  const { stdout } = await exec(npm, ['pack', '--json', '--pack-destination', packDir], { cwd: ROOT });
  const [packed] = JSON.parse(stdout.slice(stdout.indexOf('['))) as { filename: string }[];
  dir = await mkdtemp(join(tmpdir(), 'review-sync-install-'));
  await writeFile(join(dir, 'package.json'), '{ "name": "team-reviews", "private": true }\n');
  await exec(
    npm,
    ['install', '--offline', '--no-audit', '--no-fund', join(packDir, packed?.filename ?? '')],
    {
      cwd: dir,
    },
  );
  sandbox = await startDemoSandbox();
});

afterAll(async () => sandbox?.close());

const run = (args: string[], env: Record<string, string> = {}) =>
  exec(npx, ['--no-install', 'review-sync', ...args], { cwd: dir, env: { PATH: process.env.PATH, ...env } });

describe('the packed tarball, installed in a temp directory', () => {
  it('runs `npx review-sync --version`', async () => {
    const manifest = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    const { stdout } = await run(['--version']);
    expect(stdout.trim()).toBe(manifest.version);
  });

  it('syncs the demo against the sandbox, reading the CSV next to the config', async () => {
    const config = (await readFile(join(ROOT, 'demo/review-sync.yaml'), 'utf8')).replace(
      'requestsPerSecond: 3',
      'requestsPerSecond: 50',
    );
    await writeFile(join(dir, 'review-sync.yaml'), config);
    await copyFile(join(ROOT, 'demo/responses.csv'), join(dir, 'responses.csv'));
    const { stdout } = await run(['sync', '--now', NOW, '--report-file', '-', '--quiet'], {
      NOTION_TOKEN: TOKEN,
      NOTION_API_BASE_URL: sandbox.url,
    });
    const report = JSON.parse(stdout) as RunReport;
    expect(report.counts).toMatchObject({ reviews: 12, responses: 49, responsesRejected: 5, failures: 0 });
    expect(report.counts.summariesWritten).toBeGreaterThan(0);
  });

  it('walks a new cycle through: sync says to launch, launch creates the pages once, sync runs on them', async () => {
    const launch = await mkdtemp(join(tmpdir(), 'review-sync-launch-'));
    const walkthrough = await startSandbox(
      JSON.parse(await readFile(join(ROOT, 'demo/launch/seed.json'), 'utf8')),
    );
    try {
      const config = (await readFile(join(ROOT, 'demo/launch/review-sync.yaml'), 'utf8')).replace(
        'requestsPerSecond: 3',
        'requestsPerSecond: 50',
      );
      await writeFile(join(launch, 'review-sync.yaml'), config);
      const env = {
        NOTION_TOKEN: TOKEN,
        NOTION_API_BASE_URL: walkthrough.url,
        GOOGLE_OAUTH_ACCESS_TOKEN: 'ya29.pack-test',
        GOOGLE_API_ROOT_URL: walkthrough.url,
      };
      const configArg = ['--config', join(launch, 'review-sync.yaml')];
      const before = await run(['sync', ...configArg, '--dry-run'], env);
      expect(before.stderr).toContain('create one per person with `review-sync launch --cycle 2026-H2`');
      const first = await run(
        ['launch', '--cycle', '2026-H2', ...configArg, '--report-file', '-', '--quiet'],
        env,
      );
      expect(JSON.parse(first.stdout)).toMatchObject({ counts: { created: 12, notFound: 1 } });
      const second = await run(
        ['launch', '--cycle', '2026-H2', ...configArg, '--report-file', '-', '--quiet'],
        env,
      );
      expect(JSON.parse(second.stdout)).toMatchObject({ counts: { created: 0, existing: 12 } });
      const sync = await run(['sync', ...configArg, '--report-file', '-', '--quiet'], env);
      expect((JSON.parse(sync.stdout) as RunReport).counts).toMatchObject({ reviews: 12, failures: 0 });
    } finally {
      await walkthrough.close();
    }
  });

  it('writes a starter config whose $schema line points at a file that exists', async () => {
    await run(['config', 'init', '--output', 'starter/review-sync.yaml']);
    const text = await readFile(join(dir, 'starter/review-sync.yaml'), 'utf8');
    const ref = /\$schema=(\S+)/.exec(text)?.[1] ?? '';
    expect(ref).toBe('../node_modules/review-sync/config/schema.json');
    const schema = JSON.parse(
      await readFile(resolve(dirname(join(dir, 'starter/review-sync.yaml')), ref), 'utf8'),
    ) as {
      title: string;
    };
    expect(schema.title).toBe('review-sync configuration');
  });
});

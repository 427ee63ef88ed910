import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { stringify } from 'yaml';
import { baseConfigInput } from '../../test/fixtures/config.ts';
import { registerInitCommand } from '../cli/commands/init.ts';
import { PARENT } from '../../test/support/init-sandbox.ts';

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
  process.exitCode = undefined;
});

async function run(args: string[]): Promise<{ out: string; err: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'review-sync-init-cli-'));
  const configPath = join(dir, 'review-sync.yaml');
  await writeFile(configPath, stringify(baseConfigInput));
  let out = '';
  let err = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((out += String(chunk)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((err += String(chunk)), true));
  const program = new Command('review-sync').exitOverride();
  registerInitCommand(program);
  await program.parseAsync(['node', 'review-sync', 'init', '--config', configPath, ...args]);
  return { out, err };
}

describe('review-sync init', () => {
  it('--dry-run without a Notion token prints the plan and exits 0', async () => {
    vi.stubEnv('NOTION_TOKEN', '');
    const { out } = await run(['--parent', PARENT, '--dry-run', '--with-form']);
    expect(process.exitCode).toBe(0);
    expect(out).toMatch(/the parent page was not checked/);
    expect(out).toMatch(/^Reviews:$/m);
    expect(out).toMatch(/Google Form "Backend engineering: 360° feedback"/);
  });

  it('a parent that is not a Notion id is a setup error (exit 2)', async () => {
    vi.stubEnv('NOTION_TOKEN', '');
    const { err } = await run(['--parent', 'not a page', '--dry-run']);
    expect(process.exitCode).toBe(2);
    expect(err).toMatch(/--parent "not a page" is not a Notion id or URL/);
  });

  it('without --parent or --views is a setup error (exit 2)', async () => {
    vi.stubEnv('NOTION_TOKEN', '');
    const { err } = await run(['--dry-run']);
    expect(process.exitCode).toBe(2);
    expect(err).toMatch(/init needs --parent <page> \(or --views/);
  });
});

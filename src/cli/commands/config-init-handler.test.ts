import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parse } from 'yaml';
import { registerConfigCommand } from './config.ts';

afterEach(() => {
  vi.restoreAllMocks();
  process.exitCode = undefined;
});

async function configInit(args: string[]): Promise<{ out: string; err: string; target: string }> {
  const target = join(await mkdtemp(join(tmpdir(), 'review-sync-config-init-')), 'review-sync.yaml');
  let out = '';
  let err = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((out += String(chunk)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((err += String(chunk)), true));
  const program = new Command('review-sync').exitOverride();
  registerConfigCommand(program);
  await program.parseAsync(['node', 'review-sync', 'config', 'init', '--output', target, ...args]);
  return { out, err, target };
}

const sourceTypes = async (path: string) =>
  (parse(await readFile(path, 'utf8')) as { sources: { type: string }[] }).sources.map((s) => s.type);

describe('review-sync config init --sources', () => {
  it('writes only the sources asked for, repeated or as a comma list, and says which', async () => {
    const { out, target } = await configInit(['--sources', 'csv', '--sources', 'form']);
    expect(process.exitCode).toBe(0);
    expect(await sourceTypes(target)).toEqual(['form', 'csv']);
    expect(out).toContain('with the response sources form, csv');
    expect(out).toContain('--write-config');
  });

  it('writes all three without --sources', async () => {
    const { target } = await configInit([]);
    expect(await sourceTypes(target)).toEqual(['sheet', 'form', 'csv']);
  });

  it('refuses an unknown source type with exit 2 and writes nothing', async () => {
    const { err, target } = await configInit(['--sources', 'csv,excel']);
    expect(process.exitCode).toBe(2);
    expect(err).toContain('--sources: unknown source type "excel"');
    await expect(readFile(target, 'utf8')).rejects.toThrow();
  });
});

import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkConfigText } from './load.ts';
import { SCHEMA_COPY_NAME, schemaReference, writeStarterConfig } from './starter-config.ts';

const ROOT = resolve(import.meta.dirname, '..', '..');

describe('config init', () => {
  it.each([
    ['a checkout, at its root', '/repo', '/repo', { ref: './config/schema.json', copy: false }],
    ['a checkout, one folder down', '/repo/team', '/repo', { ref: '../config/schema.json', copy: false }],
    [
      'a project that installed the package',
      '/proj',
      '/proj/node_modules/review-sync',
      { ref: './node_modules/review-sync/config/schema.json', copy: false },
    ],
    [
      'npx from its cache',
      '/home/me/team',
      '/home/me/.npm/_npx/1a2b/node_modules/review-sync',
      { ref: `./${SCHEMA_COPY_NAME}`, copy: true },
    ],
    [
      'a global install',
      '/home/me/team',
      '/usr/lib/node_modules/review-sync',
      { ref: `./${SCHEMA_COPY_NAME}`, copy: true },
    ],
  ])('points the editor at the schema from %s', (_label, target, root, expected) => {
    expect(schemaReference(target, root)).toEqual(expected);
  });

  it('writes the example with a $schema line that resolves, and refuses to overwrite', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'review-sync-init-'));
    const target = join(dir, 'team', 'review-sync.yaml');
    const result = await writeStarterConfig({ target, packageRoot: ROOT, force: false });
    const text = await readFile(target, 'utf8');
    const ref = /^# yaml-language-server: \$schema=(\S+)$/m.exec(text)?.[1] ?? '';
    const schema = JSON.parse(await readFile(resolve(dirname(target), ref), 'utf8')) as { title: string };
    expect(schema.title).toBe('review-sync configuration');
    expect(result.copiedSchema).toBe(join(dir, 'team', SCHEMA_COPY_NAME));
    // The Notion API version is spelled out, so a team sees what it runs on and where to change it.
    expect(text).toMatch(/^ {2}apiVersion: '2026-03-11'$/m);
    // Untouched, the starter is the example: every placeholder is a problem to fix.
    expect(checkConfigText(text).ok).toBe(false);
    await expect(writeStarterConfig({ target, packageRoot: ROOT, force: false })).rejects.toThrow(
      'already exists',
    );
  });
});

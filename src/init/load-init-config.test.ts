import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { baseConfigInput } from '../../test/fixtures/config.ts';
import { loadInitConfig, PENDING_DATABASE, withPendingDatabase } from './load-init-config.ts';

async function write(content: unknown): Promise<string> {
  const path = join(await mkdtemp(join(tmpdir(), 'review-sync-init-config-')), 'review-sync.yaml');
  await writeFile(path, typeof content === 'string' ? content : stringify(content));
  return path;
}

describe('loadInitConfig', () => {
  it('accepts a config that names no database yet', async () => {
    const { notion: _notion, ...rest } = baseConfigInput;
    const config = await loadInitConfig(await write({ ...rest, notion: { requestsPerSecond: 3 } }));
    expect(config.notion.reviews.database).toBe(PENDING_DATABASE);
  });

  it('keeps a database the config already names, and every other value', async () => {
    const config = await loadInitConfig(await write(baseConfigInput));
    expect(config.notion.reviews.database).toBe('db-reviews');
    expect(config.framework.competencies.map((c) => c.code)).toEqual(['CQ', 'SD', 'COL']);
  });

  it('still reports every other config problem with its path', async () => {
    const path = await write({ ...baseConfigInput, cycles: [] });
    const error = await loadInitConfig(path).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'ConfigError' });
    expect((error as { details: string[] }).details.join('\n')).toMatch(/cycles/);
  });

  it.each([
    ['notion:\n  requestsPerSecond: 3\n', true],
    ['notion: [unclosed\n', false],
    // A second init (or one after `init --write-config`) finds the data source there.
    ['notion:\n  reviews:\n    dataSource: 0123456789abcdef0123456789abcdef\n', false],
  ])('fills the placeholder only in valid YAML (%j)', (text, filled) => {
    expect(withPendingDatabase(text).includes(PENDING_DATABASE)).toBe(filled);
  });
});

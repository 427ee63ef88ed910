import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkConfigText, parseConfig } from '../config/load.ts';
import { keepStarterSources, type StarterSource } from '../config/starter-sources.ts';
import { ConfigError } from '../errors.ts';
import { ENV, PARENT, recordingOutput, useInitSandbox } from '../../test/support/init-sandbox.ts';
import type { ConfigFile } from './init-config-file.ts';
import { withPendingDatabase } from './load-init-config.ts';
import { runInit } from './run-init.ts';

const kit = useInitSandbox();
const EXAMPLE = resolve(import.meta.dirname, '..', '..', 'config', 'review-sync.example.yaml');

/** A config file in memory, as the newcomer's `config init --sources csv` (or another) wrote it. */
async function csvStarter(sources: StarterSource[] = ['csv']): Promise<ConfigFile & { text: string }> {
  const file = {
    path: 'review-sync.yaml',
    text: keepStarterSources(await readFile(EXAMPLE, 'utf8'), sources),
    read: () => Promise.resolve(file.text),
    write: (text: string) => {
      file.text = text;
      return Promise.resolve();
    },
  };
  return file;
}

async function init(file: ConfigFile & { text: string }, dryRun = false, withForm = false) {
  const output = recordingOutput();
  const result = await runInit({
    config: parseConfig(withPendingDatabase(file.text)),
    parent: PARENT,
    env: ENV,
    withForm,
    dryRun,
    force: false,
    writeConfig: file,
    output,
  });
  return { result, output };
}

describe('init --write-config against the sandbox', () => {
  it('takes a CSV-only starter config to one that passes config check, saying what it wrote', async () => {
    kit.start();
    const file = await csvStarter();
    expect(checkConfigText(file.text).ok).toBe(false);
    const { result, output } = await init(file);
    const { reviews, goals, actionItems } = result.databases;
    expect(checkConfigText(file.text)).toMatchObject({ ok: true });
    expect(output.lines.slice(output.lines.indexOf('wrote into review-sync.yaml:'))).toEqual([
      'wrote into review-sync.yaml:',
      `  notion.reviews.dataSource: ${reviews?.dataSourceId} (database ${reviews?.databaseId})`,
      `  notion.goals.dataSource: ${goals?.dataSourceId} (database ${goals?.databaseId})`,
      `  notion.actionItems.dataSource: ${actionItems?.dataSourceId} (database ${actionItems?.databaseId})`,
    ]);
    expect(output.lines).not.toContain('Paste into your config, replacing the database values:');
    expect(file.text).toContain('# Paste the database URL from the browser');
  });

  it("with --with-form writes the new form into the starter's form source too", async () => {
    kit.start();
    const file = await csvStarter(['form']);
    const { result, output } = await init(file, false, true);
    const formId = result.form?.formId ?? '';
    expect(formId).not.toBe('');
    expect(checkConfigText(file.text)).toMatchObject({ ok: true });
    expect(file.text).toContain(`    form: ${formId}\n`);
    expect(output.lines.slice(-2)).toEqual([
      'wrote into review-sync.yaml:',
      `  the form source's form: ${formId}`,
    ]);
  });

  it('refuses a file that already names a database before creating anything', async () => {
    const sandbox = kit.start();
    const file = await csvStarter();
    const url = 'https://www.notion.so/acme/Goals-0123456789abcdef0123456789abcdef';
    file.text = file.text.replace('REPLACE-with-goals-database-url-or-id', url);
    const before = file.text;
    await expect(init(file)).rejects.toThrow(ConfigError);
    await expect(init(file)).rejects.toThrow('review-sync.yaml already names Notion databases');
    expect(sandbox.requests.entries()).toEqual([]);
    expect(file.text).toBe(before);
  });

  it('on a dry run writes nothing and says where the ids would go', async () => {
    kit.start();
    const file = await csvStarter();
    const before = file.text;
    const { output } = await init(file, true);
    expect(file.text).toBe(before);
    expect(output.lines).toContain('The ids would be written into review-sync.yaml.');
  });
});

import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkConfigText } from './load.ts';
import { keepStarterSources, parseStarterSources, type StarterSource } from './starter-sources.ts';

const EXAMPLE = resolve(import.meta.dirname, '..', '..', 'config', 'review-sync.example.yaml');
const example = () => readFile(EXAMPLE, 'utf8');

/** What a newcomer does next: init --write-config puts the data sources in, a sheet or form id is pasted. */
function filledIn(text: string): string {
  let n = 0;
  return text
    .replace(/database: REPLACE-\S+/g, () => `dataSource: b${(n += 1)}000000-0000-4000-8000-000000000001`)
    .replace('REPLACE-with-spreadsheet-id', '1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789abcdef')
    .replace('REPLACE-with-form-id', '1FAIpQLSdExampleFormId0123456789');
}

const NOTION_PLACEHOLDERS = [
  'notion.reviews.database',
  'notion.goals.database',
  'notion.actionItems.database',
];

describe('config init --sources', () => {
  it.each([
    [['csv'], ['csv']],
    [['sheet'], ['sheet']],
    [['form'], ['form']],
    [['csv,form'], ['form', 'csv']],
    [
      ['csv', ' Sheet '],
      ['sheet', 'csv'],
    ],
    [['csv', 'csv'], ['csv']],
  ])('reads %j as %j', (values, expected) => {
    expect(parseStarterSources(values)).toEqual(expected);
  });

  it.each([[['csv', 'excel']], [[',']]])('refuses %j', (values) => {
    expect(() => parseStarterSources(values)).toThrow(/--sources/);
  });

  it.each<[StarterSource[], string[]]>([
    [['csv'], []],
    [['sheet'], ['sources[0].spreadsheet']],
    [['form'], ['sources[0].form']],
    [
      ['sheet', 'form', 'csv'],
      ['sources[0].spreadsheet', 'sources[1].form'],
    ],
  ])('with %j writes only those sources, and passes config check once the ids are in', async (keep, left) => {
    const text = keepStarterSources(await example(), keep);
    const types = (parse(text) as { sources: { type: string }[] }).sources.map((s) => s.type);
    expect(types).toEqual(keep);
    // Untouched, the only problems are the placeholders a person (or init --write-config) fills in.
    const before = checkConfigText(text);
    expect(before.ok ? [] : before.issues.map((i) => i.path)).toEqual([...NOTION_PLACEHOLDERS, ...left]);
    const after = checkConfigText(filledIn(text));
    expect(after.ok ? [] : after.issues).toEqual([]);
  });

  it('keeps every other line of the example as it is, comments included', async () => {
    const original = await example();
    const text = keepStarterSources(original, ['csv']);
    const removed = original.split('\n').filter((line) => !text.split('\n').includes(line));
    expect(removed.some((line) => line.includes('type: sheet'))).toBe(true);
    expect(removed.every((line) => !/^\S/.test(line))).toBe(true);
    expect(text).toContain('# A CSV in the Google Forms export format');
    expect(text).not.toContain('# A Google Form read directly');
    expect(text).toContain('    path: data/360-responses.csv\n\n# Review cycles');
  });
});

import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { sourceSchema } from '../core/config-schema.ts';
import type { RawResponse } from '../core/validation/types.ts';
import { ConfigError } from '../errors.ts';
import { makeConfig } from '../../test/support/config-builders.ts';
import { readCsvSource, type CsvSourceConfig } from './csv-source.ts';
import { createCsvSource } from './source.ts';

const FIXTURE = new URL('../../test/fixtures/responses.csv', import.meta.url);
const config = makeConfig();

function csvSource(extra: Record<string, unknown> = {}): CsvSourceConfig {
  const parsed = sourceSchema.parse({ type: 'csv', path: 'exports/responses.csv', ...extra });
  if (parsed.type !== 'csv') throw new Error('expected a csv source');
  return parsed;
}

const fromText = (text: string) => () => Promise.resolve(text);
const HEADER =
  '"Timestamp","Email Address","Who are you reviewing?","Your relationship to them","Code quality [CQ]","System design [SD]","Collaboration [COL]"';

describe('readCsvSource with the Google Forms export fixture', () => {
  const source = csvSource({ fields: { comment: 'Anything else you want to share?' } });
  const read = () => readCsvSource(source, config, () => readFile(FIXTURE, 'utf8'));

  it('skips the blank row and numbers refs by the line each row starts on', async () => {
    const responses = await read();
    expect(responses.map((response) => response.ref)).toEqual([
      'line 2',
      'line 3',
      'line 4',
      'line 6',
      'line 8',
      'line 9',
      'line 10',
      'line 11',
      'line 12',
    ]);
    expect(new Set(responses.map((response) => response.source))).toEqual(new Set(['csv:responses.csv']));
  });

  it('maps a full row, converting the timestamp to the team zone', async () => {
    expect((await read())[1]).toEqual<RawResponse>({
      source: 'csv:responses.csv',
      ref: 'line 3',
      submittedAt: Date.parse('2026-10-20T16:02:51+02:00'),
      respondentEmail: 'carla.mendes@example.com',
      reviewee: 'ben.schmidt@example.com',
      relationship: 'Backend peer',
      cycle: null,
      ratings: { CQ: '4', SD: '4', COL: '5' },
      comments: { overall: 'Reviews are thorough, and kind.' },
    });
  });

  it('keeps N/A and empty ratings raw, and a multi-line comment with quotes and a leading = literal', async () => {
    const responses = await read();
    expect(responses[2]?.ratings).toEqual({ CQ: '3', SD: 'N/A', COL: '4' });
    expect(responses[7]?.ratings).toEqual({ CQ: '5', SD: '5', COL: 'N/A' });
    expect(responses[6]?.ratings).toEqual({ CQ: '2', SD: '3', COL: null });
    expect(responses[3]?.comments).toEqual({
      overall: `=1+1 is how I'd rate the "pairing" sessions, honestly.\nMore design docs, please.`,
    });
  });

  it.each([
    [3, '2026-10-25T02:30:00+01:00'],
    [4, '2026-10-27T00:05:33+01:00'],
    [0, '2026-10-12T09:15:04+02:00'],
  ])('reads row %i at %s (DST change and just after midnight)', async (index, expected) => {
    expect((await read())[index]?.submittedAt).toEqual(Date.parse(expected));
  });

  it('ignores the comment column when none is configured', async () => {
    const responses = await readCsvSource(csvSource(), config, () => readFile(FIXTURE, 'utf8'));
    expect(responses.every((response) => Object.keys(response.comments).length === 0)).toEqual(true);
  });
});

describe('readCsvSource', () => {
  it.each<[string, string, string[]]>([
    ['header only', `${HEADER}\n`, []],
    [
      'a BOM and CRLF line ends',
      `\uFEFF${HEADER}\r\n"11/20/2026 9:15:04","a@x","b@x","Self","1","2","3"\r\n`,
      ['line 2'],
    ],
    [
      'blank lines before the header',
      `\n\n${HEADER}\n"","","","","","",""\n"x","a@x","b@x","Self","1","2","3"`,
      ['line 5'],
    ],
    [
      'reordered columns with an extra one',
      `"Extra","Collaboration [COL]",${HEADER.replace(',"Collaboration [COL]"', '')}\n"e","5","t","a@x","b@x","Self","1","2"`,
      ['line 2'],
    ],
  ])('%s', async (_name, text, refs) => {
    const responses = await readCsvSource(csvSource(), config, fromText(text));
    expect(responses.map((response) => response.ref)).toEqual(refs);
  });

  it('uses the source name when one is configured', async () => {
    const text = `${HEADER}\n"11/20/2026 9:15:04","a@x","b@x","Self","1","2","3"`;
    const [response] = await readCsvSource(csvSource({ name: 'Offline H2' }), config, fromText(text));
    expect(response?.source).toEqual('Offline H2');
    expect(response?.submittedAt).toEqual(Date.parse('2026-11-20T09:15:04+01:00'));
  });

  it.each<[string, () => Promise<string>, RegExp]>([
    [
      'a missing file',
      () => Promise.reject(Object.assign(new Error('nope'), { code: 'ENOENT' })),
      /exports\/responses\.csv does not exist/,
    ],
    [
      'an unreadable file',
      () => Promise.reject(Object.assign(new Error('nope'), { code: 'EACCES' })),
      /exports\/responses\.csv cannot be read/,
    ],
    ['an empty file', fromText(''), /exports\/responses\.csv is empty/],
    ['an unclosed quote', fromText(`${HEADER}\n"oops,1`), /exports\/responses\.csv is malformed: .*line 2/],
    [
      'a missing header',
      fromText('"Timestamp","Email Address"\n'),
      /missing columns .*"Who are you reviewing\?".*Headers found: "Timestamp", "Email Address"/,
    ],
    [
      // Rows are mapped while the file is read; a malformed file is still what is reported.
      'a missing header in a file with an unclosed quote',
      fromText('"Timestamp","Email Address"\n"x","a@x"\n"oops,1'),
      /exports\/responses\.csv is malformed: .*line 3/,
    ],
  ])('%s is a ConfigError naming the path or header', async (_name, readText, message) => {
    const reading = readCsvSource(csvSource(), config, readText);
    await expect(reading).rejects.toBeInstanceOf(ConfigError);
    await expect(reading).rejects.toThrow(message);
  });
});

describe('createCsvSource', () => {
  it('is a ResponseSource named like its responses', async () => {
    const source = createCsvSource(csvSource(), config, () => readFile(FIXTURE, 'utf8'));
    expect(source.name).toEqual('csv:responses.csv');
    expect(await source.read()).toHaveLength(9);
  });

  it('reads from disk by default and names a missing path', async () => {
    const source = createCsvSource(csvSource({ path: 'no/such/dir/responses.csv' }), config);
    await expect(source.read()).rejects.toThrow(/no\/such\/dir\/responses\.csv does not exist/);
  });

  it('names the config path of a missing file, so the line to fix is known', async () => {
    const missing = csvSource({ path: 'no/such/dir/responses.csv' });
    const withSources = { ...config, sources: [csvSource(), missing] };
    const source = createCsvSource(missing, withSources);
    await expect(source.read()).rejects.toThrow(
      'sources[1].path: CSV source file no/such/dir/responses.csv does not exist',
    );
  });
});

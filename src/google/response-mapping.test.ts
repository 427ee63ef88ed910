import { describe, expect, it } from 'vitest';
import { sourceSchema, type SourceConfig } from '../core/config-schema.ts';
import { ConfigError } from '../errors.ts';
import { baseConfigInput } from '../../test/fixtures/config.ts';
import { makeConfig } from '../../test/support/config-builders.ts';
import { buildColumnMap, normaliseHeader, sourceLabel } from './response-mapping.ts';

const config = makeConfig();
const csv = (extra: Record<string, unknown> = {}): SourceConfig =>
  sourceSchema.parse({ type: 'csv', path: 'exports/responses.csv', ...extra });

const HEADERS = [
  'Timestamp',
  'Email Address',
  'Who are you reviewing?',
  'Your relationship to them',
  'Code quality [CQ]',
  'System design [SD]',
  'Collaboration [COL]',
];

function errorOf(run: () => unknown): ConfigError {
  try {
    run();
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('normaliseHeader', () => {
  it.each([
    ['  Code quality [CQ] ', 'code quality [cq]'],
    ['Who  are\tyou\nreviewing?', 'who are you reviewing?'],
    ['EMAIL ADDRESS', 'email address'],
    ['Email\u00A0Address', 'email address'],
  ])('%j → %j', (input, expected) => {
    expect(normaliseHeader(input)).toEqual(expected);
  });
});

describe('sourceLabel', () => {
  it.each<[Record<string, unknown>, string]>([
    [{ type: 'csv', path: 'exports/2026/responses.csv' }, 'csv:responses.csv'],
    [{ type: 'csv', path: 'responses.csv', name: 'Offline answers' }, 'Offline answers'],
    [{ type: 'sheet', spreadsheet: 'abc123' }, 'sheet:abc123/Form Responses 1'],
    [{ type: 'form', form: 'f-42' }, 'form:f-42'],
  ])('%j → %s', (input, expected) => {
    expect(sourceLabel(sourceSchema.parse(input))).toEqual(expected);
  });
});

describe('buildColumnMap', () => {
  it('maps the default headers', () => {
    expect(buildColumnMap(HEADERS, csv(), config)).toEqual({
      timestamp: 0,
      respondentEmail: 1,
      reviewee: 2,
      relationship: 3,
      cycle: null,
      comment: null,
      ratings: { CQ: 4, SD: 5, COL: 6 },
      comments: {},
      timeZone: 'Europe/Berlin',
    });
  });

  it('tolerates reordered, extra, re-cased and re-spaced columns', () => {
    const headers = [
      'Score',
      'collaboration  [col]',
      ' TIMESTAMP',
      'Your relationship to them',
      'Code quality [CQ]',
    ];
    const map = buildColumnMap([...headers, 'System design [SD]', 'who are you reviewing?'], csv(), config);
    expect(map).toMatchObject({ timestamp: 2, reviewee: 6, relationship: 3, respondentEmail: null });
    expect(map.ratings).toEqual({ CQ: 4, SD: 5, COL: 1 });
  });

  it('maps the optional comment, cycle and per-code comment columns when configured and present', () => {
    const withComments = makeConfig({
      framework: {
        competencies: baseConfigInput.framework.competencies.map((competency) =>
          competency.code === 'CQ'
            ? { ...competency, commentQuestion: 'Comments on code quality' }
            : competency,
        ),
      },
    });
    const source = csv({
      fields: { comment: 'Anything else?', cycle: 'Review cycle', respondentEmail: 'Your email' },
    });
    const headers = [...HEADERS, 'Anything else?', 'Comments on code quality', 'Review cycle', 'Your email'];
    expect(buildColumnMap(headers, source, withComments)).toMatchObject({
      respondentEmail: 10,
      comment: 7,
      cycle: 9,
      comments: { CQ: 8 },
    });
  });

  it('leaves configured optional columns null when the file lacks them', () => {
    const source = csv({ fields: { comment: 'Anything else?', cycle: 'Review cycle' } });
    expect(buildColumnMap(HEADERS.slice(0, 1).concat(HEADERS.slice(2)), source, config)).toMatchObject({
      respondentEmail: null,
      comment: null,
      cycle: null,
    });
  });

  it.each<[string, string[], string[]]>([
    ['the timestamp', HEADERS.slice(1), ['"Timestamp" (timestamp)']],
    [
      'a competency question',
      HEADERS.filter((h) => h !== 'System design [SD]'),
      ['"System design [SD]" (rating for SD)'],
    ],
    [
      'several at once',
      ['Timestamp', 'Code quality [CQ]'],
      [
        '"Who are you reviewing?" (reviewee)',
        '"Your relationship to them" (relationship)',
        '"System design [SD]" (rating for SD)',
        '"Collaboration [COL]" (rating for COL)',
      ],
    ],
  ])('names missing %s and lists the headers found', (_name, headers, names) => {
    const error = errorOf(() => buildColumnMap(headers, csv(), config));
    for (const name of names) expect(error.message).toContain(name);
    expect(error.message).toContain('csv:responses.csv');
    expect(error.message).toContain(`Headers found: ${headers.map((h) => `"${h}"`).join(', ')}`);
  });

  it('says so when there are no headers at all', () => {
    expect(errorOf(() => buildColumnMap([], csv(), config)).message).toContain('Headers found: (none)');
  });

  it('refuses a mapped header that appears twice', () => {
    const error = errorOf(() => buildColumnMap([...HEADERS, 'code quality [CQ]'], csv(), config));
    expect(error.message).toContain('"Code quality [CQ]" (columns 5, 8)');
  });

  it('ignores duplicates among unmapped columns', () => {
    expect(() => buildColumnMap([...HEADERS, 'Extra', 'Extra'], csv(), config)).not.toThrow();
  });
});

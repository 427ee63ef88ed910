import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { sourceSchema } from '../core/config-schema.ts';
import { ConfigError, GoogleApiError } from '../errors.ts';
import { makeConfig } from '../../test/support/config-builders.ts';
import { COMMENT_QUESTION, FIXTURE_ANSWERS, HEADERS } from '../../test/fixtures/google-responses.ts';
import { expectedResponse, sheetSeedFor } from '../../test/support/google-seed-builders.ts';
import type { SeedCell } from '../sandbox/google/cell-value.ts';
import { readSheetSource, type SheetSourceConfig } from './sheets-source.ts';
import { useGoogleSandbox } from '../../test/support/google-sandbox.ts';

const kit = useGoogleSandbox();
const config = makeConfig();

function sheetSource(extra: Record<string, unknown> = {}): SheetSourceConfig {
  const parsed = sourceSchema.parse({
    type: 'sheet',
    spreadsheet: 'sheet-fixture-0001',
    fields: { comment: COMMENT_QUESTION },
    ...extra,
  });
  if (parsed.type !== 'sheet') throw new Error('expected a sheet source');
  return parsed;
}

async function readValues(values: SeedCell[][], timeZone = 'Europe/Berlin', extra = {}, teamZone?: string) {
  const rig = await kit.start({
    sheets: [
      { spreadsheetId: 'sheet-fixture-0001', timeZone, sheets: [{ title: 'Form Responses 1', values }] },
    ],
  });
  const cfg = teamZone === undefined ? config : makeConfig({ timeZone: teamZone });
  return { responses: await readSheetSource(sheetSource(extra), cfg, rig.context), rig };
}

const row = (timestamp: string, extra: SeedCell[] = []): SeedCell[] => [
  timestamp,
  'ann@example.com',
  'ben@example.com',
  'Backend peer',
  '4',
  '3',
  '5',
  ...extra,
];

describe('readSheetSource through the Sheets client and the sandbox', () => {
  it('reads the fixture sheet in two requests, with row refs and text ratings', async () => {
    const rig = await kit.start({ sheets: [sheetSeedFor(FIXTURE_ANSWERS)] });
    const responses = await readSheetSource(sheetSource(), config, rig.context);
    expect(responses.map(({ source: _s, ref: _r, ...rest }) => rest)).toEqual(
      FIXTURE_ANSWERS.map((answer) => expectedResponse(answer)),
    );
    expect(responses.map((response) => response.ref)).toEqual(['row 2', 'row 3', 'row 4', 'row 5', 'row 6']);
    expect(rig.stats).toEqual({ total: 2, retries: 0 });
    const [get, values] = rig.sandbox.requests.entries().map((entry) => new URL(entry.path, 'http://x'));
    expect([get?.pathname, get?.searchParams.get('fields')]).toEqual([
      '/v4/spreadsheets/sheet-fixture-0001',
      'properties.timeZone,sheets.properties.title',
    ]);
    expect([
      values?.pathname,
      values?.searchParams.get('valueRenderOption'),
      values?.searchParams.get('dateTimeRenderOption'),
    ]).toEqual([
      '/v4/spreadsheets/sheet-fixture-0001/values/%27Form%20Responses%201%27',
      'UNFORMATTED_VALUE',
      'SERIAL_NUMBER',
    ]);
  });

  // Serials are wall-clock time in the spreadsheet's zone; the team's zone plays no part in the instant.
  it.each([
    ['Europe/Berlin', 'Europe/Berlin', '11/20/2026 23:59:59', '2026-11-20T23:59:59+01:00'],
    ['Europe/Berlin', 'Europe/Berlin', '11/21/2026 0:00:01', '2026-11-21T00:00:01+01:00'],
    ['Europe/Berlin', 'Europe/Berlin', '10/25/2026 1:59:59', '2026-10-25T01:59:59+02:00'],
    ['Europe/Berlin', 'Europe/Berlin', '10/25/2026 3:30:00', '2026-10-25T03:30:00+01:00'],
    ['Europe/Berlin', 'Europe/Berlin', '3/29/2026 3:00:00', '2026-03-29T03:00:00+02:00'],
    ['America/New_York', 'America/New_York', '11/20/2026 23:59:59', '2026-11-20T23:59:59-05:00'],
    ['America/New_York', 'America/New_York', '11/1/2026 0:30:00', '2026-11-01T00:30:00-04:00'],
    ['America/New_York', 'America/New_York', '11/1/2026 3:00:00', '2026-11-01T03:00:00-05:00'],
    ['America/New_York', 'America/New_York', '3/8/2026 3:30:00', '2026-03-08T03:30:00-04:00'],
    // A New York sheet read by a Berlin team: New York wall time (the next day in Berlin).
    ['America/New_York', 'Europe/Berlin', '11/20/2026 23:30:00', '2026-11-21T05:30:00+01:00'],
    ['America/New_York', 'Europe/Berlin', '10/30/2026 19:00:00', '2026-10-31T00:00:00+01:00'],
    ['Europe/Berlin', 'America/New_York', '11/21/2026 0:30:00', '2026-11-20T18:30:00-05:00'],
  ])('a %s sheet, %s team: %s is %s', async (sheetZone, teamZone, typed, expected) => {
    const { responses } = await readValues([HEADERS, row(typed)], sheetZone, {}, teamZone);
    expect(responses.map((response) => response.submittedAt)).toEqual([Date.parse(expected)]);
  });

  it('uses the sheet zone even when the machine is elsewhere', async () => {
    const before = process.env.TZ;
    process.env.TZ = 'Pacific/Auckland';
    try {
      const { responses } = await readValues([HEADERS, row('11/20/2026 23:59:59')]);
      expect(responses[0]?.submittedAt).toEqual(Date.parse('2026-11-20T23:59:59+01:00'));
    } finally {
      process.env.TZ = before;
    }
  });

  it('maps reordered and extra columns by header, ignoring case and spaces', async () => {
    const headers = [
      'Score',
      'collaboration [col]',
      'Your relationship to them',
      'Timestamp',
      'Notes',
      ' Code quality  [CQ] ',
      'System design [SD]',
      'Who are you reviewing?',
    ];
    const { responses } = await readValues([
      headers,
      [9, '5', 'Self', '11/20/2026 9:15:00', 'x', '4', 'N/A', 'ben@example.com'],
    ]);
    expect(responses).toEqual([
      {
        source: 'sheet:sheet-fixture-0001/Form Responses 1',
        ref: 'row 2',
        submittedAt: Date.parse('2026-11-20T09:15:00+01:00'),
        respondentEmail: null,
        reviewee: 'ben@example.com',
        relationship: 'Self',
        cycle: null,
        ratings: { CQ: '4', SD: 'N/A', COL: '5' },
        comments: {},
      },
    ]);
  });

  it('skips blank rows, keeps half-empty ones, and reads columns added after early rows', async () => {
    const { responses } = await readValues([
      [],
      HEADERS.slice(0, 7).concat([COMMENT_QUESTION]),
      row('11/20/2026 9:00:00'),
      [],
      ['', '', '', ''],
      ['11/20/2026 10:00:00', '', 'ben@example.com'],
      row('11/20/2026 11:00:00', ['Late comment']),
    ]);
    expect(responses.map((r) => [r.ref, r.relationship, r.ratings, r.comments])).toEqual([
      ['row 3', 'Backend peer', { CQ: '4', SD: '3', COL: '5' }, {}],
      ['row 6', '', { CQ: null, SD: null, COL: null }, {}],
      ['row 7', 'Backend peer', { CQ: '4', SD: '3', COL: '5' }, { overall: 'Late comment' }],
    ]);
  });

  it.each([
    ['https://docs.google.com/spreadsheets/d/sheet-fixture-0001/edit#gid=0'],
    ['https://docs.google.com/spreadsheets/u/1/d/sheet-fixture-0001/edit?usp=sharing'],
    ['  sheet-fixture-0001 '],
  ])('accepts the spreadsheet as %s', async (spreadsheet) => {
    const { responses } = await readValues([HEADERS, row('11/20/2026 9:00:00')], 'Europe/Berlin', {
      spreadsheet,
    });
    expect(responses.length).toEqual(1);
  });

  it.each([
    [{ sheet: 'Responses' }, 'the spreadsheet has no sheet "Responses". Sheets found: "Form Responses 1"'],
    [
      { spreadsheet: 'https://example.com/x' },
      '"https://example.com/x" is neither a spreadsheet id nor a spreadsheet URL',
    ],
  ])('refuses %j with a config error', async (extra, message) => {
    await expect(readValues([HEADERS], 'Europe/Berlin', extra)).rejects.toThrow(message);
  });

  it('names a missing header and lists the headers found', async () => {
    const headers = HEADERS.filter((header) => header !== 'System design [SD]');
    const error: unknown = await readValues([headers, row('11/20/2026 9:00:00')]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).message).toEqual(
      `sheet:sheet-fixture-0001/Form Responses 1: missing column "System design [SD]" (rating for SD). Headers found: ${headers.map((h) => `"${h}"`).join(', ')}`,
    );
  });

  it('parses the values at arrival: a cell that is neither text, number nor boolean stops the read', async () => {
    const rig = await kit.start({ sheets: [sheetSeedFor(FIXTURE_ANSWERS)] });
    kit.server.use(
      http.get('*/v4/spreadsheets/:id/values/:range', () =>
        HttpResponse.json({ values: [HEADERS, [{ formulaValue: '=NOW()' }]] }),
      ),
    );
    const error: unknown = await readSheetSource(sheetSource(), config, rig.context).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GoogleApiError);
    expect((error as GoogleApiError).message).toEqual(
      'sheet:sheet-fixture-0001/Form Responses 1: spreadsheets.values.get answered with an unexpected shape',
    );
    expect((error as GoogleApiError).details[0]).toMatch(/^values\.1\.0: /);
  });

  it('matches the sheet title loosely and reads an empty tab as a config error', async () => {
    await expect(readValues([], 'Europe/Berlin', { sheet: 'form responses 1' })).rejects.toThrow(
      'the sheet "Form Responses 1" is empty; expected a header row',
    );
  });
});

import { describe, expect, it } from 'vitest';
import type { SheetSeed } from './sheets-seed-schema.ts';
import { useGoogleHarness } from '../../../test/support/google-emulator-sandbox.ts';

const harness = useGoogleHarness();

const responses: SheetSeed = {
  spreadsheetId: 'sheet-1',
  title: 'Backend review 2026-H2 (Responses)',
  timeZone: 'America/New_York',
  sheets: [
    {
      title: 'Form Responses 1',
      gridProperties: { rowCount: 1000, columnCount: 6 },
      values: [
        ['Timestamp', 'Email Address', 'Reviewee', 'API-1', 'Comments'],
        ['11/20/2026 9:15:00', 'ana@example.com', 'Bo', '4', 'Solid work'],
        ['11/20/2026 23:59:59', 'cy@example.com', 'Bo', '3', ''],
        ['11/1/2026 1:30:00', 'di@example.com', 'Bo', 'N/A', "'=not a formula"],
        ['', '', '', '', ''],
      ],
    },
    { title: 'Sheet1', sheetId: 7, values: [[], ['', 'x', ''], [null, null]] },
  ],
};

describe('Sheets spreadsheets.get', () => {
  it('returns the time zone and sheet titles through a fields mask', async () => {
    harness.install({ seed: { sheets: [responses] } });
    const { data } = await harness.sheets().spreadsheets.get({
      spreadsheetId: 'sheet-1',
      fields: 'properties.timeZone,properties.title,sheets.properties(title,sheetId)',
    });
    expect(data).toEqual({
      properties: { timeZone: 'America/New_York', title: 'Backend review 2026-H2 (Responses)' },
      sheets: [
        { properties: { title: 'Form Responses 1', sheetId: 0 } },
        { properties: { title: 'Sheet1', sheetId: 7 } },
      ],
    });
  });
});

describe('Sheets values.get', () => {
  it('reads a whole sheet as formatted values, trimmed, with the echoed full range', async () => {
    harness.install({ seed: { sheets: [responses] } });
    const { data } = await harness
      .sheets()
      .spreadsheets.values.get({ spreadsheetId: 'sheet-1', range: "'Form Responses 1'" });
    expect(data).toEqual({
      range: "'Form Responses 1'!A1:F1000",
      majorDimension: 'ROWS',
      values: [
        ['Timestamp', 'Email Address', 'Reviewee', 'API-1', 'Comments'],
        ['11/20/2026 9:15:00', 'ana@example.com', 'Bo', '4', 'Solid work'],
        ['11/20/2026 23:59:59', 'cy@example.com', 'Bo', '3'],
        ['11/1/2026 1:30:00', 'di@example.com', 'Bo', 'N/A', '=not a formula'],
      ],
    });
  });
});

describe('Sheets values.get ranges and trimming', () => {
  it.each([
    [
      'a whole sheet keeps inner empty rows but drops trailing ones',
      'Sheet1',
      'Sheet1!A1:Z1000',
      [[], ['', 'x']],
    ],
    ['an open-ended range runs to the last row', 'Sheet1!A1:Z', 'Sheet1!A1:Z1000', [[], ['', 'x']]],
    ['a single cell echoes as one cell', 'Sheet1!B2', 'Sheet1!B2', [['x']]],
    ['whole columns', 'Sheet1!B:C', 'Sheet1!B1:C1000', [[], ['x']]],
    ['whole rows', 'Sheet1!2:3', 'Sheet1!A2:Z3', [['', 'x']]],
    ['a reversed rectangle is normalised', 'Sheet1!C3:A1', 'Sheet1!A1:C3', [[], ['', 'x']]],
    [
      'a bare cell reference reads the first sheet',
      'A1:B2',
      "'Form Responses 1'!A1:B2",
      [
        ['Timestamp', 'Email Address'],
        ['11/20/2026 9:15:00', 'ana@example.com'],
      ],
    ],
    [
      'titles match case-insensitively',
      "'form responses 1'!E1:E3",
      "'Form Responses 1'!E1:E3",
      [['Comments'], ['Solid work']],
    ],
    ['an empty area omits values', 'Sheet1!D5:E6', 'Sheet1!D5:E6', undefined],
  ])('%s (%s)', async (_label, range, echoed, values) => {
    harness.install({ seed: { sheets: [responses] } });
    const { data } = await harness.sheets().spreadsheets.values.get({ spreadsheetId: 'sheet-1', range });
    expect(data).toEqual({ range: echoed, majorDimension: 'ROWS', ...(values ? { values } : {}) });
  });

  it('reads by columns when asked', async () => {
    harness.install({ seed: { sheets: [responses] } });
    const { data } = await harness.sheets().spreadsheets.values.get({
      spreadsheetId: 'sheet-1',
      range: "'Form Responses 1'!D1:E4",
      majorDimension: 'COLUMNS',
    });
    expect(data).toEqual({
      range: "'Form Responses 1'!D1:E4",
      majorDimension: 'COLUMNS',
      values: [
        ['API-1', '4', '3', 'N/A'],
        ['Comments', 'Solid work', '', '=not a formula'],
      ],
    });
  });

  it.each([
    ['an unknown sheet', 'Nope!A1:B2', 'Unable to parse range: Nope!A1:B2'],
    ['garbage', 'Sheet1!A1:B2:C3', 'Unable to parse range: Sheet1!A1:B2:C3'],
    [
      'a range past the grid',
      "'Form Responses 1'!A1:G2",
      "Range ('Form Responses 1'!A1:G2) exceeds grid limits. Max rows: 1000, max columns: 6",
    ],
  ])('refuses %s with 400 INVALID_ARGUMENT', async (_label, range, message) => {
    harness.install({ seed: { sheets: [responses] } });
    await expect(
      harness.sheets().spreadsheets.values.get({ spreadsheetId: 'sheet-1', range }),
    ).rejects.toMatchObject({
      status: 400,
      response: { data: { error: { code: 400, message, status: 'INVALID_ARGUMENT' } } },
    });
  });
});

describe('Sheets values.batchGet', () => {
  it('answers every range in order with the same render options', async () => {
    harness.install({ seed: { sheets: [responses] } });
    const { data } = await harness.sheets().spreadsheets.values.batchGet({
      spreadsheetId: 'sheet-1',
      ranges: ["'Form Responses 1'!A1:A3", 'Sheet1!A1:Z'],
      valueRenderOption: 'UNFORMATTED_VALUE',
      dateTimeRenderOption: 'SERIAL_NUMBER',
    });
    expect(data).toEqual({
      spreadsheetId: 'sheet-1',
      valueRanges: [
        {
          range: "'Form Responses 1'!A1:A3",
          majorDimension: 'ROWS',
          values: [['Timestamp'], [46346.385416666664], [46346.99998842592]],
        },
        { range: 'Sheet1!A1:Z1000', majorDimension: 'ROWS', values: [[], ['', 'x']] },
      ],
    });
  });

  it('fails the whole batch when one range is bad', async () => {
    harness.install({ seed: { sheets: [responses] } });
    await expect(
      harness
        .sheets()
        .spreadsheets.values.batchGet({ spreadsheetId: 'sheet-1', ranges: ['Sheet1!A1', 'Missing!A1'] }),
    ).rejects.toMatchObject({ status: 400 });
  });

  it('refuses an unknown render option', async () => {
    harness.install({ seed: { sheets: [responses] } });
    await expect(
      harness
        .sheets()
        .spreadsheets.values.get({ spreadsheetId: 'sheet-1', range: 'Sheet1', valueRenderOption: 'PRETTY' }),
    ).rejects.toMatchObject({ status: 400, response: { data: { error: { status: 'INVALID_ARGUMENT' } } } });
  });
});

import { describe, expect, it } from 'vitest';
import type { SheetSeed } from './sheets-seed-schema.ts';
import { useGoogleHarness } from './test-harness.ts';

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
    { title: 'Sheet1', values: [[], ['', 'x', ''], [null, null]] },
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
        { properties: { title: 'Sheet1', sheetId: expect.any(Number) } },
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

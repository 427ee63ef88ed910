import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import type { SeedCell } from './cell-value.ts';
import { useGoogleHarness } from '../../../test/support/google-emulator-sandbox.ts';

const harness = useGoogleHarness();

async function readCell(
  timeZone: string,
  typed: SeedCell,
  options: Record<string, string>,
): Promise<unknown> {
  harness.install({
    seed: {
      sheets: [{ spreadsheetId: 's', timeZone, sheets: [{ title: 'Form Responses 1', values: [[typed]] }] }],
    },
  });
  const { data } = await harness
    .sheets()
    .spreadsheets.values.get({ spreadsheetId: 's', range: "'Form Responses 1'!A1", ...options });
  return data.values?.[0]?.[0];
}

// Serial numbers count days since 1899-12-30 in the spreadsheet's wall clock: the zone never shifts
// them, so a time just before midnight stays on its day and a DST change does not move the value.
describe.each(['America/New_York', 'Europe/Berlin'])('date-time cells in %s', (timeZone) => {
  it.each([
    ['a morning response', '11/20/2026 9:15:00', 46346.385416666664, '11/20/2026 9:15:00'],
    ['one second before midnight', '11/20/2026 23:59:59', 46346.99998842592, '11/20/2026 23:59:59'],
    ['midnight itself', '11/21/2026 0:00:00', 46347, '11/21/2026 0:00:00'],
    ['the repeated hour when New York falls back', '11/1/2026 1:30:00', 46327.0625, '11/1/2026 1:30:00'],
    [
      'the skipped hour when New York springs forward',
      '3/8/2026 2:30:00',
      46089.104166666664,
      '3/8/2026 2:30:00',
    ],
    [
      'the skipped hour when Berlin springs forward',
      '3/29/2026 2:30:00',
      46110.104166666664,
      '3/29/2026 2:30:00',
    ],
    [
      'the repeated hour when Berlin falls back',
      '10/25/2026 2:30:00',
      46320.104166666664,
      '10/25/2026 2:30:00',
    ],
    ['leading zeros, normalised on display', '11/20/2026 09:05:07', 46346.37855324074, '11/20/2026 9:05:07'],
    ['an AM/PM time', '11/20/2026 9:15:00 PM', 46346.885416666664, '11/20/2026 9:15:00 PM'],
    ['a date without a time', '11/20/2026', 46346, '11/20/2026'],
    ['an ISO date', '2026-11-20', 46346, '2026-11-20'],
    ['a bare time', '9:15:00', 0.3854166666666667, '9:15:00'],
  ])('%s (%s)', async (_label, typed, serial, formatted) => {
    expect(await readCell(timeZone, typed, {})).toEqual(formatted);
    expect(await readCell(timeZone, typed, { valueRenderOption: 'UNFORMATTED_VALUE' })).toEqual(serial);
    expect(await readCell(timeZone, typed, { valueRenderOption: 'FORMULA' })).toEqual(serial);
    expect(
      await readCell(timeZone, typed, {
        valueRenderOption: 'UNFORMATTED_VALUE',
        dateTimeRenderOption: 'SERIAL_NUMBER',
      }),
    ).toEqual(serial);
    expect(
      await readCell(timeZone, typed, {
        valueRenderOption: 'UNFORMATTED_VALUE',
        dateTimeRenderOption: 'FORMATTED_STRING',
      }),
    ).toEqual(formatted);
    // dateTimeRenderOption is ignored for FORMATTED_VALUE, as documented.
    expect(await readCell(timeZone, typed, { dateTimeRenderOption: 'SERIAL_NUMBER' })).toEqual(formatted);
  });
});

describe('reading a serial back as an instant (what the Sheets adapter must do)', () => {
  it.each([
    ['America/New_York', 46346.99998842592, '2026-11-21T04:59:59.000Z'],
    ['Europe/Berlin', 46346.99998842592, '2026-11-20T22:59:59.000Z'],
    ['America/New_York', 46089.4375, '2026-03-08T14:30:00.000Z'],
    ['Europe/Berlin', 46110.4375, '2026-03-29T08:30:00.000Z'],
  ])('in %s serial %d is %s', (timeZone, serial, instant) => {
    const wall = DateTime.fromObject({ year: 1899, month: 12, day: 30 }, { zone: 'UTC' }).plus({
      milliseconds: Math.round(serial * 86_400_000),
    });
    const local = DateTime.fromObject(
      {
        year: wall.year,
        month: wall.month,
        day: wall.day,
        hour: wall.hour,
        minute: wall.minute,
        second: wall.second,
      },
      { zone: timeZone },
    );
    expect(local.toUTC().toISO()).toEqual(instant);
  });
});

describe('USER_ENTERED rules for other typed values', () => {
  it.each<[string, SeedCell, unknown, unknown]>([
    ['a rating typed as text', '4', '4', 4],
    ['a decimal with a trailing zero', '4.50', '4.5', 4.5],
    ['a JSON number', 3, '3', 3],
    ['leading zeros are dropped', '007', '7', 7],
    ['an apostrophe keeps text', "'007", '007', '007'],
    ['an apostrophe keeps a leading =', "'=SUM(A1)", '=SUM(A1)', '=SUM(A1)'],
    ['TRUE becomes a boolean', 'true', 'TRUE', true],
    ['a JSON boolean', false, 'FALSE', false],
    ['an impossible date stays text', '2/30/2026', '2/30/2026', '2/30/2026'],
    ['N/A stays text', 'N/A', 'N/A', 'N/A'],
    ['markdown stays text', '**bold** @bo', '**bold** @bo', '**bold** @bo'],
  ])('%s', async (_label, typed, formatted, unformatted) => {
    expect(await readCell('Europe/Berlin', typed, {})).toEqual(formatted);
    expect(await readCell('Europe/Berlin', typed, { valueRenderOption: 'UNFORMATTED_VALUE' })).toEqual(
      unformatted,
    );
  });
});

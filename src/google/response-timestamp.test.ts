import { describe, expect, it } from 'vitest';
import { parseResponseTimestamp } from './response-timestamp.ts';

const BERLIN = 'Europe/Berlin';

describe('parseResponseTimestamp', () => {
  it.each<[string, string | number | null, string, string | null]>([
    // Current Forms CSV downloads: Y/M/D, 12-hour clock, the form owner's zone as an offset or abbreviation.
    ['Forms export with GMT offset', '2026/11/20 9:15:04 AM GMT+1', BERLIN, '2026-11-20T09:15:04+01:00'],
    ['Forms export, PM', '2026/11/20 9:15:04 PM GMT+1', BERLIN, '2026-11-20T21:15:04+01:00'],
    ['lower-case am and an abbreviation', '2026/11/20 9:15:04 am EET', BERLIN, '2026-11-20T08:15:04+01:00'],
    ['GMT with minutes', '2026/11/20 9:15:04 AM GMT+05:30', 'UTC', '2026-11-20T03:45:04Z'],
    ['negative GMT offset', '2026/11/20 9:15:04 PM GMT-5', 'UTC', '2026-11-21T02:15:04Z'],
    ['a unicode minus sign', '2026/11/20 9:15:04 PM GMT\u22125', 'UTC', '2026-11-21T02:15:04Z'],
    ['plain GMT', '2026/11/20 9:15:04 AM GMT', BERLIN, '2026-11-20T10:15:04+01:00'],
    ['US abbreviation', '2026/11/20 9:15:04 AM PST', 'UTC', '2026-11-20T17:15:04Z'],
    [
      'an abbreviation without AM/PM is not read as PM',
      '2026/11/20 9:15:04 PDT',
      'UTC',
      '2026-11-20T16:15:04Z',
    ],
    ['a.m. with dots', '2026/11/20 9:15:04 a.m. CET', BERLIN, '2026-11-20T09:15:04+01:00'],
    ['12 AM is midnight', '2026/11/20 12:00:00 AM GMT+1', BERLIN, '2026-11-20T00:00:00+01:00'],
    ['12 PM is noon', '2026/11/20 12:00:00 PM GMT+1', BERLIN, '2026-11-20T12:00:00+01:00'],
    [
      'midnight in one zone is the previous day in the fallback',
      '2026/11/20 12:05:00 AM GMT+2',
      BERLIN,
      '2026-11-19T23:05:00+01:00',
    ],
    // The fallback zone's own short name wins over the table, so ambiguous names work where they are local.
    ['IST in India', '2026/11/20 9:15:04 AM IST', 'Asia/Kolkata', '2026-11-20T09:15:04+05:30'],
    ['IST in Ireland in summer', '2026/07/01 9:15:04 AM IST', 'Europe/Dublin', '2026-07-01T09:15:04+01:00'],
    ['CST elsewhere is US Central', '2026/11/20 9:15:04 AM CST', 'UTC', '2026-11-20T15:15:04Z'],
    ['an IANA zone name', '2026/11/20 9:15:04 Europe/Helsinki', BERLIN, '2026-11-20T08:15:04+01:00'],
    // Older and locale variants with no zone: wall-clock time in the fallback zone.
    ['US month-first without zone', '11/20/2026 9:15:04', BERLIN, '2026-11-20T09:15:04+01:00'],
    ['US month-first with AM/PM', '11/20/2026 9:15:04 PM', BERLIN, '2026-11-20T21:15:04+01:00'],
    ['no seconds', '11/20/2026 9:15', BERLIN, '2026-11-20T09:15:00+01:00'],
    ['day-first with dots', '20.11.2026 09:15:04', BERLIN, '2026-11-20T09:15:04+01:00'],
    ['Y-M-D with space', '2026-11-20 09:15:04', BERLIN, '2026-11-20T09:15:04+01:00'],
    ['midnight without zone', '11/20/2026 0:00:00', BERLIN, '2026-11-20T00:00:00+01:00'],
    ['last second of the day', '11/20/2026 23:59:59', BERLIN, '2026-11-20T23:59:59+01:00'],
    // RFC 3339 from the Forms API, converted to the fallback zone.
    ['RFC 3339 Zulu', '2026-11-20T08:15:04.123Z', BERLIN, '2026-11-20T09:15:04.123+01:00'],
    ['RFC 3339 with offset', '2026-11-20T09:15:04+05:30', 'UTC', '2026-11-20T03:45:04Z'],
    // Sheets serial numbers: days since 1899-12-30, wall clock in the fallback zone.
    ['serial at noon', 46346.5, BERLIN, '2026-11-20T12:00:00+01:00'],
    ['serial at midnight', 46346, BERLIN, '2026-11-20T00:00:00+01:00'],
    ['serial with seconds', 46346 + (9 * 3600 + 15 * 60 + 4) / 86400, BERLIN, '2026-11-20T09:15:04+01:00'],
    // Unreadable input gives null.
    ['null', null, BERLIN, null],
    ['empty text', '   ', BERLIN, null],
    ['words', 'yesterday', BERLIN, null],
    ['date without time', '2026/11/20', BERLIN, null],
    ['a month above 12 is not guessed as day-first', '20/11/2026 9:15:04', BERLIN, null],
    ['February 30', '2/30/2026 9:15:04', BERLIN, null],
    ['hour 24', '11/20/2026 24:00:00', BERLIN, null],
    ['13 PM', '2026/11/20 13:00:00 PM GMT+1', BERLIN, null],
    ['an unknown zone name', '2026/11/20 9:15:04 AM XYZT', BERLIN, null],
    ['an offset out of range', '2026/11/20 9:15:04 AM GMT+15', BERLIN, null],
    ['a serial of zero', 0, BERLIN, null],
    ['NaN', Number.NaN, BERLIN, null],
    ['an invalid fallback zone', '11/20/2026 9:15:04', 'Mars/Base', null],
  ])('%s', (_name, value, zone, expected) => {
    expect(parseResponseTimestamp(value, zone)).toEqual(expected === null ? null : Date.parse(expected));
  });

  // Whatever a source cannot read reaches the core as null, never as text for it to try again.
  it.each([null, '', '  ', 'yesterday', '2026-13-01T00:00:00Z', '31/10/2026 10:00'])(
    'gives null for %j',
    (value) => {
      expect(parseResponseTimestamp(value, BERLIN)).toBeNull();
    },
  );

  // Europe/Berlin leaves summer time on 2026-10-25: 03:00 CEST becomes 02:00 CET, so 02:00–02:59 happens twice.
  describe('across the DST change in Europe/Berlin on 2026-10-25', () => {
    it.each<[string, string | number, string]>([
      ['before the change, zone-less', '10/25/2026 1:59:59', '2026-10-25T01:59:59+02:00'],
      ['after the change, zone-less', '10/25/2026 3:00:00', '2026-10-25T03:00:00+01:00'],
      ['first 02:30, told by its offset', '2026/10/25 2:30:00 AM GMT+2', '2026-10-25T02:30:00+02:00'],
      ['second 02:30, told by its offset', '2026/10/25 2:30:00 AM GMT+1', '2026-10-25T02:30:00+01:00'],
      ['first 02:30, told by CEST', '2026/10/25 2:30:00 AM CEST', '2026-10-25T02:30:00+02:00'],
      ['second 02:30, told by CET', '2026/10/25 2:30:00 AM CET', '2026-10-25T02:30:00+01:00'],
      // Without a zone the repeated hour is ambiguous; luxon settles on the later (standard-time) instant.
      ['02:30 without a zone', '10/25/2026 2:30:00', '2026-10-25T02:30:00+01:00'],
      ['serial in the repeated hour', 46320 + 2.5 / 24, '2026-10-25T02:30:00+01:00'],
      ['the day before, in summer time', '2026/10/24 11:00:00 PM GMT+2', '2026-10-24T23:00:00+02:00'],
    ])('%s', (_name, value, expected) => {
      expect(parseResponseTimestamp(value, BERLIN)).toEqual(Date.parse(expected));
    });

    it('keeps the two 02:30s an hour apart', () => {
      const first = parseResponseTimestamp('2026/10/25 2:30:00 AM GMT+2', BERLIN) ?? Number.NaN;
      const second = parseResponseTimestamp('2026/10/25 2:30:00 AM GMT+1', BERLIN) ?? Number.NaN;
      expect(second - first).toEqual(3_600_000);
    });
  });

  it('moves a zone-less time in the spring gap forward, as the clock did', () => {
    expect(parseResponseTimestamp('3/29/2026 2:30:00', BERLIN)).toEqual(
      Date.parse('2026-03-29T03:30:00+02:00'),
    );
  });
});

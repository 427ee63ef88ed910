import { describe, expect, it } from 'vitest';
import { endOfDayExclusive, startOfDay, toCalendarDay } from './calendar-day.ts';

describe('calendar days', () => {
  it.each([
    ['Berlin spring day is 23 hours', '2026-03-29', 'Europe/Berlin', 23],
    ['Berlin autumn day is 25 hours', '2026-10-25', 'Europe/Berlin', 25],
    ['New York spring day is 23 hours', '2026-03-08', 'America/New_York', 23],
    ['New York autumn day is 25 hours', '2026-11-01', 'America/New_York', 25],
    ['an ordinary day is 24 hours', '2026-06-01', 'Europe/Berlin', 24],
  ] as const)('%s', (_name, day, zone, hours) => {
    const length = endOfDayExclusive(day, zone).getTime() - startOfDay(day, zone).getTime();
    expect(length / 3_600_000).toEqual(hours);
  });

  it('starts a day whose midnight is skipped at the first valid time', () => {
    // Chile springs forward at 00:00 on 2026-09-06, so the day begins at 01:00 local (-03:00).
    expect(startOfDay('2026-09-06', 'America/Santiago').toISOString()).toEqual('2026-09-06T04:00:00.000Z');
  });

  it.each([
    ['plain day stays as is', '2026-10-15', 'Europe/Berlin', '2026-10-15'],
    ['late UTC instant is the next Berlin day', '2026-10-15T22:30:00Z', 'Europe/Berlin', '2026-10-16'],
    ['offset instant kept on its Berlin day', '2026-10-15T23:30:00+02:00', 'Europe/Berlin', '2026-10-15'],
  ] as const)('toCalendarDay: %s', (_name, value, zone, expected) => {
    expect(toCalendarDay(value, zone)).toEqual(expected);
  });

  it.each([
    ['impossible date', '2026-02-30', 'Europe/Berlin'],
    ['unknown zone', '2026-02-03', 'Mars/Olympus_Mons'],
  ])('throws on %s', (_name, value, zone) => {
    expect(() => toCalendarDay(value, zone)).toThrow(RangeError);
  });
});

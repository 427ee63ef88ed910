import { describe, expect, it } from 'vitest';
import { InternalError } from '../../errors.ts';
import { dueDateAfter } from './due-date.ts';

describe('dueDateAfter', () => {
  it.each<[string, string, number, string]>([
    // 23:30 UTC is already the next day in Berlin: the team's calendar day counts.
    ['2026-12-15T23:30:00Z', 'Europe/Berlin', 60, '2027-02-14'],
    ['2026-12-15T23:30:00Z', 'UTC', 60, '2027-02-13'],
    // Just after local midnight on the night clocks go forward.
    ['2027-03-27T23:30:00Z', 'Europe/Berlin', 1, '2027-03-29'],
    // Across the autumn change, a day is still a calendar day, not 24 hours.
    ['2026-10-24T22:30:00Z', 'Europe/Berlin', 1, '2026-10-26'],
    ['2026-12-01T10:00:00Z', 'Europe/Berlin', 120, '2027-03-31'],
    // Evening in New York is already tomorrow in UTC; New York's day counts.
    ['2026-03-08T03:30:00Z', 'America/New_York', 0, '2026-03-07'],
  ])('%s in %s plus %i days is %s', (start, zone, days, expected) => {
    expect(dueDateAfter(new Date(start), zone, days)).toEqual(expected);
  });

  it('names the time zone when it is not a real one', () => {
    const attempt = () => dueDateAfter(new Date('2026-12-01T10:00:00Z'), 'Mars/Olympus', 1);
    expect(attempt).toThrow(/Mars\/Olympus/);
    expect(attempt).toThrow(InternalError);
  });
});

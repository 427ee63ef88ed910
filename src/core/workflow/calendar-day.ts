import { DateTime } from 'luxon';
import { createDayMemo, type DayMemo } from '../day-memo.ts';
import type { IsoDate } from '../domain.ts';

// Every date the user types (cycle dates, due dates, goal dates) is a calendar day in the team's time
// zone, not an instant. These helpers turn such a day into the instants the rules compare `now` with.
// Luxon does the calendar arithmetic, so days that are 23 or 25 hours long (DST changes) come out right.

const PLAIN_DAY = /^\d{4}-\d{2}-\d{2}$/;

function zoned(value: string, timeZone: string): DateTime {
  const parsed = DateTime.fromISO(value.trim(), { zone: timeZone });
  if (!parsed.isValid) {
    const why = parsed.invalidExplanation ?? parsed.invalidReason ?? 'invalid';
    throw new RangeError(`cannot read "${value}" as a date in time zone "${timeZone}": ${why}`);
  }
  return parsed;
}

/**
 * The calendar day a value names in the team's time zone. A plain `YYYY-MM-DD` is returned as is; a full
 * ISO instant (a Notion date with a time) is moved into the zone first, because the team's day is what counts.
 * Throws a RangeError for text that is not a date or for an unknown time zone.
 */
export function toCalendarDay(
  value: string,
  timeZone: string,
  memo: CalendarMemo = createCalendarMemo(),
): IsoDate {
  const trimmed = value.trim();
  return memo.days.get(timeZone, trimmed, 0, () => {
    const day = zoned(trimmed, timeZone);
    if (PLAIN_DAY.test(trimmed)) return trimmed;
    return day.toISODate() ?? trimmed;
  });
}

/**
 * A run's answers to these questions, asked again for every review and goal. Answers are kept as
 * numbers, so a caller that changes a returned Date cannot change the memo.
 */
export interface CalendarMemo {
  days: DayMemo<IsoDate>;
  starts: DayMemo<number>;
  ends: DayMemo<number>;
}

export function createCalendarMemo(): CalendarMemo {
  return { days: createDayMemo(), starts: createDayMemo(), ends: createDayMemo() };
}

/** startOfDay as epoch milliseconds, for the rules that only compare instants. */
export function startOfDayMillis(
  day: IsoDate,
  timeZone: string,
  memo: CalendarMemo = createCalendarMemo(),
): number {
  return memo.starts.get(timeZone, day, 0, () => zoned(day, timeZone).startOf('day').toMillis());
}

/** The first instant of `day` in the zone (00:00 local, or the first valid time if midnight is skipped). */
export function startOfDay(day: IsoDate, timeZone: string, memo?: CalendarMemo): Date {
  return new Date(startOfDayMillis(day, timeZone, memo));
}

/** endOfDayExclusive as epoch milliseconds, for the rules that only compare instants. */
export function endOfDayExclusiveMillis(
  day: IsoDate,
  timeZone: string,
  extraDays = 0,
  memo: CalendarMemo = createCalendarMemo(),
): number {
  return memo.ends.get(timeZone, day, extraDays, () =>
    zoned(day, timeZone)
      .startOf('day')
      .plus({ days: extraDays + 1 })
      .startOf('day')
      .toMillis(),
  );
}

/**
 * The first instant after `day` plus `extraDays` has ended in the zone: an exclusive end.
 * Work due on `day` is on time while `now` is before this instant (through 23:59:59.999 local).
 */
export function endOfDayExclusive(day: IsoDate, timeZone: string, extraDays = 0): Date {
  return new Date(endOfDayExclusiveMillis(day, timeZone, extraDays));
}

import { DateTime } from 'luxon';
import { InternalError } from '../../errors.ts';
import { createDayMemo, type DayMemo } from '../day-memo.ts';
import type { IsoDate } from '../domain.ts';

/**
 * The calendar day `days` after `start`, where the start day is read in the team's time zone.
 * Working in calendar days (not 24-hour steps) keeps the date right across DST changes,
 * and reading `start` in the team's zone keeps an instant just after midnight on the right day.
 */
export function dueDateAfter(
  start: Date,
  timeZone: string,
  days: number,
  // Every entry of every review asks for a day after the same plan start: the run's memo answers each
  // (start, zone, days) once.
  dueDates: DayMemo<IsoDate> = createDayMemo(),
): IsoDate {
  return dueDates.get(timeZone, start.getTime(), days, () => computeDueDate(start, timeZone, days));
}

function computeDueDate(start: Date, timeZone: string, days: number): IsoDate {
  const today = DateTime.fromJSDate(start, { zone: timeZone });
  if (!today.isValid) {
    throw new InternalError(
      `cannot compute a due date: ${today.invalidExplanation ?? today.invalidReason ?? 'invalid time zone'} (timeZone "${timeZone}")`,
    );
  }
  const due = today.startOf('day').plus({ days }).toISODate();
  if (due === null)
    throw new InternalError(`cannot compute a due date ${days} days after ${start.toISOString()}`);
  return due;
}

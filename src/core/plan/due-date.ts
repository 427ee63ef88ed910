import { DateTime } from 'luxon';
import type { IsoDate } from '../types.ts';

/**
 * The calendar day `days` after `now`, where "today" is read in the team's time zone.
 * Working in calendar days (not 24-hour steps) keeps the date right across DST changes,
 * and reading `now` in the team's zone keeps a run just after midnight on the right day.
 */
export function dueDateAfter(now: Date, timeZone: string, days: number): IsoDate {
  const today = DateTime.fromJSDate(now, { zone: timeZone });
  if (!today.isValid) {
    throw new Error(
      `cannot compute a due date: ${today.invalidExplanation ?? today.invalidReason ?? 'invalid time zone'} (timeZone "${timeZone}")`,
    );
  }
  const due = today.startOf('day').plus({ days }).toISODate();
  if (due === null) throw new Error(`cannot compute a due date ${days} days after ${now.toISOString()}`);
  return due;
}

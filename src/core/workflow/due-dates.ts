import type { Config, CycleConfig } from '../config-schema.ts';
import { DUE_STAGES, type DueStage, type IsoDate, type Review, type StageKey } from '../domain.ts';
import {
  endOfDayExclusiveMillis,
  startOfDayMillis,
  toCalendarDay,
  type CalendarMemo,
} from './calendar-day.ts';

// Due dates are calendar days in the team's time zone. Work due on a day is on time through the end of
// that day (23:59:59.999 local), so a deadline of "today" is never overdue yet.

/** Whether a stage owns a due date. `notStarted` and `completed` never do. */
export function isDueStage(stage: StageKey): stage is DueStage {
  return (DUE_STAGES as readonly StageKey[]).includes(stage);
}

/**
 * The due date of a stage for one review: the page's own override wins over the cycle's date.
 * Overrides that carry a time (a Notion date with a time) are read as the day they fall on in the team's
 * zone. Returns null for stages without due dates and when neither the page nor the cycle sets one.
 * `config` supplies the team's time zone for that conversion.
 */
export function dueDateFor(
  review: Review,
  cycle: CycleConfig,
  stage: StageKey,
  config: Config,
  calendar?: CalendarMemo,
): IsoDate | null {
  if (!isDueStage(stage)) return null;
  // Runtime data comes from Notion, so an empty string is treated like a missing value.
  const override = review.dueOverrides[stage];
  if (override !== undefined && override !== null && override.trim() !== '') {
    return toCalendarDay(override, config.timeZone, calendar);
  }
  const fromCycle = cycle.due[stage];
  return fromCycle === undefined ? null : toCalendarDay(fromCycle, config.timeZone, calendar);
}

/**
 * Whether work due on `due` is late at `now`. With `graceDays` = n the work is still on time through the
 * end of the n-th day after the due day, so `graceDays` 0 means "late from 00:00 the day after".
 */
export function isOverdue(
  due: IsoDate,
  timeZone: string,
  now: Date,
  graceDays: number,
  calendar?: CalendarMemo,
): boolean {
  const grace = Math.max(0, Math.trunc(graceDays));
  return now.getTime() >= endOfDayExclusiveMillis(due, timeZone, grace, calendar);
}

/** Whether the cycle has opened: true from 00:00 local on its `opens` day. */
export function cycleHasOpened(
  cycle: CycleConfig,
  timeZone: string,
  now: Date,
  calendar?: CalendarMemo,
): boolean {
  return now.getTime() >= startOfDayMillis(cycle.opens, timeZone, calendar);
}

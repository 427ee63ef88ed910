import type { Goal, GoalStatus, IsoDate } from '../domain.ts';
import {
  endOfDayExclusiveMillis,
  startOfDayMillis,
  toCalendarDay,
  type CalendarMemo,
} from '../workflow/calendar-day.ts';
import { goalProgress } from './progress.ts';

// A goal's status compares its progress with the share of its time that has passed. The time runs from
// 00:00 on the start day to the end of the due day, both in the team's zone, like every other due date.

export interface GoalStatusContext {
  now: Date;
  timeZone: string;
  /** config.goals.tolerance: how far progress may trail elapsed time and still be on track. */
  tolerance: number;
  /** The cycle's opens day, used when the goal has no start date of its own. */
  cycleOpens: IsoDate | null;
  /** The run's calendar memo; without one, each day is worked out afresh. */
  calendar?: CalendarMemo;
}

// Float noise (0.7 − 0.1 = 0.59999…) must not tip a goal exactly on a boundary into the worse status.
const EPSILON = 1e-9;

/** Share of the goal's time that has passed at `now`, in 0..1. */
export function elapsedShare(
  start: IsoDate,
  due: IsoDate,
  timeZone: string,
  now: Date,
  calendar?: CalendarMemo,
): number {
  const from = startOfDayMillis(start, timeZone, calendar);
  const to = endOfDayExclusiveMillis(due, timeZone, 0, calendar);
  if (to <= from) return now.getTime() >= to ? 1 : 0;
  return Math.min(1, Math.max(0, (now.getTime() - from) / (to - from)));
}

/**
 * Achieved when progress reaches 1 (even after the due day). Otherwise, with e = elapsed share and
 * t = tolerance: On track when progress ≥ e − t, At risk when progress ≥ e − 2t, else Off track; once the
 * due day has ended an unachieved goal is Off track. Null when progress is unknown, the goal has no due
 * date, or there is no start (neither the goal's nor the cycle's).
 */
export function goalStatus(
  goal: Pick<Goal, 'baseline' | 'target' | 'current' | 'start' | 'due' | 'milestones'>,
  ctx: GoalStatusContext,
): GoalStatus | null {
  const progress = goalProgress(goal);
  if (progress === null || goal.due === null || goal.due.trim() === '') return null;
  if (progress >= 1) return 'Achieved';

  const { calendar } = ctx;
  const due = toCalendarDay(goal.due, ctx.timeZone, calendar);
  if (ctx.now.getTime() >= endOfDayExclusiveMillis(due, ctx.timeZone, 0, calendar)) return 'Off track';

  const startValue = goal.start !== null && goal.start.trim() !== '' ? goal.start : ctx.cycleOpens;
  if (startValue === null) return null;
  const elapsed = elapsedShare(
    toCalendarDay(startValue, ctx.timeZone, calendar),
    due,
    ctx.timeZone,
    ctx.now,
    calendar,
  );

  if (progress + EPSILON >= elapsed - ctx.tolerance) return 'On track';
  if (progress + EPSILON >= elapsed - 2 * ctx.tolerance) return 'At risk';
  return 'Off track';
}

// The text for the review page's "Goals on track" property. Achieved goals count as on track. The count
// is out of all goals, because that is the number a person sees on the page; goals whose status cannot be
// worked out (numbers or dates missing) are named separately so "1 of 3" does not look like two failures.

const ON_TRACK: ReadonlySet<GoalStatus> = new Set<GoalStatus>(['Achieved', 'On track']);

/** For example "2 of 3 on track", "1 of 3 on track (1 without data)", or "No goals". */
export function goalsOnTrackText(statuses: readonly (GoalStatus | null)[]): string {
  if (statuses.length === 0) return 'No goals';
  const onTrack = statuses.filter((status) => status !== null && ON_TRACK.has(status)).length;
  const unknown = statuses.filter((status) => status === null).length;
  const base = `${onTrack} of ${statuses.length} on track`;
  return unknown === 0 ? base : `${base} (${unknown} without data)`;
}

import type { GoalStatus } from '../types.ts';

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

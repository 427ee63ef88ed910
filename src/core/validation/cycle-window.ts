import { DateTime } from 'luxon';
import type { CycleConfig } from '../config-schema.ts';

export interface CycleWindow {
  start: DateTime;
  end: DateTime;
}

/**
 * A cycle accepts responses from the first moment of `opens` to the last moment of `closes`, both calendar
 * days in the team's time zone. Without `closes` the window runs to the end of the current day: a response
 * that arrives while a run is in progress is not "in the future" and must not be rejected.
 */
export function cycleWindow(cycle: CycleConfig, timeZone: string, now: Date): CycleWindow {
  // Every response asks for its cycle's window; zone arithmetic is costly, so each is worked out once.
  const key = `${timeZone}|${now.getTime()}`;
  const cached = windows.get(cycle)?.get(key);
  if (cached) return cached;
  const window = computeWindow(cycle, timeZone, now);
  windows.set(cycle, (windows.get(cycle) ?? new Map<string, CycleWindow>()).set(key, window));
  return window;
}

const windows = new WeakMap<CycleConfig, Map<string, CycleWindow>>();

function computeWindow(cycle: CycleConfig, timeZone: string, now: Date): CycleWindow {
  const start = DateTime.fromISO(cycle.opens, { zone: timeZone }).startOf('day');
  const last = cycle.closes
    ? DateTime.fromISO(cycle.closes, { zone: timeZone })
    : DateTime.fromJSDate(now, { zone: timeZone });
  return { start, end: last.endOf('day') };
}

export function isInWindow(instant: DateTime, window: CycleWindow): boolean {
  const millis = instant.toMillis();
  return millis >= window.start.toMillis() && millis <= window.end.toMillis();
}

/**
 * Parses a response timestamp. Instants without an offset are read in the team's time zone, since that is
 * what a spreadsheet shows; null when the value is missing or not a date.
 */
export function parseTimestamp(value: string | null, timeZone: string): DateTime | null {
  if (value === null || value.trim() === '') return null;
  const parsed = DateTime.fromISO(value.trim(), { zone: timeZone });
  return parsed.isValid ? parsed : null;
}

import { DateTime } from 'luxon';
import type { CycleConfig } from '../config-schema.ts';
import type { EpochMillis } from '../domain.ts';

/** The first and last millisecond a cycle accepts, both included. */
export interface CycleWindow {
  start: EpochMillis;
  end: EpochMillis;
}

/**
 * A cycle accepts responses from the first moment of `opens` to the last moment of `closes`, both calendar
 * days in the team's time zone. Without `closes` the window runs to the end of the current day: a response
 * that arrives while a run is in progress is not "in the future" and must not be rejected.
 */
export function cycleWindow(
  cycle: CycleConfig,
  timeZone: string,
  now: Date,
  memo: CycleWindowMemo = { byCycle: new WeakMap(), last: null },
): CycleWindow {
  // Every response asks for its cycle's window; zone arithmetic is costly, so each is worked out once.
  const windows = memo.byCycle;
  const last = memo.last;
  const at = now.getTime();
  // Every response of a run asks the same question; the last answer is kept at hand.
  if (last?.cycle === cycle && last.timeZone === timeZone && last.at === at) return last.window;
  const key = `${timeZone}|${at}`;
  const cached = windows.get(cycle)?.get(key);
  if (cached) {
    memo.last = { cycle, timeZone, at, window: cached };
    return cached;
  }
  const window = computeWindow(cycle, timeZone, now);
  windows.set(cycle, (windows.get(cycle) ?? new Map<string, CycleWindow>()).set(key, window));
  return window;
}

/** A run's cycle windows, by cycle and by zone and `now`, and the last one asked for. */
export interface CycleWindowMemo {
  byCycle: WeakMap<CycleConfig, Map<string, CycleWindow>>;
  last: { cycle: CycleConfig; timeZone: string; at: number; window: CycleWindow } | null;
}

function computeWindow(cycle: CycleConfig, timeZone: string, now: Date): CycleWindow {
  const start = DateTime.fromISO(cycle.opens, { zone: timeZone }).startOf('day');
  const last = cycle.closes
    ? DateTime.fromISO(cycle.closes, { zone: timeZone })
    : DateTime.fromJSDate(now, { zone: timeZone });
  return { start: start.toMillis(), end: last.endOf('day').toMillis() };
}

export function isInWindow(instant: EpochMillis, window: CycleWindow): boolean {
  return instant >= window.start && instant <= window.end;
}

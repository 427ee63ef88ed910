import { DateTime } from 'luxon';

/**
 * A spreadsheet cell holds a wall-clock value with no zone attached: Sheets stores what the person typed
 * (or what Forms wrote, already converted to the spreadsheet's zone). These helpers keep that model, so
 * nothing here ever consults the process time zone.
 */
export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const MS_PER_DAY = 86_400_000;
const SECONDS_PER_DAY = 86_400;
// Lotus 1-2-3 epoch as Sheets uses it: day 0 is 1899-12-30, which also makes 1900 correctly non-leap.
const EPOCH_MS = Date.UTC(1899, 11, 30);

/** True when the calendar date exists (rejects 2/30/2026 and friends, which Sheets keeps as text). */
export function isValidDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1 || year < 1900 || year > 9999) return false;
  const probe = new Date(Date.UTC(year, month - 1, day));
  return probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
}

/**
 * Days since 1899-12-30 plus the time as a fraction of the day, computed as whole days + seconds/86400
 * rather than dividing milliseconds, which is how the fractional part is defined by the API.
 */
export function wallClockToSerial(clock: WallClock): number {
  const days = Math.round((Date.UTC(clock.year, clock.month - 1, clock.day) - EPOCH_MS) / MS_PER_DAY);
  return days + (clock.hour * 3600 + clock.minute * 60 + clock.second) / SECONDS_PER_DAY;
}

/** The inverse of wallClockToSerial, rounded to the second as Sheets displays it. */
export function serialToWallClock(serial: number): WallClock {
  const totalSeconds = Math.round(serial * SECONDS_PER_DAY);
  const days = Math.floor(totalSeconds / SECONDS_PER_DAY);
  const secondOfDay = totalSeconds - days * SECONDS_PER_DAY;
  const date = new Date(EPOCH_MS + days * MS_PER_DAY);
  return {
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    hour: Math.floor(secondOfDay / 3600),
    minute: Math.floor((secondOfDay % 3600) / 60),
    second: secondOfDay % 60,
  };
}

/** The wall clock an instant shows in an IANA zone: what Forms writes into a linked response sheet. */
export function instantToWallClock(instant: string, timeZone: string): WallClock {
  const local = DateTime.fromISO(instant, { setZone: false }).setZone(timeZone);
  if (!local.isValid) throw new RangeError(`cannot place ${instant} in zone ${timeZone}`);
  return {
    year: local.year,
    month: local.month,
    day: local.day,
    hour: local.hour,
    minute: local.minute,
    second: local.second,
  };
}

/** True for an IANA zone name that luxon (and so the emulator) can convert into. */
export function isKnownTimeZone(zone: string): boolean {
  return DateTime.local().setZone(zone).isValid;
}

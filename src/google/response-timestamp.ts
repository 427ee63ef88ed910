import { DateTime, FixedOffsetZone, IANAZone, type Zone } from 'luxon';
import type { EpochMillis } from '../core/domain.ts';

// Google writes the response time in several shapes depending on where it comes from and how old the export
// is: the Forms CSV download ("2026/11/20 9:15:04 AM GMT+1", "... am EET"), older downloads and sheet
// exports in the spreadsheet's locale ("11/20/2026 9:15:04", "20.11.2026 09:15:04"), the Forms API
// (RFC 3339) and Sheets' unformatted values (serial day numbers). All of them end up as one instant in
// epoch milliseconds, converted once here, so that the same answer read from any source compares equal and
// the core never parses a date again.

type DateUnit = 'year' | 'month' | 'day';

interface WallDate {
  year: number;
  month: number;
  day: number;
  rest: string;
}

// Slashed dates without a leading year are month first: that is the en-US form Google defaults to. A
// day-first slashed date cannot be told apart row by row, so a "month" above 12 fails instead of guessing.
const DATE_SHAPES: { pattern: RegExp; order: DateUnit[] }[] = [
  { pattern: /^(\d{4})[/-](\d{1,2})[/-](\d{1,2})(?:[\sT]+(.*))?$/, order: ['year', 'month', 'day'] },
  { pattern: /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s+(.*))?$/, order: ['month', 'day', 'year'] },
  { pattern: /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:\s+(.*))?$/, order: ['day', 'month', 'year'] },
];

const TIME_SHAPE = /^(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?\s*(?:([ap])\.?m\.?(?![a-z]))?\s*(.*)$/i;
const OFFSET_SHAPE = /^(?:GMT|UTC)?\s*([+\-\u2212])\s*(\d{1,2})(?::?(\d{2}))?$/i;

// Abbreviations Google and Intl print for common zones, in minutes east of UTC. Ambiguous ones (IST, AST)
// are left out: they only resolve through the fallback zone, whose own name is checked first.
const ABBREVIATIONS: Record<string, number> = {
  UTC: 0,
  GMT: 0,
  Z: 0,
  WET: 0,
  WEST: 60,
  BST: 60,
  CET: 60,
  CEST: 120,
  MET: 60,
  MEST: 120,
  EET: 120,
  EEST: 180,
  MSK: 180,
  EST: -300,
  EDT: -240,
  CST: -360,
  CDT: -300,
  MST: -420,
  MDT: -360,
  PST: -480,
  PDT: -420,
  AKST: -540,
  AKDT: -480,
  HST: -600,
  JST: 540,
  KST: 540,
  HKT: 480,
  SGT: 480,
  AWST: 480,
  ACST: 570,
  ACDT: 630,
  AEST: 600,
  AEDT: 660,
  NZST: 720,
  NZDT: 780,
};
const NAME_LOCALES = ['en-US', 'en-GB', 'en-IN', 'en-IE', 'en-AU'];

const SERIAL_EPOCH_MS = Date.UTC(1899, 11, 30);
const SECONDS_PER_DAY = 86_400;

/**
 * Converts a response timestamp to an instant. Text without a zone and serial numbers are wall-clock times
 * in `fallbackZone` (the sheet's or the team's zone). Returns null for anything it cannot read, which the
 * core reports as a missing timestamp.
 */
export function parseResponseTimestamp(
  value: string | number | null,
  fallbackZone: string,
): EpochMillis | null {
  if (!isValidZone(fallbackZone)) return null;
  const parsed =
    typeof value === 'number' ? fromSerial(value, fallbackZone) : fromText(value ?? '', fallbackZone);
  return parsed?.isValid ? parsed.toMillis() : null;
}

/** Sheets' serial number: days since 1899-12-30, the fraction being the time of day on the wall clock. */
function fromSerial(serial: number, zone: string): DateTime | null {
  if (!Number.isFinite(serial) || serial <= 0) return null;
  const wall = new Date(SERIAL_EPOCH_MS + Math.round(serial * SECONDS_PER_DAY) * 1000);
  return DateTime.fromObject(
    {
      year: wall.getUTCFullYear(),
      month: wall.getUTCMonth() + 1,
      day: wall.getUTCDate(),
      hour: wall.getUTCHours(),
      minute: wall.getUTCMinutes(),
      second: wall.getUTCSeconds(),
    },
    { zone },
  );
}

function fromText(raw: string, fallbackZone: string): DateTime | null {
  const text = raw.trim();
  if (text === '') return null;
  if (/^\d{4}-\d{2}-\d{2}T/.test(text)) {
    const iso = DateTime.fromISO(text, { zone: fallbackZone });
    if (iso.isValid) return iso;
  }
  const date = readDate(text);
  const time = date ? TIME_SHAPE.exec(date.rest) : null;
  if (!date || !time) return null;
  const [, hourText = '', minute = '', second = '0', fraction = '0', meridiem, zoneText = ''] = time;
  const hour = toHour(Number(hourText), meridiem?.toLowerCase());
  if (hour === null) return null;
  const wall = {
    year: date.year,
    month: date.month,
    day: date.day,
    hour,
    minute: Number(minute),
    second: Number(second),
    millisecond: Math.floor(Number(`0.${fraction}`) * 1000),
  };
  const zone = resolveZone(zoneText.trim(), wall, fallbackZone);
  return zone ? DateTime.fromObject(wall, { zone }) : null;
}

function readDate(text: string): WallDate | null {
  for (const { pattern, order } of DATE_SHAPES) {
    const match = pattern.exec(text);
    if (!match) continue;
    const parts = { year: 0, month: 0, day: 0 };
    order.forEach((unit, index) => (parts[unit] = Number(match[index + 1])));
    return { ...parts, rest: match[4] ?? '' };
  }
  return null;
}

/** 12-hour clock when AM/PM is given (12 AM is midnight), else 24-hour. */
function toHour(hour: number, meridiem: string | undefined): number | null {
  if (meridiem === undefined) return hour <= 23 ? hour : null;
  if (hour < 1 || hour > 12) return null;
  return (hour % 12) + (meridiem === 'p' ? 12 : 0);
}

/**
 * The zone a timestamp's text names. The fallback zone wins when its own short name at that moment is the
 * one written (so "IST" means India in Asia/Kolkata and Irish summer time in Europe/Dublin); otherwise a known
 * abbreviation or an explicit offset is a fixed offset. An unknown name gives null rather than a guess.
 */
function resolveZone(text: string, wall: Record<string, number>, fallbackZone: string): Zone | null {
  if (text === '') return IANAZone.create(fallbackZone);
  const offset = OFFSET_SHAPE.exec(text);
  if (offset) {
    const [, sign, hours = '0', minutes = '0'] = offset;
    if (Number(hours) > 14 || Number(minutes) > 59) return null;
    return FixedOffsetZone.instance((sign === '+' ? 1 : -1) * (Number(hours) * 60 + Number(minutes)));
  }
  const name = text.replace(/^\((.*)\)$/, '$1').toUpperCase();
  const inFallback = DateTime.fromObject(wall, { zone: fallbackZone });
  if (NAME_LOCALES.some((locale) => inFallback.setLocale(locale).offsetNameShort?.toUpperCase() === name)) {
    return IANAZone.create(fallbackZone);
  }
  const minutes = ABBREVIATIONS[name];
  if (minutes !== undefined) return FixedOffsetZone.instance(minutes);
  return isValidZone(text) ? IANAZone.create(text) : null;
}

// luxon checks a zone name by building an Intl formatter every time; at 50,000 responses that check was
// a third of a dry run. A name's validity does not change while the process runs.
const validZones = new Map<string, boolean>();

function isValidZone(name: string): boolean {
  let valid = validZones.get(name);
  if (valid === undefined) {
    valid = IANAZone.isValidZone(name);
    if (validZones.size < 1000) validZones.set(name, valid);
  }
  return valid;
}

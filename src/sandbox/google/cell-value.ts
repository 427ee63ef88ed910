import { isValidDate, serialToWallClock, wallClockToSerial, type WallClock } from './serial-date.ts';

/** What a seed may hold in a cell: JSON scalars, read as a person typing them would be (USER_ENTERED). */
export type SeedCell = string | number | boolean | null;

/** The en_US number formats Sheets applies when it recognises a typed date or time. */
export type DatePattern =
  'M/d/yyyy' | 'M/d/yyyy H:mm:ss' | 'M/d/yyyy H:mm' | 'M/d/yyyy h:mm:ss am/pm' | 'yyyy-mm-dd' | 'H:mm:ss';

export interface EmptyCell {
  kind: 'empty';
}
export interface TextCell {
  kind: 'text';
  value: string;
}
export interface NumberCell {
  kind: 'number';
  value: number;
}
export interface BooleanCell {
  kind: 'boolean';
  value: boolean;
}
export interface DateTimeCell {
  kind: 'date-time';
  serial: number;
  pattern: DatePattern;
}
export type Cell = EmptyCell | TextCell | NumberCell | BooleanCell | DateTimeCell;

export interface CellParseError {
  kind: 'error';
  reason: string;
}

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;
const US_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([AaPp][Mm]))?)?$/;
const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const TIME = /^(\d{1,2}):(\d{2}):(\d{2})$/;

/** Reads one seed value the way Sheets reads typed input. Formulas are refused: nothing here evaluates them. */
export function parseCell(input: SeedCell): Cell | CellParseError {
  if (input === null || input === '') return { kind: 'empty' };
  if (typeof input === 'number') return { kind: 'number', value: input };
  if (typeof input === 'boolean') return { kind: 'boolean', value: input };
  // A leading apostrophe forces text and is not part of the value, exactly as in the Sheets UI.
  if (input.startsWith("'")) return { kind: 'text', value: input.slice(1) };
  if (input.startsWith('=') && input.length > 1) {
    return {
      kind: 'error',
      reason: 'formulas are not emulated; prefix the text with an apostrophe to keep it',
    };
  }
  const trimmed = input.trim();
  if (NUMBER.test(trimmed)) return { kind: 'number', value: Number(trimmed) };
  if (/^(true|false)$/i.test(trimmed)) return { kind: 'boolean', value: trimmed.toLowerCase() === 'true' };
  return parseDateTime(trimmed) ?? { kind: 'text', value: input };
}

function parseDateTime(text: string): DateTimeCell | null {
  const us = US_DATE.exec(text);
  if (us) {
    const [, month, day, year, hour, minute, second, meridiem] = us;
    const date = { year: Number(year), month: Number(month), day: Number(day) };
    if (hour === undefined) return dateCell({ ...date, hour: 0, minute: 0, second: 0 }, 'M/d/yyyy');
    let h = Number(hour);
    if (meridiem !== undefined) {
      if (h < 1 || h > 12) return null;
      h = (h % 12) + (meridiem.toLowerCase() === 'pm' ? 12 : 0);
    }
    const pattern: DatePattern =
      meridiem !== undefined
        ? 'M/d/yyyy h:mm:ss am/pm'
        : second === undefined
          ? 'M/d/yyyy H:mm'
          : 'M/d/yyyy H:mm:ss';
    return dateCell({ ...date, hour: h, minute: Number(minute), second: Number(second ?? 0) }, pattern);
  }
  const iso = ISO_DATE.exec(text);
  if (iso) {
    const [, year, month, day] = iso;
    return dateCell(
      { year: Number(year), month: Number(month), day: Number(day), hour: 0, minute: 0, second: 0 },
      'yyyy-mm-dd',
    );
  }
  const time = TIME.exec(text);
  if (time) {
    const [, hour, minute, second] = time;
    const clock = { hour: Number(hour), minute: Number(minute), second: Number(second) };
    if (!validTime(clock)) return null;
    // A bare time is a fraction of day zero.
    return {
      kind: 'date-time',
      serial: (clock.hour * 3600 + clock.minute * 60 + clock.second) / 86_400,
      pattern: 'H:mm:ss',
    };
  }
  return null;
}

function validTime(clock: Pick<WallClock, 'hour' | 'minute' | 'second'>): boolean {
  return clock.hour <= 23 && clock.minute <= 59 && clock.second <= 59;
}

function dateCell(clock: WallClock, pattern: DatePattern): DateTimeCell | null {
  if (!isValidDate(clock.year, clock.month, clock.day) || !validTime(clock)) return null;
  return { kind: 'date-time', serial: wallClockToSerial(clock), pattern };
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** Renders a date-time cell in its number format, as FORMATTED_VALUE and FORMATTED_STRING do for en_US. */
export function formatDateTime(cell: DateTimeCell): string {
  const c = serialToWallClock(cell.serial);
  const date = `${c.month}/${c.day}/${c.year}`;
  switch (cell.pattern) {
    case 'M/d/yyyy':
      return date;
    case 'M/d/yyyy H:mm:ss':
      return `${date} ${c.hour}:${pad(c.minute)}:${pad(c.second)}`;
    case 'M/d/yyyy H:mm':
      return `${date} ${c.hour}:${pad(c.minute)}`;
    case 'M/d/yyyy h:mm:ss am/pm':
      return `${date} ${((c.hour + 11) % 12) + 1}:${pad(c.minute)}:${pad(c.second)} ${c.hour < 12 ? 'AM' : 'PM'}`;
    case 'yyyy-mm-dd':
      return `${c.year}-${pad(c.month)}-${pad(c.day)}`;
    case 'H:mm:ss':
      return `${c.hour}:${pad(c.minute)}:${pad(c.second)}`;
  }
}

/**
 * Sheets' automatic number format shows a typed number without trailing zeros and with at most
 * ten significant digits; typed review data (ratings, counts) never reaches the limit.
 */
export function formatNumber(value: number): string {
  return String(Number(value.toPrecision(10)));
}

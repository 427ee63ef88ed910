/** Date arithmetic for date filters; Notion compares date-only values by calendar day. */

const DAY_MS = 86_400_000;

export function isDateOnly(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value);
}

export function toMillis(value: string): number {
  return Date.parse(isDateOnly(value) ? `${value}T00:00:00.000Z` : value);
}

export function dayOf(value: string): string {
  return isDateOnly(value) ? value : new Date(Date.parse(value)).toISOString().slice(0, 10);
}

function shiftDays(now: Date, days: number): string {
  return new Date(now.getTime() + days * DAY_MS).toISOString().slice(0, 10);
}

function shiftMonths(now: Date, months: number): string {
  const date = new Date(now.getTime());
  date.setUTCMonth(date.getUTCMonth() + months);
  return date.toISOString().slice(0, 10);
}

/** Resolves Notion's relative date keywords ("today", "one_week_ago", ...) against the emulator clock. */
export function resolveRelative(value: string, now: Date): string {
  switch (value) {
    case 'today':
      return shiftDays(now, 0);
    case 'tomorrow':
      return shiftDays(now, 1);
    case 'yesterday':
      return shiftDays(now, -1);
    case 'one_week_ago':
      return shiftDays(now, -7);
    case 'one_week_from_now':
      return shiftDays(now, 7);
    case 'one_month_ago':
      return shiftMonths(now, -1);
    case 'one_month_from_now':
      return shiftMonths(now, 1);
    default:
      return value;
  }
}

export type DateComparison = 'equals' | 'before' | 'after' | 'on_or_before' | 'on_or_after';

export function compareDate(actual: string, operator: DateComparison, expected: string): boolean {
  const byDay = isDateOnly(expected) || isDateOnly(actual);
  const a = byDay ? dayOf(actual) : toMillis(actual);
  const b = byDay ? dayOf(expected) : toMillis(expected);
  switch (operator) {
    case 'equals':
      return a === b;
    case 'before':
      return a < b;
    case 'after':
      return a > b;
    case 'on_or_before':
      return a <= b;
    case 'on_or_after':
      return a >= b;
  }
}

/** Window checks for past_week, next_month and friends; `this_week` runs Sunday to Saturday. */
export function inWindow(actual: string, window: string, now: Date): boolean | undefined {
  const t = toMillis(actual);
  const n = now.getTime();
  const spans: Record<string, [number, number]> = {
    past_week: [n - 7 * DAY_MS, n],
    past_month: [toMillis(shiftMonths(now, -1)), n],
    past_year: [toMillis(shiftMonths(now, -12)), n],
    next_week: [n, n + 7 * DAY_MS],
    next_month: [n, toMillis(shiftMonths(now, 1)) + DAY_MS],
    next_year: [n, toMillis(shiftMonths(now, 12)) + DAY_MS],
  };
  if (window === 'this_week') {
    const start = toMillis(shiftDays(now, -now.getUTCDay()));
    return t >= start && t < start + 7 * DAY_MS;
  }
  const span = spans[window];
  return span ? t >= span[0] && t <= span[1] : undefined;
}

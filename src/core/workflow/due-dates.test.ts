import { describe, expect, it } from 'vitest';
import { makeConfig } from '../../../test/support/config-builders.ts';
import { cycleHasOpened, dueDateFor, isOverdue } from './due-dates.ts';
import { makeReview } from '../../../test/support/review-builders.ts';

const config = makeConfig();
const cycle = config.cycles[0]!;
const at = (iso: string): Date => new Date(iso);

describe('dueDateFor', () => {
  it.each([
    ['cycle date when the page has no override', {}, 'selfAssessment', '2026-10-15'],
    ['page override over the cycle date', { selfAssessment: '2026-10-20' }, 'selfAssessment', '2026-10-20'],
    ['override only for its own stage', { selfAssessment: '2026-10-20' }, 'feedback', '2026-10-31'],
    ['empty override is ignored', { feedback: '' }, 'feedback', '2026-10-31'],
    [
      'instant override read as the Berlin day',
      { feedback: '2026-11-02T23:30:00Z' },
      'feedback',
      '2026-11-03',
    ],
    ['no due date before the cycle starts', {}, 'notStarted', null],
    ['no due date once completed', {}, 'completed', null],
  ] as const)('%s', (_name, dueOverrides, stage, expected) => {
    expect(dueDateFor(makeReview({ dueOverrides }), cycle, stage, config)).toEqual(expected);
  });

  it('returns null when neither the page nor the cycle sets a date', () => {
    const bare = { ...cycle, due: {} };
    expect(dueDateFor(makeReview(), bare, 'calibration', config)).toBeNull();
  });

  it('rejects an override that is not a date', () => {
    const review = makeReview({ dueOverrides: { feedback: 'next Friday' } });
    expect(() => dueDateFor(review, cycle, 'feedback', config)).toThrow(RangeError);
  });
});

describe('isOverdue', () => {
  it.each([
    // Due date of "today": on time all day long, late from the next local midnight.
    ['Berlin, due day 00:00 local', '2026-10-15', 'Europe/Berlin', '2026-10-14T22:00:00Z', 0, false],
    [
      'Berlin, due day 23:59:59.999 local',
      '2026-10-15',
      'Europe/Berlin',
      '2026-10-15T21:59:59.999Z',
      0,
      false,
    ],
    ['Berlin, next day 00:00 local', '2026-10-15', 'Europe/Berlin', '2026-10-15T22:00:00.000Z', 0, true],
    ['UTC is still the due day, Tokyo is not', '2026-10-15', 'Asia/Tokyo', '2026-10-15T15:00:00Z', 0, true],
    ['Tokyo one ms before midnight', '2026-10-15', 'Asia/Tokyo', '2026-10-15T14:59:59.999Z', 0, false],
    [
      'New York: UTC day is over, local day is not',
      '2026-10-15',
      'America/New_York',
      '2026-10-16T03:59:59Z',
      0,
      false,
    ],
    ['New York next local midnight', '2026-10-15', 'America/New_York', '2026-10-16T04:00:00Z', 0, true],
    // DST: Berlin springs forward on 2026-03-29 (23-hour day) and falls back on 2026-10-25 (25-hour day).
    ['Berlin spring day, last ms', '2026-03-29', 'Europe/Berlin', '2026-03-29T21:59:59.999Z', 0, false],
    [
      'Berlin spring day, next midnight (+02:00)',
      '2026-03-29',
      'Europe/Berlin',
      '2026-03-29T22:00:00Z',
      0,
      true,
    ],
    [
      'Berlin autumn day, 23:30 local (+01:00)',
      '2026-10-25',
      'Europe/Berlin',
      '2026-10-25T22:30:00Z',
      0,
      false,
    ],
    [
      'Berlin autumn day, next midnight (+01:00)',
      '2026-10-25',
      'Europe/Berlin',
      '2026-10-25T23:00:00Z',
      0,
      true,
    ],
    [
      'Berlin day before the autumn change ends at +02:00',
      '2026-10-24',
      'Europe/Berlin',
      '2026-10-24T22:00:00Z',
      0,
      true,
    ],
    // New York springs forward on 2026-03-08 and falls back on 2026-11-01.
    [
      'New York spring day, last ms (-04:00)',
      '2026-03-08',
      'America/New_York',
      '2026-03-09T03:59:59.999Z',
      0,
      false,
    ],
    ['New York spring day, next midnight', '2026-03-08', 'America/New_York', '2026-03-09T04:00:00Z', 0, true],
    [
      'New York autumn day, last ms (-05:00)',
      '2026-11-01',
      'America/New_York',
      '2026-11-02T04:59:59.999Z',
      0,
      false,
    ],
    ['New York autumn day, next midnight', '2026-11-01', 'America/New_York', '2026-11-02T05:00:00Z', 0, true],
    // Grace days push the end out by whole local days, across a DST change too.
    [
      'one grace day: the day after is still fine',
      '2026-10-24',
      'Europe/Berlin',
      '2026-10-25T22:59:59Z',
      1,
      false,
    ],
    ['one grace day: late after it', '2026-10-24', 'Europe/Berlin', '2026-10-25T23:00:00Z', 1, true],
    ['two grace days over spring DST', '2026-03-07', 'America/New_York', '2026-03-10T03:59:59Z', 2, false],
    [
      'two grace days over spring DST, late',
      '2026-03-07',
      'America/New_York',
      '2026-03-10T04:00:00Z',
      2,
      true,
    ],
  ] as const)('%s', (_name, due, zone, now, grace, expected) => {
    expect(isOverdue(due, zone, at(now), grace)).toEqual(expected);
  });
});

describe('cycleHasOpened', () => {
  it.each([
    [
      'Berlin, one ms before local midnight',
      'Europe/Berlin',
      '2026-10-01',
      '2026-09-30T21:59:59.999Z',
      false,
    ],
    ['Berlin, local midnight', 'Europe/Berlin', '2026-10-01', '2026-09-30T22:00:00Z', true],
    ['UTC midnight', 'UTC', '2026-10-01', '2026-10-01T00:00:00Z', true],
    ['UTC one ms early', 'UTC', '2026-10-01', '2026-09-30T23:59:59.999Z', false],
    ['Berlin opening on the spring DST day', 'Europe/Berlin', '2026-03-29', '2026-03-28T23:00:00Z', true],
    ['Berlin spring DST day, one ms early', 'Europe/Berlin', '2026-03-29', '2026-03-28T22:59:59.999Z', false],
    [
      'New York opening on the autumn DST day',
      'America/New_York',
      '2026-11-01',
      '2026-11-01T04:00:00Z',
      true,
    ],
    [
      'New York autumn DST day, one ms early',
      'America/New_York',
      '2026-11-01',
      '2026-11-01T03:59:59.999Z',
      false,
    ],
  ] as const)('%s', (_name, zone, opens, now, expected) => {
    expect(cycleHasOpened({ ...cycle, opens }, zone, at(now))).toEqual(expected);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Goal, GoalStatus } from '../domain.ts';
import { elapsedShare, goalStatus, type GoalStatusContext } from './status.ts';

type GoalNumbers = Pick<Goal, 'baseline' | 'target' | 'current' | 'start' | 'due'>;

// A ten-day goal in UTC, 0 → 100: at 2026-01-06T00:00Z half its time has passed.
const tenDays = (current: number | null, overrides: Partial<GoalNumbers> = {}): GoalNumbers => ({
  baseline: 0,
  target: 100,
  current,
  start: '2026-01-01',
  due: '2026-01-10',
  ...overrides,
});
const ctx = (now: string, overrides: Partial<GoalStatusContext> = {}): GoalStatusContext => ({
  now: new Date(now),
  timeZone: 'UTC',
  tolerance: 0.1,
  cycleOpens: null,
  ...overrides,
});
const HALF = '2026-01-06T00:00:00Z';

describe('goalStatus at half time, tolerance 0.1', () => {
  it.each([
    ['ahead of time', 60, 'On track'],
    ['level with time', 50, 'On track'],
    ['one tolerance behind (boundary)', 40, 'On track'],
    ['just over one tolerance behind', 39, 'At risk'],
    ['two tolerances behind (boundary)', 30, 'At risk'],
    ['more than two tolerances behind', 29, 'Off track'],
    ['no progress', 0, 'Off track'],
    ['target reached early', 100, 'Achieved'],
  ] as const)('%s → %s', (_name, current, expected) => {
    expect(goalStatus(tenDays(current), ctx(HALF))).toEqual(expected);
  });
});

describe('goalStatus around the dates', () => {
  it.each<[string, GoalNumbers, GoalStatusContext, GoalStatus | null]>([
    ['before the start nothing is expected yet', tenDays(0), ctx('2025-12-30T00:00:00Z'), 'On track'],
    ['last ms of the due day is still in time', tenDays(95), ctx('2026-01-10T23:59:59.999Z'), 'On track'],
    ['after the due day, not achieved', tenDays(99), ctx('2026-01-11T00:00:00Z'), 'Off track'],
    ['after the due day, achieved', tenDays(100), ctx('2026-02-01T00:00:00Z'), 'Achieved'],
    [
      'lower is better: 400 → 250 at 325 ms, half time',
      tenDays(325, { baseline: 400, target: 250 }),
      ctx(HALF),
      'On track',
    ],
    ['lower is better: got worse', tenDays(420, { baseline: 400, target: 250 }), ctx(HALF), 'Off track'],
    [
      'start falls back to the cycle opening',
      tenDays(10, { start: null }),
      ctx(HALF, { cycleOpens: '2026-01-01' }),
      'Off track',
    ],
    [
      'late cycle opening means less time has passed',
      tenDays(10, { start: null }),
      ctx(HALF, { cycleOpens: '2026-01-05' }),
      'On track',
    ],
    ['no start at all', tenDays(10, { start: null }), ctx(HALF), null],
    ['no due date', tenDays(50, { due: null }), ctx(HALF), null],
    ['no current value', tenDays(null), ctx(HALF), null],
    ['no due date but achieved is still unknown', tenDays(100, { due: null }), ctx(HALF), null],
    // Berlin: the due day 2026-03-29 is the 23-hour DST day; 23:30 local is 21:30Z and still in time.
    [
      'Berlin DST due day, 23:30 local',
      tenDays(99, { start: '2026-03-20', due: '2026-03-29' }),
      ctx('2026-03-29T21:30:00Z', { timeZone: 'Europe/Berlin' }),
      'On track',
    ],
    [
      'Berlin DST due day, next midnight',
      tenDays(99, { start: '2026-03-20', due: '2026-03-29' }),
      ctx('2026-03-29T22:00:00Z', { timeZone: 'Europe/Berlin' }),
      'Off track',
    ],
    [
      'New York: UTC is past the due day, local is not',
      tenDays(99),
      ctx('2026-01-11T04:59:59Z', { timeZone: 'America/New_York' }),
      'On track',
    ],
  ])('%s', (_name, goal, context, expected) => {
    expect(goalStatus(goal, context)).toEqual(expected);
  });

  it('never moves to a better status as time passes with the same progress', () => {
    const rank: Record<GoalStatus, number> = { Achieved: 3, 'On track': 2, 'At risk': 1, 'Off track': 0 };
    const when = fc.date({
      min: new Date('2025-12-25T00:00:00Z'),
      max: new Date('2026-01-15T00:00:00Z'),
      noInvalidDate: true,
    });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100 }), when, when, (current, a, b) => {
        const [early, late] = a <= b ? [a, b] : [b, a];
        const before = goalStatus(tenDays(current), { ...ctx(HALF), now: early });
        const after = goalStatus(tenDays(current), { ...ctx(HALF), now: late });
        expect(rank[after!]).toBeLessThanOrEqual(rank[before!]);
      }),
    );
  });
});

describe('elapsedShare', () => {
  it.each([
    ['before the start', '2026-01-01', '2026-01-10', 'UTC', '2025-12-31T12:00:00Z', 0],
    ['at the start', '2026-01-01', '2026-01-10', 'UTC', '2026-01-01T00:00:00Z', 0],
    ['halfway', '2026-01-01', '2026-01-10', 'UTC', '2026-01-06T00:00:00Z', 0.5],
    ['after the end', '2026-01-01', '2026-01-10', 'UTC', '2026-02-01T00:00:00Z', 1],
    [
      'one 23-hour Berlin day, 12.5 h in',
      '2026-03-29',
      '2026-03-29',
      'Europe/Berlin',
      '2026-03-29T11:30:00Z',
      12.5 / 23,
    ],
    [
      'one 25-hour New York day, 12.5 h in',
      '2026-11-01',
      '2026-11-01',
      'America/New_York',
      '2026-11-01T16:30:00Z',
      12.5 / 25,
    ],
    ['due before start: nothing until the end', '2026-01-10', '2026-01-01', 'UTC', '2026-01-01T12:00:00Z', 0],
  ])('%s', (_name, start, due, zone, now, expected) => {
    expect(elapsedShare(start, due, zone, new Date(now))).toBeCloseTo(expected, 12);
  });
});

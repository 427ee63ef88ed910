import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { makeConfig } from '../../../test/support/config-builders.ts';
import type { CycleConfig } from '../config-schema.ts';
import { cycleWindow, isInWindow } from './cycle-window.ts';
import { validateResponses } from './validate-responses.ts';
import { makeReview } from '../../../test/support/review-builders.ts';
import { makeRaw } from '../../../test/support/response-builders.ts';

const zone = 'Europe/Berlin';
/** An instant as a source hands it over; text without an offset is Berlin wall time. */
const instant = (at: string) => {
  const parsed = DateTime.fromISO(at, { zone });
  if (!parsed.isValid) throw new Error(`bad test timestamp ${at}`);
  return parsed.toMillis();
};
const inWindow = (cycle: CycleConfig, at: string, now = '2026-11-01T12:00:00Z') =>
  isInWindow(instant(at), cycleWindow(cycle, zone, new Date(now)));

describe('cycle window in Europe/Berlin', () => {
  const h2: CycleConfig = { name: '2026-H2', opens: '2026-10-01', closes: '2026-12-31', due: {} };

  it.each([
    ['2026-09-30T21:59:59.999Z', false], // 23:59:59 CEST on the day before opens
    ['2026-09-30T22:00:00.000Z', true], // midnight CEST: the first moment of opens
    ['2026-10-01T00:00:00', true], // no offset: read as Berlin wall time
    ['2026-09-30T23:59:59', false],
    ['2026-10-01T00:00:00+02:00', true],
    ['2026-12-31T22:59:59.999Z', true], // 23:59:59 CET on closes
    ['2026-12-31T23:00:00.000Z', false], // midnight CET: the day after closes
    ['2026-12-31T23:59:59', true],
  ])('%s is inside: %s', (at, expected) => {
    expect(inWindow(h2, at)).toBe(expected);
  });

  // Clocks go back from 03:00 CEST to 02:00 CET on 2026-10-25, so that day lasts 25 hours.
  const dstClose: CycleConfig = { name: 'dst', opens: '2026-10-25', closes: '2026-10-25', due: {} };
  it.each([
    ['2026-10-24T21:59:59Z', false], // 23:59:59 CEST on the 24th
    ['2026-10-24T22:00:00Z', true], // 00:00 CEST on the 25th
    ['2026-10-25T00:30:00Z', true], // 02:30 CEST, first pass
    ['2026-10-25T01:30:00Z', true], // 02:30 CET, second pass
    ['2026-10-25T22:59:59Z', true], // 23:59:59 CET
    ['2026-10-25T23:00:00Z', false], // 00:00 CET on the 26th
  ])('on the DST day %s is inside: %s', (at, expected) => {
    expect(inWindow(dstClose, at)).toBe(expected);
  });

  it.each([
    ['2026-10-25T22:59:59Z', true],
    ['2026-10-25T23:00:00Z', false],
  ])('without closes the window ends with the day of now: %s is inside: %s', (at, expected) => {
    const open: CycleConfig = { name: 'open', opens: '2026-10-01', due: {} };
    expect(inWindow(open, at, '2026-10-25T08:00:00Z')).toBe(expected);
  });
});

describe('validateResponses: timestamps', () => {
  const config = makeConfig();
  const ctx = { reviews: [makeReview({ stage: 'feedback' })], config, now: new Date('2026-11-01T12:00:00Z') };

  it.each([
    [null, 'missing-timestamp'],
    [Number.NaN, 'missing-timestamp'],
    [instant('2026-09-30T21:59:59Z'), 'outside-cycle-window'],
    [instant('2027-01-01T00:00:00+01:00'), 'outside-cycle-window'],
  ])('rejects %j as %s', (submittedAt, reason) => {
    expect(validateResponses([makeRaw({ submittedAt })], ctx).rejected.map((r) => r.reason)).toEqual([
      reason,
    ]);
  });

  it('explains a response outside the window', () => {
    expect(
      validateResponses([makeRaw({ submittedAt: instant('2026-09-30T21:59:59Z') })], ctx).rejected[0]
        ?.message,
    ).toBe('response about "Ada Lovelace" was submitted outside the window of cycle 2026-H2');
  });

  it('keeps the accepted instant as the source gave it', () => {
    const [valid] = validateResponses([makeRaw({ submittedAt: instant('2026-10-01T00:00:00') })], ctx).valid;
    expect(valid?.submittedAt).toBe(Date.parse('2026-09-30T22:00:00.000Z'));
  });
});

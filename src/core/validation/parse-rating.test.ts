import { describe, expect, it } from 'vitest';
import { makeConfig } from '../../../test/support/config-builders.ts';
import { parseRating, ratingValue, type RatingFailure } from './parse-rating.ts';

const scale = makeConfig().scale;

describe('parseRating', () => {
  it.each([
    [4, 4],
    [1, 1],
    [5, 5],
    ['4', 4],
    [' 4 ', 4],
    ['+3', 3],
    ['4.0', 4],
    ['4 - Strong', 4],
    ['4 – Strong', 4],
    ['4—Strong', 4],
    ['2: Developing', 2],
    ['5) Outstanding', 5],
    ['3 (Meets)', 3],
    [null, null],
    [undefined, null],
    ['', null],
    ['   ', null],
    ['N/A', null],
    ['n/a', null],
    [' not APPLICABLE ', null],
    ['na', null],
  ])('reads %j as %j', (raw, expected) => {
    expect(parseRating('CQ', raw, scale)).toEqual({ value: expected });
  });

  it.each([
    [0, 'rating-off-scale'],
    [6, 'rating-off-scale'],
    [3.5, 'rating-off-scale'],
    ['3.5', 'rating-off-scale'],
    ['-1', 'rating-off-scale'],
    ['7 - Amazing', 'rating-off-scale'],
    [Number.NaN, 'rating-not-a-number'],
    [Number.POSITIVE_INFINITY, 'rating-not-a-number'],
    ['Strong', 'rating-not-a-number'],
    ['four', 'rating-not-a-number'],
    ['3,5', 'rating-not-a-number'],
    ['4 Strong', 'rating-not-a-number'],
    ['4.Strong', 'rating-not-a-number'],
    ['=4', 'rating-not-a-number'],
    ['4 -', 'rating-not-a-number'],
  ])('rejects %j as %s', (raw, reason) => {
    const result = parseRating('CQ', raw, scale);
    expect(result).toMatchObject({ reason });
    expect('message' in result && result.message).toContain('CQ');
  });

  it('names the code and the value in the message', () => {
    expect(parseRating('SD', 'great', scale)).toEqual({
      reason: 'rating-not-a-number',
      message: 'rating for SD is "great", which is not a number on the 1–5 scale or N/A',
    });
  });

  it('uses the configured N/A values and scale', () => {
    const custom = makeConfig({ scale: { min: 0, max: 10, naValues: ['Skip'] } }).scale;
    expect(parseRating('CQ', 'skip', custom)).toEqual({ value: null });
    expect(parseRating('CQ', '0', custom)).toEqual({ value: 0 });
    expect(parseRating('CQ', 'N/A', custom)).toMatchObject({ reason: 'rating-not-a-number' });
  });

  it('reads a text again the same way, and names each code in its own failure', () => {
    expect([ratingValue('CQ', '4 - Strong', scale), ratingValue('SD', '4 - Strong', scale)]).toEqual([4, 4]);
    expect([ratingValue('CQ', ' N/A', scale), ratingValue('SD', ' N/A', scale)]).toEqual([null, null]);
    const failures = [ratingValue('CQ', 'great', scale), ratingValue('SD', 'great', scale)];
    expect(failures.map((failure) => (failure as RatingFailure).message.slice(0, 13))).toEqual([
      'rating for CQ',
      'rating for SD',
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { roundTo, round2 } from '../numbers/round.ts';
import { mean, weightedMean } from './numbers.ts';

describe('numbers', () => {
  it.each([
    [[], null],
    [[4], 4],
    [[1, 2], 1.5],
    [[5, 4, 3], 4],
  ])('mean of %j is %j', (values, expected) => {
    expect(mean(values)).toEqual(expected);
  });

  it.each([
    [[], null],
    [[{ value: 4, weight: 0 }], null],
    [[{ value: 4, weight: 0.2 }], 4],
    [
      [
        { value: 2, weight: 1 },
        { value: 4, weight: 3 },
      ],
      3.5,
    ],
    [
      [
        { value: 2, weight: 0 },
        { value: 4, weight: 3 },
      ],
      4,
    ],
  ])('weighted mean of %j is %j', (entries, expected) => {
    expect(weightedMean(entries)).toEqual(expected);
  });

  it.each([
    [1.005, 1.01],
    [0.625, 0.63],
    [-0.625, -0.63],
    [-0.001, 0],
    [3.428571, 3.43],
    [2.675, 2.68],
    [2.9 / 0.8, 3.63],
    [4, 4],
  ])('round2(%d) is %d', (value, expected) => {
    expect(round2(value)).toBe(expected);
  });

  it('rounds coverage to four decimals', () => {
    expect(roundTo(2 / 3, 4)).toBe(0.6667);
  });
});

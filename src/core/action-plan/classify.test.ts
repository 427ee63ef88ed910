import { describe, expect, it } from 'vitest';
import { classifyScore, type CodeClass } from './classify.ts';

const thresholds = { growthBelow: 3, strengthAtLeast: 4.2 };

describe('classifyScore', () => {
  it.each<[number | null, CodeClass]>([
    [null, 'unscored'],
    [Number.NaN, 'unscored'],
    [1, 'growth'],
    [2.999, 'growth'],
    [3, 'neutral'], // exactly growthBelow is not a growth area
    [4.199, 'neutral'],
    [4.2, 'strength'], // exactly strengthAtLeast is a strength
    [5, 'strength'],
  ])('score %s is %s', (score, expected) => {
    expect(classifyScore(score, thresholds)).toEqual(expected);
  });

  it('lets growth win when a config makes the bounds overlap', () => {
    expect(classifyScore(3.5, { growthBelow: 4, strengthAtLeast: 3 })).toEqual('growth');
  });
});

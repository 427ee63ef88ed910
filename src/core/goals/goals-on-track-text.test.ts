import { describe, expect, it } from 'vitest';
import type { GoalStatus } from '../domain.ts';
import { goalsOnTrackText } from './status.ts';

describe('goalsOnTrackText', () => {
  it.each<[(GoalStatus | null)[], string]>([
    [[], 'No goals'],
    [['On track', 'At risk', 'Achieved'], '2 of 3 on track'],
    [['Off track', 'At risk'], '0 of 2 on track'],
    [['Achieved'], '1 of 1 on track'],
    [['On track', null, 'Off track'], '1 of 3 on track (1 without data)'],
    [[null, null], '0 of 2 on track (2 without data)'],
  ])('%j → %s', (statuses, expected) => {
    expect(goalsOnTrackText(statuses)).toEqual(expected);
  });
});

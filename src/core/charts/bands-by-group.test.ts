import { describe, expect, it } from 'vitest';
import { bandsByGroup, type GroupedBand } from './bands-by-group.ts';

// The overview's band distribution per team or manager never shows a group below the minimum of reviews.

const reviews = (group: string, ...bands: string[]): GroupedBand[] => bands.map((band) => ({ group, band }));
const BANDS = ['Exceeds', 'Meets'];

function chart(list: GroupedBand[], minReviews = 3) {
  return bandsByGroup({ reviews: list, bands: BANDS, groupBy: 'team', minReviews, form: 'mermaid' });
}

describe('bandsByGroup', () => {
  it.each<[string, GroupedBand[], [string, number[]][] | null]>([
    [
      'every group at the minimum is a series, by name',
      [...reviews('Payments', 'Exceeds', 'Meets', 'Meets'), ...reviews('Core', 'Meets', 'Meets', 'Meets')],
      [
        ['Core', [0, 3]],
        ['Payments', [1, 2]],
      ],
    ],
    [
      'small groups are merged into "Other teams"',
      [
        ...reviews('Payments', 'Exceeds', 'Meets', 'Meets'),
        ...reviews('Core', 'Meets', 'Meets', 'Meets'),
        ...reviews('Infra', 'Exceeds', 'Exceeds'),
        ...reviews('Data', 'Meets'),
      ],
      [
        ['Core', [0, 3]],
        ['Payments', [1, 2]],
        ['Other teams', [2, 1]],
      ],
    ],
    [
      'a merge still below the minimum takes in the smallest group that qualifies',
      [
        ...reviews('Payments', 'Exceeds', 'Meets', 'Meets', 'Meets'),
        ...reviews('Core', 'Meets', 'Meets', 'Meets'),
        ...reviews('Infra', 'Exceeds'),
      ],
      [
        ['Payments', [1, 3]],
        ['Other teams', [1, 3]],
      ],
    ],
    [
      'no chart when one series is left: the pie already shows it',
      [...reviews('Payments', 'Exceeds', 'Meets', 'Meets'), ...reviews('Infra', 'Exceeds')],
      null,
    ],
    [
      'no chart when every group is below the minimum',
      [...reviews('A', 'Meets'), ...reviews('B', 'Meets')],
      null,
    ],
  ])('%s', (_label, list, expected) => {
    const result = chart(list);
    expect(result === null ? null : result.groups.map((g) => [g.name, g.counts])).toEqual(expected);
    for (const group of result?.groups ?? []) expect(group.reviews).toBeGreaterThanOrEqual(3);
  });

  it('counts the groups merged, for the line beside the chart', () => {
    const result = chart([
      ...reviews('Payments', 'Exceeds', 'Meets', 'Meets'),
      ...reviews('Core', 'Meets', 'Meets', 'Meets'),
      ...reviews('Infra', 'Exceeds', 'Exceeds'),
      ...reviews('Data', 'Meets'),
    ]);
    expect(result?.merged).toBe(2);
  });
});

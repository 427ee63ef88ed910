import { describe, expect, it } from 'vitest';
import { makeConfig } from '../../../test/support/config-builders.ts';
import { makeReview } from '../../../test/support/review-builders.ts';
import type { Person } from '../domain.ts';
import { perspectiveCoverage } from './perspectives.ts';

const person = (name: string): Person => ({ id: `u-${name}`, name, email: `${name}@example.com` });
const [qa, fe, pm, lead] = ['quinn', 'fran', 'pat', 'lee'].map(person) as [Person, Person, Person, Person];

const config = makeConfig({
  raters: {
    nominations: 'track',
    perspectives: {
      people: {
        'quinn@example.com': 'qa',
        'fran@example.com': 'frontend',
        'pat@example.com': 'product',
        'lee@example.com': 'project-lead',
      },
    },
  },
});

describe('perspective coverage across the cycle', () => {
  it('counts reviews per perspective from approved nominations only', () => {
    const reviews = [
      makeReview({ pageId: 'a', nominations: { peers: [qa, fe, pm], approved: true } }),
      makeReview({ pageId: 'b', nominations: { peers: [qa, lead], approved: true } }),
      makeReview({ pageId: 'c', nominations: { peers: [fe], approved: false } }),
      makeReview({ pageId: 'd' }),
    ];
    expect(perspectiveCoverage(reviews, config)).toEqual({
      reviews: 3,
      approved: 2,
      complete: 1,
      perspectives: [
        { perspective: 'QA', reviews: 2 },
        { perspective: 'frontend', reviews: 1 },
        { perspective: 'product', reviews: 1 },
        { perspective: 'project lead', reviews: 1 },
        { perspective: 'backend peer', reviews: 0 },
      ],
    });
  });

  it.each([
    ['nominations off', makeConfig(), [makeReview({ nominations: { peers: [qa], approved: true } })]],
    ['no review carries nominations', config, [makeReview()]],
  ])('is absent with %s', (_label, using, reviews) => {
    expect(perspectiveCoverage(reviews, using)).toBeNull();
  });
});

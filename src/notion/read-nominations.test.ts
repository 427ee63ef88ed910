import { describe, expect, it } from 'vitest';
import { makeConfig } from '../../test/support/config-builders.ts';
import {
  IDS,
  N,
  filterPropertiesOf,
  reviewPage,
  useAdapterHarness,
} from '../../test/support/notion-sandbox.ts';
import { readReviews } from './read-reviews.ts';

// The Peers and Peers approved properties are read only while raters.nominations is on; with it off
// the query asks for exactly what it asked for before nominations existed, and no review carries them.

const harness = useAdapterHarness();

const NOMINATION_PROPERTIES = {
  Peers: { type: 'people', people: {} },
  'Peers approved': { type: 'checkbox', checkbox: {} },
};
const grace = { id: N(501), type: 'person', name: 'Grace Hopper', person: { email: 'grace@example.com' } };

const configWith = (nominations: 'off' | 'track' | 'required') =>
  makeConfig({ notion: { reviews: { database: IDS.reviewsDb } }, raters: { nominations } });

function install() {
  return harness.install({
    extraUsers: [grace],
    extraReviewProperties: NOMINATION_PROPERTIES,
    reviews: [
      reviewPage(1, {
        Peers: { people: [{ id: IDS.linus }, { id: grace.id }] },
        'Peers approved': { checkbox: true },
      }),
      reviewPage(2, { Reviewee: { people: [{ id: IDS.linus }] } }),
    ],
  });
}

describe('readReviews: nominations', () => {
  it('reads the nominated peers, with their emails, and the approval when nominations are on', async () => {
    const { gw, sandbox } = install();
    const read = await readReviews(gw, configWith('track'), IDS.reviewsDs, { cycles: ['2026-H2'] });
    expect(read.reviews.map((r) => r.nominations)).toEqual([
      {
        peers: [
          { id: IDS.linus, name: 'Linus Torvalds', email: 'linus@example.com' },
          { id: grace.id, name: 'Grace Hopper', email: 'grace@example.com' },
        ],
        approved: true,
      },
      { peers: [], approved: false },
    ]);
    const query = sandbox.requests.entries().find((e) => e.path.includes('/query'));
    expect(filterPropertiesOf(query ?? { path: '' })).toEqual(
      expect.arrayContaining(['Peers', 'Peers approved']),
    );
  });

  it('neither asks for nor reads them with nominations off', async () => {
    const { gw, sandbox } = install();
    const read = await readReviews(gw, configWith('off'), IDS.reviewsDs, { cycles: ['2026-H2'] });
    expect(read.reviews.map((r) => 'nominations' in r)).toEqual([false, false]);
    const query = sandbox.requests.entries().find((e) => e.path.includes('/query'));
    expect(filterPropertiesOf(query ?? { path: '' })).not.toContain('Peers');
    expect(filterPropertiesOf(query ?? { path: '' })).not.toContain('Peers approved');
  });
});

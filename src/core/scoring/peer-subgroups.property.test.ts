import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeConfig } from '../../../test/support/config-builders.ts';
import type { Config } from '../config-schema.ts';
import type { PeerSubgroup } from './types.ts';
import type { ValidResponse } from '../validation/types.ts';
import { round2OrNull } from '../numbers/round.ts';
import { mean } from './numbers.ts';
import { groupByRelationship, OTHER_PEERS, peerSubgroups } from './peer-subgroups.ts';
import { makeValidResponse } from '../../../test/support/response-builders.ts';

// The subgroups as they were worked out before peers were grouped once per review: one code's ratings
// as a list, grouped and sorted for that code. Kept so the grouped version is held to it exactly.
const LABELS = new Intl.Collator('en');

function referenceSubgroups(peers: readonly ValidResponse[], code: string, raters: Config['raters']) {
  const groups: { label: string; values: number[] }[] = [];
  for (const response of peers) {
    const value = response.ratings[code];
    if (typeof value !== 'number') continue;
    const group = groups.find((g) => g.label === response.relationship);
    if (group) group.values.push(value);
    else groups.push({ label: response.relationship, values: [value] });
  }
  groups.sort((a, b) => LABELS.compare(a.label, b.label));
  const min = raters.minPeerResponses;
  const shown: typeof groups = [];
  const leftOver: number[] = [];
  for (const group of groups) {
    if (group.values.length >= min) shown.push(group);
    else leftOver.push(...group.values);
  }
  while (leftOver.length > 0 && leftOver.length < min && shown.length > 0) {
    const smallest = [...shown].sort(
      (a, b) => a.values.length - b.values.length || LABELS.compare(b.label, a.label),
    )[0];
    if (!smallest) break;
    shown.splice(shown.indexOf(smallest), 1);
    leftOver.push(...smallest.values);
  }
  const subgroups: PeerSubgroup[] = shown.map(({ label, values }) => ({
    label,
    mean: round2OrNull(mean(values)),
    n: values.length,
  }));
  if (raters.smallPeerGroups === 'merge' && leftOver.length >= min) {
    subgroups.push({ label: OTHER_PEERS, mean: round2OrNull(mean(leftOver)), n: leftOver.length });
  }
  return subgroups;
}

// Labels the collator cannot tell apart ("é" composed and decomposed) alongside ordinary ones.
const label = fc.constantFrom('Backend peer', 'QA engineer', 'Frontend developer', 'caf\u00e9', 'cafe\u0301');
const rating = fc.option(
  fc.oneof(fc.integer({ min: 1, max: 5 }), fc.constantFrom(2.9999999999999996, 1e-16)),
  {
    nil: null,
  },
);
const peers = fc
  .array(fc.record({ relationship: label, CQ: rating, SD: rating }), { maxLength: 40 })
  .map((rows) =>
    rows.map(({ relationship, CQ, SD }, i) =>
      makeValidResponse({ ref: `row ${i}`, relationship, ratings: { CQ, SD, COL: null } }),
    ),
  );
const raters = fc
  .tuple(fc.integer({ min: 1, max: 6 }), fc.constantFrom('merge' as const, 'omit' as const))
  .map(([minPeerResponses, smallPeerGroups]) => ({
    ...makeConfig().raters,
    minPeerResponses,
    smallPeerGroups,
  }));

describe('peerSubgroups over peers grouped once per review', () => {
  it('gives, code by code, exactly what grouping each code on its own gave', () => {
    fc.assert(
      fc.property(peers, raters, (rows, config) => {
        const grouped = groupByRelationship(rows);
        for (const code of ['CQ', 'SD', 'COL']) {
          expect(peerSubgroups(grouped, code, config)).toEqual(referenceSubgroups(rows, code, config));
        }
      }),
      { numRuns: 3_000 },
    );
  });
});

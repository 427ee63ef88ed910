import { describe, expect, it } from 'vitest';
import { makeConfig } from '../../../test/support/config-builders.ts';
import { groupByRelationship, peerSubgroups } from './peer-subgroups.ts';
import { makeValidResponse } from '../../../test/support/response-builders.ts';

const merge = makeConfig().raters;
const omit = { ...merge, smallPeerGroups: 'omit' as const };
const ratings = (label: string, ...values: number[]) =>
  values.map((value) => makeValidResponse({ relationship: label, ratings: { CQ: value } }));
const BE = 'Backend peer';
const QA = 'QA engineer';
const FE = 'Frontend developer';

describe('peerSubgroups (threshold 3)', () => {
  it.each([
    ['no ratings', merge, [], []],
    [
      'two big groups',
      merge,
      [...ratings(BE, 4, 4, 5), ...ratings(QA, 3, 3, 3)],
      [
        { label: BE, mean: 4.33, n: 3 },
        { label: QA, mean: 3, n: 3 },
      ],
    ],
    [
      'small groups merged into Other peers',
      merge,
      [...ratings(BE, 4, 4, 4), ...ratings(QA, 2), ...ratings(FE, 3, 4)],
      [
        { label: BE, mean: 4, n: 3 },
        { label: 'Other peers', mean: 3, n: 3 },
      ],
    ],
    [
      'small groups together, still small: nothing would hide them, so the big group joins',
      merge,
      [...ratings(BE, 4, 4, 4), ...ratings(QA, 1)],
      [{ label: 'Other peers', mean: 3.25, n: 4 }],
    ],
    [
      'the smallest big group joins the left-over',
      merge,
      [...ratings(BE, 5, 5, 5, 5), ...ratings(QA, 3, 3, 3), ...ratings(FE, 1)],
      [
        { label: BE, mean: 5, n: 4 },
        { label: 'Other peers', mean: 2.5, n: 4 },
      ],
    ],
    [
      'only small groups, merged',
      merge,
      [...ratings(BE, 2, 4), ...ratings(QA, 3, 3)],
      [{ label: 'Other peers', mean: 3, n: 4 }],
    ],
    ['only small groups, omitted', omit, [...ratings(BE, 2, 4), ...ratings(QA, 3, 3)], []],
    [
      'omit leaves small groups out',
      omit,
      [...ratings(BE, 4, 4, 4), ...ratings(QA, 3, 3, 3), ...ratings(FE, 1, 2, 3)],
      [
        { label: BE, mean: 4, n: 3 },
        { label: FE, mean: 2, n: 3 },
        { label: QA, mean: 3, n: 3 },
      ],
    ],
    ['omit still protects a lone left-over rater', omit, [...ratings(BE, 4, 4, 4), ...ratings(QA, 1)], []],
  ])('%s', (_name, raters, input, expected) => {
    expect(peerSubgroups(groupByRelationship(input), 'CQ', raters)).toEqual(expected);
  });
});

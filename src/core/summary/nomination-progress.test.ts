import { describe, expect, it } from 'vitest';
import { makeConfig } from '../../../test/support/config-builders.ts';
import { makeReview } from '../../../test/support/review-builders.ts';
import { makeValidResponse } from '../../../test/support/response-builders.ts';
import type { NominationMode } from '../config-schema.ts';
import type { Nominations, Person } from '../domain.ts';
import { buildNominationProgress, nominationLines } from './nomination-progress.ts';

const person = (name: string): Person => ({ id: `u-${name}`, name, email: `${name}@example.com` });
const [qa, fe, pm, be] = ['quinn', 'fran', 'pat', 'bea'].map(person) as [Person, Person, Person, Person];

const config = (nominations: NominationMode = 'track') =>
  makeConfig({
    raters: {
      nominations,
      perspectives: {
        people: { 'quinn@example.com': 'qa', 'fran@example.com': 'frontend' },
      },
    },
    team: [{ email: 'pat@example.com', name: 'Pat', perspective: 'product' }],
  });

const answerFrom = (p: Person, role: 'peer' | 'manager' = 'peer') =>
  makeValidResponse({ respondentEmail: p.email ?? null, respondentKey: `email:${p.email}`, role });

function lines(nominations: Nominations | undefined, answers: Person[] = [], mode?: NominationMode) {
  const review = makeReview(nominations ? { nominations } : {});
  return nominationLines(
    buildNominationProgress(
      review,
      answers.map((p) => answerFrom(p)),
      config(mode),
    ),
  );
}

describe('the nominations in the progress section', () => {
  it.each<[string, Nominations | undefined, Person[], string[]]>([
    [
      'pending: a count, no names',
      { peers: [qa, fe, be], approved: false },
      [],
      [
        "3 peers nominated, waiting for the manager's approval.",
        'Perspectives missing from the nominations: product or project lead.',
      ],
    ],
    ['nothing nominated yet', { peers: [], approved: false }, [], ['No peers nominated yet.']],
    [
      'approved, answered by some: counts only',
      { peers: [qa, fe, pm, be], approved: true },
      [qa, be],
      ['2 of 4 requested peers answered.'],
    ],
    [
      'an answer from someone not nominated does not count as a requested peer',
      { peers: [qa, fe, pm], approved: true },
      [be],
      ['0 of 3 requested peers answered.'],
    ],
    [
      'a nominee with no known perspective covers none',
      { peers: [be], approved: true },
      [],
      [
        '0 of 1 requested peers answered.',
        'Perspectives missing from the nominations: QA; frontend; product or project lead.',
      ],
    ],
    ['a review the reader gave no nominations', undefined, [], []],
  ])('%s', (_label, nominations, answers, expected) => {
    expect(lines(nominations, answers)).toEqual(expected);
  });

  it("before approval counts each listed person once and matches no answer, even a listed peer's", () => {
    const review = makeReview({ nominations: { peers: [qa, qa, fe], approved: false } });
    expect(buildNominationProgress(review, [answerFrom(qa)], config())).toEqual({
      approved: false,
      nominated: 2,
      answered: 0,
      missingPerspectives: ['product or project lead'],
    });
  });

  it('says nothing with nominations off', () => {
    expect(lines({ peers: [qa], approved: true }, [qa], 'off')).toEqual([]);
  });

  it('computes the gaps from the nominations, never from the answers', () => {
    // Every wanted perspective is nominated; only the QA nominee answered. Nothing is "missing".
    expect(lines({ peers: [qa, fe, pm], approved: true }, [qa])).toEqual([
      '1 of 3 requested peers answered.',
    ]);
  });

  it("counts only peers' answers: a nominee answering as manager is not a requested peer's answer", () => {
    const review = makeReview({ nominations: { peers: [qa], approved: true } });
    const progress = buildNominationProgress(review, [answerFrom(qa, 'manager')], config());
    expect(progress?.answered).toBe(0);
  });
});

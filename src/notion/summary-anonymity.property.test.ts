import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeConfig } from '../../test/support/config-builders.ts';
import { buildSummary } from '../core/summary/build-summary.ts';
import { normaliseWord } from '../core/summary/words.ts';
import type { ValidResponse } from '../core/validation/types.ts';
import { renderSummaryBlocks } from './summary-blocks.ts';
import { JANE_REVIEW, makeReview } from '../../test/support/review-builders.ts';
import { JANE_PEER, makeValidResponse } from '../../test/support/response-builders.ts';
import { makeScore } from '../../test/support/score-builders.ts';

// Over generated people and comments: whatever a peer, the manager or the reviewee types, no block the
// tool writes holds a respondent's full name, email or email local part.

const config = makeConfig();
const letters = 'abcdefghijklmnopqrstuvwxyzàáâäçèéêëíîïñóôöøúûüýÿßœæłđ';
const part = fc
  .array(fc.constantFrom(...letters), { minLength: 1, maxLength: 7 })
  .map((chars) => chars.join(''))
  .map((word) => word.charAt(0).toUpperCase() + word.slice(1));
// Given names may be one letter or hyphenated; surnames at least two letters, also hyphenated.
const given = fc.oneof(
  part,
  fc.tuple(part, part).map(([a, b]) => `${a}-${b}`),
);
const surname = fc.oneof(
  part.filter((word) => word.length >= 2),
  fc.tuple(part, part).map(([a, b]) => `${a}-${b}`),
);
const person = fc.tuple(given, fc.option(part, { nil: null }), surname).map(([first, middle, last]) => ({
  name: [first, middle, last].filter((p) => p !== null).join(' '),
  local: `${normaliseWord(first).replace(/[^a-z]/g, '')}.${normaliseWord(last).replace(/[^a-z]/g, '')}`,
}));

/** How people write a name: any case, accents dropped or not, spaces or a line break between words. */
function spelling(name: string): fc.Arbitrary<string> {
  return fc
    .tuple(fc.constantFrom('as is', 'upper', 'lower', 'plain'), fc.constantFrom(' ', '  ', '\n'))
    .map(([style, gap]) => {
      const spaced = name.split(' ').join(gap);
      if (style === 'upper') return spaced.toUpperCase();
      if (style === 'lower') return spaced.toLowerCase();
      if (style === 'plain') return spaced.normalize('NFKD').replace(/\p{M}/gu, '');
      return spaced;
    });
}

const filler = fc.constantFrom(
  'great',
  'work',
  'on',
  'the',
  'back',
  'end',
  'park',
  'with',
  'thanks',
  '—',
  ',',
);

function commentAbout(people: { name: string; local: string }[]): fc.Arbitrary<string> {
  const mention = fc
    .constantFrom(...people)
    .chain((p) => fc.oneof(spelling(p.name), fc.constant(`${p.local}@example.com`), fc.constant(p.local)));
  return fc.array(fc.oneof(filler, mention), { minLength: 1, maxLength: 12 }).map((words) => words.join(' '));
}

/** Every text in the blocks, as words: accents and case dropped, any gap one space. */
function writtenWords(blocks: unknown): string {
  const texts: string[] = [];
  JSON.stringify(blocks, (key, value: unknown) => {
    if (key === 'content' && typeof value === 'string') texts.push(value);
    return value;
  });
  return ` ${texts
    .join(' ')
    .split(/[^\p{L}\p{M}\p{N}]+/u)
    .map(normaliseWord)
    .filter(Boolean)
    .join(' ')} `;
}

function wordsOf(text: string): string {
  return ` ${text
    .split(/[^\p{L}\p{M}\p{N}]+/u)
    .map(normaliseWord)
    .filter(Boolean)
    .join(' ')} `;
}

describe('anonymity of written summaries', () => {
  it('no block holds a respondent’s full name, email or email local part', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(person, { minLength: 1, maxLength: 5, selector: (p) => p.local }).chain((people) =>
          fc.tuple(
            fc.constant(people),
            fc.array(fc.tuple(fc.constantFrom('peer', 'manager', 'self'), commentAbout(people)), {
              minLength: 1,
              maxLength: 6,
            }),
          ),
        ),
        ([people, comments]) => {
          const responses: ValidResponse[] = people.map((p, i) =>
            makeValidResponse({
              ...JANE_PEER,
              ref: `row ${i}`,
              respondentKey: `email:${p.local}@example.com`,
              respondentEmail: `${p.local}@example.com`,
              comments: Object.fromEntries(
                comments
                  .filter((_, j) => j % people.length === i)
                  .map(([, text], j) => [j === 0 ? 'overall' : 'CQ', text]),
              ),
            }),
          );
          // The manager and the reviewee type comments too.
          const others = comments.map(([role, text], j) =>
            makeValidResponse({
              ...JANE_PEER,
              ref: `other ${j}`,
              role: role,
              respondentKey: `email:${role}@example.com`,
              respondentEmail: role === 'manager' ? 'max.boss@example.com' : 'jane.doe@example.com',
              comments: { overall: text },
            }),
          );
          const directory = new Map(people.map((p) => [`${p.local}@example.com`, p.name]));
          const review = makeReview({ ...JANE_REVIEW, stage: 'completed' });
          const cycle = config.cycles[0];
          if (!cycle) throw new Error('no cycle');
          const model = buildSummary({
            review,
            cycle,
            stage: 'completed',
            score: makeScore({ CQ: 3, SD: 3, COL: 3 }),
            responses: [...responses, ...others],
            goals: [],
            actionPlan: [],
            directory,
            config,
          });
          const written = writtenWords(renderSummaryBlocks(model, 'Review summary'));
          for (const p of people) {
            expect(written).not.toContain(wordsOf(p.name));
            expect(written).not.toContain(wordsOf(p.local));
          }
        },
      ),
    );
  });
});

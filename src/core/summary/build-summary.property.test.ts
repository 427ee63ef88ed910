import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RaterRole } from '../domain.ts';
import type { ValidResponse } from '../validation/types.ts';
import { buildSummary } from './build-summary.ts';
import { summaryHash } from './summary-hash.ts';
import { makeSummaryInput } from '../../../test/support/summary-builders.ts';
import { JANE_REVIEW, makeReview } from '../../../test/support/review-builders.ts';
import { JANE_PEER, makeValidResponse } from '../../../test/support/response-builders.ts';

const roleArb = fc.constantFrom<RaterRole>('self', 'manager', 'peer');
const commentKeyArb = fc.constantFrom('overall', 'CQ', 'SD', 'COL', 'OTHER');

/** Free text with an email somewhere in it, the way people paste addresses into comments. */
function textWith(email: string): fc.Arbitrary<string> {
  return fc
    .tuple(
      fc.string({ maxLength: 40 }),
      fc.constantFrom('', ' ', '(', '<', '"', "'", '\n'),
      fc.string({ maxLength: 40 }),
    )
    .map(([before, wrap, after]) => `${before}${wrap}${email}${wrap === '(' ? ')' : wrap}${after}`);
}

const responseArb: fc.Arbitrary<ValidResponse> = fc
  .record({
    email: fc.emailAddress(),
    key: fc.emailAddress(),
    role: roleArb,
    keys: fc.uniqueArray(commentKeyArb, { maxLength: 3 }),
  })
  .chain(({ email, key, role, keys }) =>
    fc
      .tuple(...keys.map(() => fc.oneof(textWith(email), textWith(key), fc.string({ maxLength: 60 }))))
      .map((texts) =>
        makeValidResponse({
          ...JANE_PEER,
          role,
          respondentEmail: email,
          respondentKey: key,
          relationship: `${role} ${email}`,
          comments: Object.fromEntries(keys.map((k, i) => [k, texts[i] ?? ''])),
        }),
      ),
  );

function emailsOf(responses: ValidResponse[]): string[] {
  return responses
    .flatMap((response) => [response.respondentEmail ?? '', response.respondentKey])
    .filter(Boolean);
}

describe('buildSummary properties', () => {
  it('never contains a respondent email, in any field', () => {
    fc.assert(
      fc.property(fc.array(responseArb, { maxLength: 8 }), fc.boolean(), (responses, peersVisible) => {
        const input = makeSummaryInput();
        const model = buildSummary({ ...input, responses, score: { ...input.score, peersVisible } });
        const json = JSON.stringify(model);
        for (const email of emailsOf(responses)) expect(json).not.toContain(email);
        expect((model.highlights ?? []).join(' ')).not.toMatch(/[@\uFF20\uFE6B]/u);
      }),
    );
  });

  it('never contains the reviewee or manager email either', () => {
    fc.assert(
      fc.property(fc.emailAddress(), fc.emailAddress(), (reviewee, manager) => {
        const input = makeSummaryInput();
        const review = makeReview({
          ...JANE_REVIEW,
          reviewee: { email: reviewee },
          manager: { email: manager },
          title: `Review ${reviewee}`,
        });
        const json = JSON.stringify(buildSummary({ ...input, review }));
        expect(json).not.toContain(reviewee);
        expect(json).not.toContain(manager);
      }),
    );
  });

  it('gives the same model and hash for the responses in any order', () => {
    fc.assert(
      fc.property(
        fc
          .array(responseArb, { maxLength: 8 })
          .chain((responses) =>
            fc.tuple(fc.constant(responses), fc.shuffledSubarray(responses, { minLength: responses.length })),
          ),
        ([responses, shuffled]) => {
          const input = makeSummaryInput();
          const a = buildSummary({ ...input, responses });
          const b = buildSummary({ ...input, responses: shuffled });
          expect(b).toEqual(a);
          expect(summaryHash(b)).toEqual(summaryHash(a));
        },
      ),
    );
  });

  it('caps highlights and keeps each one short', () => {
    fc.assert(
      fc.property(fc.array(responseArb, { maxLength: 12 }), (responses) => {
        const model = buildSummary({ ...makeSummaryInput(), responses });
        expect((model.highlights ?? []).length).toBeLessThanOrEqual(6);
        expect(new Set(model.highlights ?? []).size).toEqual((model.highlights ?? []).length);
        for (const highlight of model.highlights ?? []) expect(highlight).not.toEqual('');
      }),
    );
  });
});

import { describe, expect, it } from 'vitest';
import { makeConfig } from '../../../test/support/config-builders.ts';
import type { RawResponse, RejectionReason } from './types.ts';
import { validateResponses } from './validate-responses.ts';
import { reviews } from '../../../test/support/review-builders.ts';
import { makeRaw } from '../../../test/support/response-builders.ts';

// Responses a form, a sheet or a hand-edited CSV can really hold, each rejected for the one reason a
// person needs to fix it. The run goes on; only that response is left out.

const config = makeConfig();
const now = new Date('2026-11-01T12:00:00Z');
const ada = 'ada@example.com';

const BAD: [string, Partial<RawResponse>, RejectionReason][] = [
  // Timestamps (the sources turn text into an instant; what reaches validation may still be unusable)
  ['no timestamp', { submittedAt: null }, 'missing-timestamp'],
  ['a timestamp that did not parse', { submittedAt: Number.NaN }, 'missing-timestamp'],
  ['an infinite timestamp', { submittedAt: Number.POSITIVE_INFINITY }, 'missing-timestamp'],
  ['a timestamp at minus infinity', { submittedAt: Number.NEGATIVE_INFINITY }, 'missing-timestamp'],
  // Who is reviewed
  ['someone not in any review', { reviewee: 'Nobody Known' }, 'unknown-reviewee'],
  ['a mistyped email', { reviewee: 'ada@exampel.com' }, 'unknown-reviewee'],
  ['a first name only', { reviewee: 'Ada' }, 'unknown-reviewee'],
  ['a surname only', { reviewee: 'Lovelace' }, 'unknown-reviewee'],
  ['a name with a suffix', { reviewee: 'Ada Lovelace Jr' }, 'unknown-reviewee'],
  ['a mention instead of a name', { reviewee: '@ada' }, 'unknown-reviewee'],
  ['a formula instead of a name', { reviewee: '=A1' }, 'unknown-reviewee'],
  ['an ESC sequence instead of a name', { reviewee: '\u001b]0;x\u0007' }, 'unknown-reviewee'],
  ['a name of 5,000 characters', { reviewee: 'A'.repeat(5000) }, 'unknown-reviewee'],
  ['an empty reviewee with ratings', { reviewee: '' }, 'unknown-reviewee'],
  ['a shared display name', { reviewee: 'Sam Lee' }, 'ambiguous-reviewee'],
  ['a shared name in another case', { reviewee: 'sam lee' }, 'ambiguous-reviewee'],
  ['a shared name with extra spaces', { reviewee: '  SAM   LEE ' }, 'ambiguous-reviewee'],
  // Relationship
  ['a relationship config does not list', { relationship: 'Boss' }, 'unknown-relationship'],
  ['"Peer" alone', { relationship: 'Peer' }, 'unknown-relationship'],
  ['an empty relationship', { relationship: '' }, 'unknown-relationship'],
  ['a hyphenated relationship', { relationship: 'Backend-peer' }, 'unknown-relationship'],
  ['an abbreviation', { relationship: 'QA' }, 'unknown-relationship'],
  ['a near miss', { relationship: 'Selfie' }, 'unknown-relationship'],
  ['a relationship with a control character', { relationship: 'Backend\u0000peer' }, 'unknown-relationship'],
  // Cycle window (Europe/Berlin; the cycle runs 2026-10-01 to 2026-12-31, and it is 1 November)
  [
    'a day before the cycle opens',
    { submittedAt: Date.parse('2026-09-29T10:00:00Z') },
    'outside-cycle-window',
  ],
  [
    'an hour before midnight Berlin on opening day',
    { submittedAt: Date.parse('2026-09-30T21:30:00Z') },
    'outside-cycle-window',
  ],
  ['last year', { submittedAt: Date.parse('2025-10-10T10:00:00Z') }, 'outside-cycle-window'],
  ['next year', { submittedAt: Date.parse('2027-01-05T10:00:00Z') }, 'outside-cycle-window'],
  [
    'after midnight Berlin on closing day',
    { submittedAt: Date.parse('2026-12-31T23:30:00Z') },
    'outside-cycle-window',
  ],
  ['an answer naming a cycle with no review of that person', { cycle: '2025-H1' }, 'unknown-reviewee'],
  // Who answered
  ['the reviewee as a backend peer', { respondentEmail: ada }, 'self-as-peer'],
  ['the reviewee as a QA engineer', { respondentEmail: ada, relationship: 'QA engineer' }, 'self-as-peer'],
  ['the reviewee as a project lead', { respondentEmail: ada, relationship: 'Project lead' }, 'self-as-peer'],
  ['the reviewee as a peer, email in capitals', { respondentEmail: 'ADA@EXAMPLE.COM' }, 'self-as-peer'],
  ['a peer filing a self-assessment', { relationship: 'Self' }, 'not-the-reviewee'],
  [
    'the manager filing a self-assessment',
    { relationship: 'Self', respondentEmail: 'grace@example.com' },
    'not-the-reviewee',
  ],
  ['a peer claiming to be the manager', { relationship: 'Manager' }, 'not-the-manager'],
  [
    'a stranger claiming to be the manager',
    { relationship: 'Manager', respondentEmail: 'eve@example.org' },
    'not-the-manager',
  ],
  // Ratings (scale 1..5)
  ['a 6', { ratings: { CQ: 6 } }, 'rating-off-scale'],
  ['a 0', { ratings: { CQ: 0 } }, 'rating-off-scale'],
  ['a negative rating', { ratings: { CQ: -1 } }, 'rating-off-scale'],
  ['a 7 as text', { ratings: { SD: '7' } }, 'rating-off-scale'],
  ['a hundred', { ratings: { CQ: '100' } }, 'rating-off-scale'],
  ['a half point', { ratings: { CQ: 3.5 } }, 'rating-off-scale'],
  ['a half point as text', { ratings: { SD: '4.5' } }, 'rating-off-scale'],
  ['a labelled rating off the scale', { ratings: { CQ: '6 - Outstanding' } }, 'rating-off-scale'],
  ['a huge number', { ratings: { CQ: 1e12 } }, 'rating-off-scale'],
  ['a word', { ratings: { CQ: 'four' } }, 'rating-not-a-number'],
  ['stars', { ratings: { CQ: '★★★★' } }, 'rating-not-a-number'],
  ['a formula', { ratings: { CQ: '=1+1' } }, 'rating-not-a-number'],
  ['a comma decimal', { ratings: { SD: '3,5' } }, 'rating-not-a-number'],
  ['NaN', { ratings: { CQ: Number.NaN } }, 'rating-not-a-number'],
  ['Infinity', { ratings: { CQ: Number.POSITIVE_INFINITY } }, 'rating-not-a-number'],
  ['"Infinity" as text', { ratings: { CQ: 'Infinity' } }, 'rating-not-a-number'],
  ['two ratings in one answer', { ratings: { CQ: '3 or 4' } }, 'rating-not-a-number'],
  ['a fraction', { ratings: { CQ: '4/5' } }, 'rating-not-a-number'],
  ['a percentage', { ratings: { CQ: '80%' } }, 'rating-not-a-number'],
  ['a hex number', { ratings: { CQ: '0x4' } }, 'rating-not-a-number'],
  ['a number in scientific notation', { ratings: { CQ: '4e0' } }, 'rating-not-a-number'],
  ['an ESC sequence', { ratings: { CQ: '\u001b[31m4' } }, 'rating-not-a-number'],
  ['a label with no number', { ratings: { COL: 'Strong' } }, 'rating-not-a-number'],
];

describe('bad responses', () => {
  it('holds at least 60 cases', () => {
    expect(BAD.length).toBeGreaterThanOrEqual(60);
  });

  it.each(BAD)('rejects %s', (_label, overrides, reason) => {
    const { valid, rejected } = validateResponses([makeRaw({ ref: 'row 9', ...overrides })], {
      reviews,
      config,
      now,
    });
    expect(valid).toEqual([]);
    expect(rejected).toEqual([
      { source: 'sheet', ref: 'row 9', reason, message: expect.any(String) as string },
    ]);
    // Whatever the reason, the message never gives away who answered.
    expect(rejected[0]?.message).not.toContain('bob@example.com');
  });

  it('checks each bad response on its own: one bad row never takes the good ones with it', () => {
    const raws = BAD.map(([, overrides], i) => makeRaw({ ref: `row ${i + 2}`, ...overrides }));
    const good = makeRaw({ ref: 'row 999', respondentEmail: 'carol@example.com' });
    const { valid, rejected } = validateResponses([...raws, good], { reviews, config, now });
    expect(valid.map((v) => v.ref)).toEqual(['row 999']);
    expect(rejected).toHaveLength(BAD.length);
  });
});

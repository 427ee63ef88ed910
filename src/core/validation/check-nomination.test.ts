import { describe, expect, it } from 'vitest';
import { makeConfig } from '../../../test/support/config-builders.ts';
import { makeReview } from '../../../test/support/review-builders.ts';
import { makeRaw } from '../../../test/support/response-builders.ts';
import type { NominationMode } from '../config-schema.ts';
import type { Nominations } from '../domain.ts';
import { validateResponses } from './validate-responses.ts';

// `required` counts a peer answer only from an approved nominee, judged on the page as each run reads it.

const now = new Date('2026-11-01T12:00:00Z');
const bob = { id: 'u-bob', name: 'Bob Stone', email: 'Bob@Example.com' };
const eve = { id: 'u-eve', name: 'Eve Moss', email: 'eve@example.com' };

function run(
  mode: NominationMode,
  nominations: Nominations | undefined,
  raw: Parameters<typeof makeRaw>[0] = {},
) {
  const review = makeReview({ stage: 'feedback', ...(nominations ? { nominations } : {}) });
  const config = makeConfig({ raters: { nominations: mode } });
  return validateResponses([makeRaw(raw)], { reviews: [review], config, now });
}

describe('raters.nominations: required', () => {
  it.each<[string, NominationMode, Nominations | undefined, Parameters<typeof makeRaw>[0], string | null]>([
    ['an approved nominee, email in any case', 'required', { peers: [bob], approved: true }, {}, null],
    ['a peer not nominated', 'required', { peers: [eve], approved: true }, {}, 'not-nominated'],
    ['a nominee before approval', 'required', { peers: [bob], approved: false }, {}, 'not-nominated'],
    ['a page with no nominations', 'required', { peers: [], approved: true }, {}, 'not-nominated'],
    [
      'a peer answer without email',
      'required',
      { peers: [bob], approved: true },
      { respondentEmail: null },
      'not-nominated',
    ],
    ['a page the reader gave no nominations', 'required', undefined, {}, 'not-nominated'],
    [
      'Self is untouched',
      'required',
      { peers: [], approved: true },
      { respondentEmail: 'ada@example.com', relationship: 'Self' },
      null,
    ],
    [
      'Manager is untouched',
      'required',
      { peers: [], approved: true },
      { respondentEmail: 'grace@example.com', relationship: 'Manager' },
      null,
    ],
    ['track lets anyone count', 'track', { peers: [eve], approved: true }, {}, null],
    ['off lets anyone count', 'off', undefined, {}, null],
  ])('%s', (_label, mode, nominations, raw, reason) => {
    const result = run(mode, nominations, raw);
    expect(result.rejected.map((r) => r.reason)).toEqual(reason === null ? [] : [reason]);
    expect(result.valid).toHaveLength(reason === null ? 1 : 0);
  });

  it('judges again each run: the same answer counts once the manager approves', () => {
    expect(run('required', { peers: [bob], approved: false }).valid).toHaveLength(0);
    expect(run('required', { peers: [bob], approved: true }).valid).toHaveLength(1);
  });

  it('marks only answers held for approval, so the brake can tell them apart', () => {
    const [pending] = run('required', { peers: [bob], approved: false }).rejected;
    const [refused] = run('required', { peers: [eve], approved: true }).rejected;
    expect(pending?.awaitingApproval).toBe(true);
    expect(refused && 'awaitingApproval' in refused).toBe(false);
  });

  it('never names the respondent or another nominee in the message', () => {
    const [rejection] = run('required', { peers: [eve], approved: true }).rejected;
    expect(rejection?.message).toBe(
      'a peer response about "Ada Lovelace" does not count: the respondent is not among the approved nominated peers',
    );
    expect(rejection?.message.toLowerCase()).not.toMatch(/bob|eve/);
  });
});

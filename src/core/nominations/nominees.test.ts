import { describe, expect, it } from 'vitest';
import type { Nominations } from '../domain.ts';
import { approvedNominees, isApprovedNominee, nomineeAnswers } from './nominees.ts';

const ana = { id: 'u-ana', email: 'Ana@Example.com', name: 'Ana' };
const bo = { id: 'u-bo', email: 'bo@example.com', name: 'Bo' };
const noEmail = { id: 'u-x', name: 'X' };

describe('nominations', () => {
  it.each<[string, Nominations | null, string[]]>([
    ['approved', { peers: [ana, bo], approved: true }, ['u-ana', 'u-bo']],
    ['not approved yet', { peers: [ana, bo], approved: false }, []],
    ['none read', null, []],
  ])('approvedNominees: %s', (_, nominations, ids) => {
    expect(approvedNominees(nominations).map((p) => p.id)).toEqual(ids);
  });

  it.each<[string | null, boolean]>([
    ['ana@example.com', true],
    [' ANA@EXAMPLE.COM ', true],
    ['carl@example.com', false],
    [null, false],
    ['', false],
  ])('isApprovedNominee(%j) is %s', (email, expected) => {
    expect(isApprovedNominee({ peers: [ana, bo], approved: true }, email)).toBe(expected);
    expect(isApprovedNominee({ peers: [ana, bo], approved: false }, email)).toBe(false);
  });

  it('marks who answered, once per person, and never matches a nominee without an email', () => {
    const answers = nomineeAnswers({ peers: [ana, bo, ana, noEmail], approved: true }, [
      'ana@example.com',
      null,
      'someone@example.com',
    ]);
    expect(answers.map((a) => [a.peer.id, a.email, a.answered])).toEqual([
      ['u-ana', 'ana@example.com', true],
      ['u-bo', 'bo@example.com', false],
      ['u-x', null, false],
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { makeConfig } from '../../test/support/config-builders.ts';
import { normaliseEmail } from './emails.ts';
import { isApprovedNominee } from './nominations/nominees.ts';
import { perspectiveIndex } from './nominations/perspectives.ts';

describe('normaliseEmail', () => {
  it.each<[string | null | undefined, string | null]>([
    ['Ana@Example.com', 'ana@example.com'],
    ['  ana@example.com\t', 'ana@example.com'],
    ['', null],
    ['   ', null],
    [null, null],
    [undefined, null],
  ])('%j → %j', (value, expected) => {
    expect(normaliseEmail(value)).toEqual(expected);
  });

  // Validation, nominations and perspectives once each had a normaliser of their own; they must agree.
  it('is the key nominations and perspectives match people by', () => {
    const typed = '  ANA@Example.COM ';
    const key = normaliseEmail(typed);
    const peers = [{ id: 'u-ana', email: 'ana@example.com', name: 'Ana' }];
    expect(isApprovedNominee({ peers, approved: true }, key)).toBe(true);
    const config = makeConfig({ raters: { perspectives: { people: { [typed]: 'qa' } } } });
    expect([...perspectiveIndex(config).entries()]).toEqual([[key, 'qa']]);
  });
});

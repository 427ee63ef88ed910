import { describe, expect, it } from 'vitest';
import { ConfigError } from '../errors.ts';
import { canonicalId, normaliseNotionId, tryNormaliseNotionId } from './ids.ts';

const ID = '0123456789abcdef0123456789abcdef';
const DASHED = '01234567-89ab-cdef-0123-456789abcdef';

describe('normaliseNotionId', () => {
  it.each([
    ['bare id', ID, DASHED],
    ['upper-case bare id', ID.toUpperCase(), DASHED],
    ['dashed id', DASHED, DASHED],
    ['padded dashed id', `  ${DASHED}\n`, DASHED],
    [
      'browser URL with workspace, slug and view',
      `https://www.notion.so/acme/Reviews-${ID}?v=fedcba9876543210fedcba9876543210`,
      DASHED,
    ],
    ['URL without slug', `https://www.notion.so/${ID}`, DASHED],
    ['URL with dashed id', `https://www.notion.so/acme/${DASHED}`, DASHED],
    [
      'URL with peek parameter',
      `https://www.notion.so/acme/Team-${ID}?p=aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa&pm=s`,
      DASHED,
    ],
    ['slug whose title looks like hex', `https://www.notion.so/acme/beef-cafe-${ID}`, DASHED],
    ['notion.site URL', `https://acme.notion.site/Reviews-${ID}`, DASHED],
    ['slug without host', `Reviews-${ID}`, DASHED],
  ])('accepts a %s', (_name, input, expected) => {
    expect(normaliseNotionId(input)).toBe(expected);
  });

  it.each([
    ['empty', ''],
    ['too short', '0123456789abcdef'],
    ['not hex', 'z'.repeat(32)],
    ['URL without id', 'https://www.notion.so/acme/Reviews'],
    ['id only in the view parameter', `https://www.notion.so/acme/Reviews?v=${ID}`],
    ['33 hex digits', `${ID}0`],
  ])('rejects %s', (_name, input) => {
    expect(tryNormaliseNotionId(input)).toBeNull();
    expect(() => normaliseNotionId(input, 'notion.reviews.database')).toThrow(ConfigError);
  });

  it('names the offending value in the error', () => {
    expect(() => normaliseNotionId('nope', 'notion.reviews.database')).toThrow(
      'notion.reviews.database "nope" is not a Notion id or URL',
    );
  });
});

describe('canonicalId', () => {
  it.each([
    [
      'a dashed lower-case id, as Notion answers',
      '0123abcd-4567-89ab-cdef-0123456789ab',
      '0123abcd-4567-89ab-cdef-0123456789ab',
    ],
    [
      'an upper-case dashed id',
      '0123ABCD-4567-89AB-CDEF-0123456789AB',
      '0123abcd-4567-89ab-cdef-0123456789ab',
    ],
    ['a bare id', '0123abcd456789abcdef0123456789ab', '0123abcd-4567-89ab-cdef-0123456789ab'],
    ['an emulator’s short id', 'page-1', 'page-1'],
  ])('keeps %s canonical', (_name, id, expected) => {
    expect(canonicalId(id)).toBe(expected);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseWord, scanWords, wordsOf } from './words.ts';

/** What a scan must find: every run of letters, marks and digits, however the scan finds them. */
function byRegex(text: string) {
  const matches = [...text.matchAll(/[\p{L}\p{M}\p{N}]+/gu)];
  return {
    starts: matches.map((match) => match.index),
    ends: matches.map((match) => match.index + match[0].length),
    norms: matches.map((match) => normaliseWord(match[0])),
  };
}

describe('scanWords', () => {
  it.each<[string, string[]]>([
    ['Zoe Park, zoe.park and SAM_LEE2', ['zoe', 'park', 'zoe', 'park', 'and', 'sam', 'lee2']],
    ['ZOË  Zoé déjà-vu', ['zoe', 'zoe', 'deja', 'vu']],
    ['', []],
    ['  -- ', []],
  ])('%j → %j', (text, norms) => {
    expect(scanWords(text).norms).toEqual(norms);
  });

  it('finds the words the regex finds, in ASCII and in any text', () => {
    const text = fc.oneof(fc.string({ unit: 'binary-ascii' }), fc.string({ unit: 'grapheme' }));
    fc.assert(
      fc.property(text, (value) => {
        expect({ ...scanWords(value) }).toEqual(byRegex(value));
      }),
    );
  });
});

describe('wordsOf', () => {
  it('splits a name or address into normalised words, dropping what normalises to nothing', () => {
    expect(wordsOf('Séverine Lee-Back')).toEqual(['severine', 'lee', 'back']);
    expect(wordsOf('sam.lee')).toEqual(['sam', 'lee']);
  });
});

/**
 * The words of names and free text, normalised so that spelling variants of one name compare equal.
 * Both the identities index and the redaction scan go through here, so they always agree on what a
 * word is.
 */

/** A word: letters (with their accents) and digits. Names are matched as runs of whole words. */
const WORD = /[\p{L}\p{M}\p{N}]+/gu;
// eslint-disable-next-line no-control-regex
const ASCII = /^[\x00-\x7f]*$/;

/** ASCII text is already in NFC and NFKD, and its words need no more than lower case. */
export function isAscii(text: string): boolean {
  return ASCII.test(text);
}

/** How many entries a memo of the summary keeps before it starts again. */
export const CACHE_LIMIT = 50_000;

/**
 * What a run remembers about words: words repeat across thousands of comments, so each spelling is
 * normalised once; every review lists its respondents' names and addresses again, so each is split
 * into words once; and one set of lists serves every scan (a redaction reads them before the next).
 */
export interface WordMemo {
  normalised: Map<string, string>;
  lists: Map<string, readonly string[]>;
  scanned: ScannedWords;
}

export function createWordMemo(): WordMemo {
  return { normalised: new Map(), lists: new Map(), scanned: { starts: [], ends: [], norms: [] } };
}

/** Case, accents and compatibility forms do not change a name: "ZOË", "Zoe" and "zoë" are one word. */
export function normaliseWord(word: string): string {
  return isAscii(word) ? word.toLowerCase() : word.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/** normaliseWord, answered from the run's memo. */
function normalisedWord(word: string, memo: WordMemo): string {
  const { normalised } = memo;
  let norm = normalised.get(word);
  if (norm === undefined) {
    norm = normaliseWord(word);
    if (normalised.size >= CACHE_LIMIT) normalised.clear();
    normalised.set(word, norm);
  }
  return norm;
}

/** A name or address as normalised words, for the identities index. */
export function wordsOf(text: string, memo: WordMemo = createWordMemo()): readonly string[] {
  const wordLists = memo.lists;
  let words = wordLists.get(text);
  if (words === undefined) {
    words = (text.normalize('NFC').match(WORD) ?? [])
      .map((word) => normalisedWord(word, memo))
      .filter((word) => word !== '');
    if (wordLists.size >= CACHE_LIMIT) wordLists.clear();
    wordLists.set(text, words);
  }
  return words;
}

/** Where each word of a text starts and ends, and its normalised form. */
export interface ScannedWords {
  starts: number[];
  ends: number[];
  norms: string[];
}

/**
 * The words of a text, valid until the next call. In ASCII a word is letters and digits, so a loop
 * does what WORD does without a match object per word.
 */
export function scanWords(text: string, memo: WordMemo = createWordMemo()): ScannedWords {
  const { scanned } = memo;
  const { starts, ends, norms } = scanned;
  starts.length = 0;
  ends.length = 0;
  norms.length = 0;
  if (!isAscii(text)) {
    for (const match of text.matchAll(WORD)) {
      starts.push(match.index);
      ends.push(match.index + match[0].length);
      norms.push(normalisedWord(match[0], memo));
    }
    return scanned;
  }
  // Lower case keeps an ASCII text's length, so each word's normal form is a slice of it.
  const lower = text.toLowerCase();
  for (let at = 0; at < lower.length;) {
    if (!isAsciiWordChar(lower.charCodeAt(at))) {
      at += 1;
      continue;
    }
    const start = at;
    while (at < lower.length && isAsciiWordChar(lower.charCodeAt(at))) at += 1;
    starts.push(start);
    ends.push(at);
    norms.push(lower.slice(start, at));
  }
  return scanned;
}

function isAsciiWordChar(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a);
}

import type { Person } from '../domain.ts';
import type { ValidResponse } from '../validation/types.ts';
import { CACHE_LIMIT, createWordMemo, isAscii, scanWords, wordsOf, type WordMemo } from './words.ts';

export const REDACTED = '[redacted]';

/**
 * Any run of text around an at-sign (ASCII, full-width or small form): emails, `@mentions` and
 * handles alike. Cutting the whole run, not just matching a strict email pattern, means an address
 * with unusual characters cannot slip through; brackets, double quotes and separators stay outside
 * it so the sentence keeps its shape. Apostrophes and braces are part of the run:
 * they are legal in an address (`o'brien@…`), while the stop characters are not.
 */
const AT_RUN = /[^\s()<>[\]",;]*[@\uFF20\uFE6B][^\s()<>[\]",;]*/gu;

/** What may stand between the words of one name: "Zoe Park", "zoe.park", "Anne-Marie", "O'Brien". */
const NAME_GAP = /^[\s._+\-\u2010-\u2015'\u2019]+$/u;
/**
 * Name sequences of the people whose anonymity a summary protects. A sequence is its normalised
 * words joined by a space; lookups are by the words found in the text, so matching costs the same
 * however many people there are.
 */
export interface KnownIdentities {
  /** Full names and email local parts, matched in any case. */
  sequences: Set<string>;
  /** Lone given names, matched only when written capitalised ("will" and "grace" stay words). */
  capitalised: Set<string>;
  /** The longest sequence starting with each word, so a scan knows how far to look ahead. */
  longest: Map<string, number>;
}

/** Someone who answered about this review, as far as the tool knows them. */
export interface Respondent {
  email: string | null;
  name: string | null;
  /** The reviewee or the manager: named on the page anyway, so a lone first name of theirs is kept. */
  known: boolean;
}

function emptyIdentities(): KnownIdentities {
  return { sequences: new Set(), capitalised: new Set(), longest: new Map() };
}

/** Only read, never filled: what redactText uses when it is told of no one. */
const NO_ONE = emptyIdentities();

/**
 * The index for one review: for each respondent, their full name (all its words in order, and first
 * plus last for longer names), their email's local part ("sam.lee", "zpark") and, for peers, their
 * given name when it is written capitalised. Surnames alone are not taken: they are too often ordinary
 * words ("Back", "Park"), and docs/privacy.md says so. Built once per review, then each text is one
 * pass over its words, however many respondents there are.
 */
export function respondentIdentities(
  respondents: readonly Respondent[],
  memo: IdentityMemo = createIdentityMemo(),
): KnownIdentities {
  const index = emptyIdentities();
  for (const respondent of respondents) addRespondent(index, respondent, memo);
  return index;
}

function addRespondent(index: KnownIdentities, respondent: Respondent, memo: IdentityMemo): void {
  addEntries(index, entriesOf(memo, respondent.email, respondent.name, respondent.known));
}

function addEntries(index: KnownIdentities, entries: readonly IdentityEntry[]): void {
  for (const entry of entries) {
    (entry.capitalisedOnly ? index.capitalised : index.sequences).add(entry.sequence);
    const longest = index.longest.get(entry.first);
    if (longest === undefined || longest < entry.length) index.longest.set(entry.first, entry.length);
  }
}

/** One name sequence a respondent adds to the index. */
export interface IdentityEntry {
  sequence: string;
  first: string;
  length: number;
  capitalisedOnly: boolean;
}

/**
 * What a run remembers about respondents. The same people answer about many reviews, so what each
 * adds to an index is worked out once: by email, then name, then known (0 or 1), maps in maps, so a
 * lookup builds no key string. One address is read from every review its owner answered about; the
 * same string back each time keeps the lookups keyed by it cheap (a string's hash is worked out once).
 */
export interface IdentityMemo {
  words: WordMemo;
  entries: Map<string, Map<string, (readonly IdentityEntry[] | undefined)[]>>;
  respondents: number;
  emails: Map<string, string>;
}

export function createIdentityMemo(words: WordMemo = createWordMemo()): IdentityMemo {
  return { words, entries: new Map(), respondents: 0, emails: new Map() };
}

function entriesOf(
  memo: IdentityMemo,
  email: string | null,
  name: string | null,
  known: boolean,
): readonly IdentityEntry[] {
  const entriesByRespondent = memo.entries;
  let byName = entriesByRespondent.get(email ?? '');
  if (byName === undefined) {
    if (memo.respondents >= CACHE_LIMIT) {
      entriesByRespondent.clear();
      memo.respondents = 0;
    }
    byName = new Map();
    entriesByRespondent.set(email ?? '', byName);
  }
  let slots = byName.get(name ?? '');
  if (slots === undefined) {
    slots = [undefined, undefined];
    byName.set(name ?? '', slots);
    memo.respondents += 1;
  }
  const slot = known ? 1 : 0;
  let entries = slots[slot];
  if (entries === undefined) {
    const list: IdentityEntry[] = [];
    const collect = (words: readonly string[], capitalisedOnly = false) => {
      const [first] = words;
      // A one-letter word alone is an initial, never enough to name anyone, and too common to cut.
      if (first === undefined || words.join('').length < 2) return;
      list.push({ sequence: words.join(' '), first, length: words.length, capitalisedOnly });
    };
    const local = email?.split('@')[0] ?? '';
    const localWords = wordsOf(local, memo.words);
    if (localWords.length > 1 || localWords.join('').length >= 3) collect(localWords);
    const names = [name ?? '', localWords.length > 1 ? localWords.join(' ') : ''];
    for (const each of names) {
      const words = wordsOf(each, memo.words);
      if (words.length < 2) continue;
      collect(words);
      if (words.length > 2) collect([words[0] ?? '', words[words.length - 1] ?? '']);
      if (!known) {
        const given = wordsOf(each.trim().split(/\s+/u)[0] ?? '', memo.words);
        if (given.length < words.length) collect(given, true);
      }
    }
    entries = list;
    slots[slot] = entries;
  }
  return entries;
}

/**
 * Everyone who answered about one review. Names come from the workspace (`directory`: email → name,
 * from the people on the review pages) or, failing that, from an email such as `sam.lee@…`.
 */
export function reviewIdentities(
  responses: readonly ValidResponse[],
  people: { reviewee: Person; manager: Person | null },
  directory: ReadonlyMap<string, string>,
  memo: IdentityMemo = createIdentityMemo(),
): KnownIdentities {
  // Blank addresses ('') name no one, so they match no respondent.
  const reviewee = people.reviewee.email ? comparableEmail(people.reviewee.email, memo) : null;
  const manager = people.manager?.email ? comparableEmail(people.manager.email, memo) : null;
  const index = emptyIdentities();
  addEntries(index, entriesOf(memo, people.reviewee.email ?? null, people.reviewee.name ?? null, true));
  if (people.manager) {
    addEntries(index, entriesOf(memo, people.manager.email ?? null, people.manager.name ?? null, true));
  }
  for (const response of responses) {
    const raw = response.respondentEmail;
    const email = typeof raw === 'string' ? comparableEmail(raw, memo) : null;
    const known = response.role !== 'peer' || (email !== null && (email === reviewee || email === manager));
    addEntries(index, entriesOf(memo, email, email === null ? null : (directory.get(email) ?? null), known));
  }
  return index;
}

function comparableEmail(email: string, memo: IdentityMemo): string {
  const comparableEmails = memo.emails;
  let comparable = comparableEmails.get(email);
  if (comparable === undefined) {
    comparable = email.trim().toLowerCase();
    if (comparableEmails.size >= CACHE_LIMIT) comparableEmails.clear();
    comparableEmails.set(email, comparable);
  }
  return comparable;
}

/** Whether a text has any at-sign AT_RUN starts from; most comments have none. */
const AT_SIGN = /[@\uFF20\uFE6B]/;
/** Whitespace other than single spaces: only then does collapsing change anything. */
const LOOSE_SPACE = /[^\S ]| {2}/;

/** The spans of respondents' names, as start and end offsets in turn. */
function namedSpans(text: string, identities: KnownIdentities, words: WordMemo): number[] {
  const spans: number[] = [];
  if (identities.longest.size === 0) return spans;
  const { starts, ends, norms } = scanWords(text, words);
  const count = norms.length;
  for (let i = 0; i < count;) {
    const first = norms[i] as string;
    const longest = identities.longest.get(first) ?? 0;
    if (longest === 0) {
      i += 1;
      continue;
    }
    // The words that may belong to one name: joined only by a name's separators.
    let reach = 1;
    while (reach < longest && i + reach < count) {
      if (!NAME_GAP.test(text.slice(ends[i + reach - 1], starts[i + reach]))) break;
      reach += 1;
    }
    let matched = 0;
    for (let n = reach; n >= 1 && matched === 0; n--) {
      let key = first;
      for (let k = 1; k < n; k++) key += ` ${norms[i + k] as string}`;
      if (identities.sequences.has(key)) matched = n;
      else if (identities.capitalised.has(key) && isCapitalised(text.slice(starts[i], ends[i]))) matched = n;
    }
    if (matched === 0) {
      i += 1;
      continue;
    }
    spans.push(starts[i] as number, ends[i + matched - 1] as number);
    i += matched;
  }
  return spans;
}

function isCapitalised(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

/**
 * Removes contact details and respondents' names from free text. Everything else stays literal:
 * a leading `=`, Markdown characters and emoji are the respondent's words, and escaping belongs to
 * whoever renders the text. Runs of whitespace collapse to one space so a comment fits on one line.
 */
export function redactText(
  text: string,
  identities: KnownIdentities = NO_ONE,
  words: WordMemo = createWordMemo(),
): string {
  // ASCII is already in NFC, and a text without an at-sign has no address: both skip a full pass.
  const normal = isAscii(text) ? text : text.normalize('NFC');
  const withoutAddresses = AT_SIGN.test(normal) ? normal.replace(AT_RUN, REDACTED) : normal;
  const spans = namedSpans(withoutAddresses, identities, words);
  let result = '';
  let at = 0;
  for (let i = 0; i < spans.length; i += 2) {
    result += withoutAddresses.slice(at, spans[i]) + REDACTED;
    at = spans[i + 1] as number;
  }
  result += withoutAddresses.slice(at);
  return (LOOSE_SPACE.test(result) ? result.replace(/\s+/gu, ' ') : result).trim();
}

import { createHmac } from 'node:crypto';
import type { Config } from '../config-schema.ts';
import { createSummaryMemos, type SummaryMemos } from './memos.ts';
import type { ReviewScore } from '../scoring/types.ts';
import type { ValidResponse } from '../validation/types.ts';
import { redactText, type KnownIdentities } from './redact.ts';

export const MAX_HIGHLIGHTS = 6;
export const MAX_HIGHLIGHT_LENGTH = 300;

/**
 * Anonymised 360 highlights: comments from peers (only when peer results are visible) and from the
 * manager. Self comments are left out: they are the reviewee's own words, not feedback to them.
 * No highlight says who wrote it or what relationship they have. General comments come first, then
 * per-code comments in framework order prefixed with the competency name. Within a section the order
 * is a hash of the text keyed by the review, so it follows neither submission time nor respondent,
 * nor the alphabet (which would group one person's habit of starting with "I"), and is the same on
 * every run. Names and addresses of everyone in `identities` are redacted; given as a function, it
 * is called only once a comment is to be shown.
 *
 * The order is taken from the text as written, so only the comments that are shown need redacting.
 * Equal texts in one section sort side by side and show once, so each is hashed and redacted once;
 * sections are hashed only when reached, and a section with one text needs no hash at all: with
 * thousands of responses about one person, the work is a hash per distinct comment at most.
 */
export function selectHighlights(
  responses: readonly ValidResponse[],
  score: ReviewScore,
  config: Config,
  reviewPageId: string,
  identities?: KnownIdentities | (() => KnownIdentities),
  run: SummaryMemos = createSummaryMemos(),
): string[] {
  const { sections, keys, names } = sectionsOf(config, run.sections);
  const page = normaliseId(reviewPageId);
  // Distinct texts by section number; a section holds one comment key, so its texts are the candidates.
  const texts: (Set<string> | undefined)[] = [];
  for (const response of responses) {
    if (!isHighlightSource(response, score, reviewPageId, page)) continue;
    for (const key in response.comments) {
      if (!Object.hasOwn(response.comments, key)) continue;
      const raw = response.comments[key] as string;
      const section = sections.get(key);
      if (section === undefined || raw.trim() === '') continue;
      (texts[section] ??= new Set()).add(raw);
    }
  }
  const shown = new Set<string>();
  let known = typeof identities === 'function' ? undefined : identities;
  for (let section = 0; section < texts.length && shown.size < MAX_HIGHLIGHTS; section++) {
    const distinct = texts[section];
    const key = keys[section];
    if (distinct === undefined || key === undefined) continue;
    const name = names.get(key);
    for (const raw of inOrder(page, key, distinct)) {
      if (shown.size >= MAX_HIGHLIGHTS) break;
      if (known === undefined && typeof identities === 'function') known = identities();
      const body = truncate(redactText(raw, known, run.words));
      if (body === '') continue;
      shown.add(name === undefined ? body : `${name}: ${body}`);
    }
  }
  return [...shown];
}

/** The sort key of a highlight: the review keys the hash, so one text sorts differently on two pages. */
function orderKey(page: string, key: string, raw: string): string {
  return createHmac('sha256', page).update(`${key}\u0000${raw}`, 'utf8').digest('hex');
}

/** One section's texts by their keyed hash, then by code unit should two hashes ever be equal. */
function inOrder(page: string, key: string, distinct: Set<string>): Iterable<string> {
  if (distinct.size === 1) return distinct;
  const keyed = [...distinct].map((raw) => ({ raw, order: orderKey(page, key, raw) }));
  keyed.sort((a, b) => compareCodeUnits(a.order, b.order) || compareCodeUnits(a.raw, b.raw));
  return keyed.map((candidate) => candidate.raw);
}

export interface Sections {
  /** Section number by comment key: the general comment first, then codes in framework order. */
  sections: Map<string, number>;
  /** The comment key of each section number, the inverse of `sections`. */
  keys: (string | undefined)[];
  names: Map<string, string>;
}

// The same for every review of a config, so worked out once a run.
function sectionsOf(config: Config, sectionsByFramework: SummaryMemos['sections']): Sections {
  let found = sectionsByFramework.get(config.framework);
  if (found === undefined) {
    const sections = new Map<string, number>();
    const keys: (string | undefined)[] = [];
    ['overall', ...config.framework.competencies.map((competency) => competency.code)].forEach((key, i) => {
      // The first position wins, as a search of the list did.
      if (!sections.has(key)) {
        sections.set(key, i);
        keys[i] = key;
      }
    });
    const names = new Map(
      config.framework.competencies.map((competency) => [competency.code, competency.name]),
    );
    found = { sections, keys, names };
    sectionsByFramework.set(config.framework, found);
  }
  return found;
}

function isHighlightSource(
  response: ValidResponse,
  score: ReviewScore,
  reviewPageId: string,
  page: string,
): boolean {
  if (response.reviewPageId !== reviewPageId && normaliseId(response.reviewPageId) !== page) return false;
  if (response.role === 'manager') return true;
  return response.role === 'peer' && score.peersVisible;
}

/** Cuts by code point, never inside a surrogate pair, and marks the cut with an ellipsis. */
function truncate(text: string): string {
  const points = Array.from(text);
  if (points.length <= MAX_HIGHLIGHT_LENGTH) return text;
  return `${points
    .slice(0, MAX_HIGHLIGHT_LENGTH - 1)
    .join('')
    .trimEnd()}…`;
}

function compareCodeUnits(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

function normaliseId(id: string): string {
  return id.replace(/-/g, '').toLowerCase();
}

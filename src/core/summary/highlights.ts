import { createHmac } from 'node:crypto';
import type { Config } from '../config-schema.ts';
import type { ReviewScore, ValidResponse } from '../types.ts';
import { redactText, type KnownIdentities } from './redact.ts';

export const MAX_HIGHLIGHTS = 6;
export const MAX_HIGHLIGHT_LENGTH = 300;

interface Candidate {
  section: number;
  key: string;
  raw: string;
  order: string;
}

/** The sort key of a highlight: the review keys the hash, so one text sorts differently on two pages. */
function orderKey(reviewPageId: string, text: string): string {
  return createHmac('sha256', normaliseId(reviewPageId)).update(text, 'utf8').digest('hex');
}

/**
 * Anonymised 360 highlights: comments from peers (only when peer results are visible) and from the
 * manager. Self comments are left out: they are the reviewee's own words, not feedback to them.
 * No highlight says who wrote it or what relationship they have. General comments come first, then
 * per-code comments in framework order prefixed with the competency name. Within a section the order
 * is a hash of the text keyed by the review, so it follows neither submission time nor respondent,
 * nor the alphabet (which would group one person's habit of starting with "I"), and is the same on
 * every run. Names and addresses of everyone in `identities` are redacted.
 *
 * The order is taken from the text as written, so only the comments that are shown need redacting:
 * with thousands of responses about one person, the work is a hash per comment and a few redactions.
 */
export function selectHighlights(
  responses: readonly ValidResponse[],
  score: ReviewScore,
  config: Config,
  reviewPageId: string,
  identities?: KnownIdentities,
): string[] {
  const sections = ['overall', ...config.framework.competencies.map((competency) => competency.code)];
  const names = new Map(
    config.framework.competencies.map((competency) => [competency.code, competency.name]),
  );
  const candidates: Candidate[] = [];
  for (const response of responses) {
    if (!isHighlightSource(response, score, reviewPageId)) continue;
    for (const [key, raw] of Object.entries(response.comments)) {
      const section = sections.indexOf(key);
      if (section < 0 || raw.trim() === '') continue;
      candidates.push({ section, key, raw, order: orderKey(reviewPageId, `${key}\u0000${raw}`) });
    }
  }
  candidates.sort(
    (a, b) => a.section - b.section || compareCodeUnits(a.order, b.order) || compareCodeUnits(a.raw, b.raw),
  );
  const shown = new Set<string>();
  for (const candidate of candidates) {
    if (shown.size >= MAX_HIGHLIGHTS) break;
    const body = truncate(redactText(candidate.raw, identities));
    if (body === '') continue;
    const name = names.get(candidate.key);
    shown.add(name === undefined ? body : `${name}: ${body}`);
  }
  return [...shown];
}

function isHighlightSource(response: ValidResponse, score: ReviewScore, reviewPageId: string): boolean {
  if (normaliseId(response.reviewPageId) !== normaliseId(reviewPageId)) return false;
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

import type { Config } from '../config-schema.ts';
import type { ReviewScore, ValidResponse } from '../types.ts';
import { peerIdentities, redactText } from './redact.ts';

export const MAX_HIGHLIGHTS = 6;
export const MAX_HIGHLIGHT_LENGTH = 300;

interface Candidate {
  section: number;
  text: string;
}

/**
 * Anonymised 360 highlights: comments from peers (only when peer results are visible) and from the
 * manager. Self comments are left out: they are the reviewee's own words, not feedback to them.
 * No highlight says who wrote it or what relationship they have. General comments come first, then
 * per-code comments in framework order prefixed with the competency name; within a section the
 * text sorts by code unit (not locale), so the order never depends on response order or on ICU.
 */
export function selectHighlights(
  responses: readonly ValidResponse[],
  score: ReviewScore,
  config: Config,
  reviewPageId: string,
): string[] {
  const identities = peerIdentities(responses);
  const sections = ['overall', ...config.framework.competencies.map((competency) => competency.code)];
  const names = new Map(
    config.framework.competencies.map((competency) => [competency.code, competency.name]),
  );
  const candidates: Candidate[] = [];
  for (const response of responses) {
    if (!isHighlightSource(response, score, reviewPageId)) continue;
    for (const [key, raw] of Object.entries(response.comments)) {
      const section = sections.indexOf(key);
      if (section < 0) continue;
      const body = truncate(redactText(raw, identities));
      if (body === '') continue;
      const name = names.get(key);
      candidates.push({ section, text: name === undefined ? body : `${name}: ${body}` });
    }
  }
  candidates.sort((a, b) => a.section - b.section || compareCodeUnits(a.text, b.text));
  return [...new Set(candidates.map((candidate) => candidate.text))].slice(0, MAX_HIGHLIGHTS);
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

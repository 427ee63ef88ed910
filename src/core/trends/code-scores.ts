import type { CodeScoreEntry, PageCodeScores } from '../domain.ts';
import type { CodeScore, ReviewScore } from '../scoring/types.ts';
import { round2OrNull } from '../numbers/round.ts';
import { keptList } from '../kept-list.ts';

// A review page keeps its per-code scores in one tool-owned text property, "CQ 3.85; SD 4.10", so a
// later cycle can compare with them from the same bulk query that reads the page, at no extra request.
// Only codes with evidence from others are written: a score resting on self-ratings alone is no
// judgement, then or later. Within a run the scores are data (CodeScoreEntry lists): the text exists
// only at the Notion boundary, where the reader parses it once (readCodeScores) and the writer
// formats it (formatCodeScores).

/** The manager rated it, or peers did at the anonymity threshold (hidden peers read as null). */
export function hasOthersEvidence(code: Pick<CodeScore, 'manager' | 'peers'>): boolean {
  return code.manager !== null || code.peers !== null;
}

/** The codes worth keeping, in the score's (framework) order, each rounded to 2 decimals. */
export function codeScoreEntries(score: Pick<ReviewScore, 'codes'>): CodeScoreEntry[] {
  const entries: CodeScoreEntry[] = [];
  for (const code of score.codes) {
    const value = round2OrNull(code.score);
    if (value !== null && hasOthersEvidence(code)) entries.push({ code: code.code, value });
  }
  // Kept in the page write of every review that changes.
  return keptList(entries);
}

/** The property's text: "CQ 3.85; SD 4.10". */
export function formatCodeScores(entries: readonly CodeScoreEntry[]): string {
  return entries.map((entry) => `${entry.code} ${entry.value.toFixed(2)}`).join('; ');
}

/** Two lists the property would show alike: the same codes in the same order, equal as written. */
export function sameCodeScores(a: readonly CodeScoreEntry[], b: readonly CodeScoreEntry[]): boolean {
  return (
    a.length === b.length &&
    a.every((entry, i) => entry.code === b[i]?.code && entry.value.toFixed(2) === b[i]?.value.toFixed(2))
  );
}

const ENTRY = /^([A-Z][A-Z0-9-]{0,15})\s+(-?\d+(?:\.\d+)?)$/;

function entriesOf(text: string | null | undefined): CodeScoreEntry[] {
  const entries: CodeScoreEntry[] = [];
  for (const part of (text ?? '').split(';')) {
    const match = ENTRY.exec(part.trim());
    if (!match?.[1] || !match[2]) continue;
    const value = Number(match[2]);
    if (Number.isFinite(value)) entries.push({ code: match[1], value });
  }
  return entries;
}

/** Reads what `formatCodeScores` wrote; anything a person typed that does not fit is ignored. */
export function parseCodeScores(text: string | null | undefined): Record<string, number> {
  return codeScoreRecord(entriesOf(text));
}

/** The scores by code, as trends look them up; a code listed twice keeps its last value. */
export function codeScoreRecord(entries: readonly CodeScoreEntry[]): Record<string, number> {
  const scores: Record<string, number> = {};
  for (const entry of entries) scores[entry.code] = entry.value;
  return scores;
}

/**
 * The property as a review page holds it, read once where the page is read. `exact` says whether the
 * text is just what the tool writes for these entries: anything else (a person's edit, another order,
 * "3.5" for "3.50") must be written over even when the scores agree.
 */
export function readCodeScores(text: string | null | undefined): PageCodeScores {
  const entries = entriesOf(text);
  return { entries, exact: formatCodeScores(entries) === (text ?? '') };
}

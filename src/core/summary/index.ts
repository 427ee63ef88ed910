// The review summary: a plain model of what the page's summary section shows, and its hash.
export { buildSummary, type SummaryInput } from './build-summary.ts';
export { summaryHash, SUMMARY_HASH_VERSION } from './summary-hash.ts';
export { selectHighlights, MAX_HIGHLIGHTS, MAX_HIGHLIGHT_LENGTH } from './highlights.ts';
export {
  redactText,
  respondentIdentities,
  reviewIdentities,
  REDACTED,
  type KnownIdentities,
  type Respondent,
} from './redact.ts';
export { normaliseWord } from './words.ts';
export { buildProgress, provisionalNotes } from './progress.ts';
export { buildRows } from './rows.ts';
export { buildCodeLists, type CodeLists } from './code-lists.ts';
export { formatScore, formatGap, codeLabel } from './format.ts';

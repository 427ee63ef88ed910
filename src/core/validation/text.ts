import { normaliseEmail } from '../emails.ts';

// Text helpers shared by the validation rules. People type names and emails by hand into forms,
// so matching must forgive case and stray whitespace, but never rewrite what they wrote.

/** Lower-cased, trimmed and whitespace-collapsed, so "  Ada   LOVELACE " matches "Ada Lovelace". */
export function normaliseName(value: string): string {
  return value.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
}

/** A reviewee answer that looks like an address is matched as an email, never as a name. */
export function looksLikeEmail(value: string): boolean {
  return /^[^\s@]+@[^\s@]+$/.test(value.trim());
}

const MAX_QUOTED = 40;

/** Quotes a user-typed value for a message, cut short so one odd cell cannot flood the run report. */
export function quote(value: string | number): string {
  const text = String(value).replace(/\s+/g, ' ').trim();
  const cut = text.length > MAX_QUOTED ? `${text.slice(0, MAX_QUOTED)}…` : text;
  return `"${cut}"`;
}

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Rejection messages reach run reports and CI logs, so the respondent's email must never appear in them,
 * even when a person typed it into another field. This is the last line of defence for every message.
 */
export function redactEmail(message: string, email: string | null): string {
  const normalised = normaliseEmail(email);
  if (normalised === null) return message;
  return message.replace(new RegExp(escapeRegExp(normalised), 'gi'), '[respondent]');
}

/** Trims every comment and drops the empty ones; the text itself stays literal (no `=`, markdown or mention handling). */
export function cleanComments(comments: Record<string, string>): Record<string, string> {
  let cleaned: Record<string, string> | null = null;
  for (const key in comments) {
    if (!Object.hasOwn(comments, key)) continue;
    const trimmed = (comments[key] as string).trim();
    if (trimmed !== '') (cleaned ??= {})[key] = trimmed;
  }
  return cleaned ?? NO_COMMENTS;
}

/**
 * The comments of a response without any: most responses of a large run, so they share this one frozen
 * record rather than holding an empty object each.
 */
export const NO_COMMENTS: Record<string, string> = Object.freeze({});

/**
 * How refs sort. One collator serves a whole run (RunContext.refs): `localeCompare` with options
 * builds a new one on each call, which dominated sorting 50,000 responses.
 */
export function refCollator(): Intl.Collator {
  return new Intl.Collator('en', { numeric: true });
}

/** Orders refs such as "row 9" before "row 10", so sorting never depends on input order or string quirks. */
export function compareRefs(a: string, b: string, refs: Intl.Collator = refCollator()): number {
  // Sorting responses compares a page or source with itself far more often than with another.
  if (a === b) return 0;
  return refs.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}

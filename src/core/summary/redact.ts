import type { ValidResponse } from '../types.ts';

export const REDACTED = '[redacted]';

/**
 * Any run of text around an at-sign (ASCII, full-width or small form): emails, `@mentions` and
 * handles alike. Cutting the whole run, not just matching a strict email pattern, means an address
 * with unusual characters cannot slip through; brackets, double quotes and separators stay outside
 * it so the sentence keeps its shape. Apostrophes and braces are part of the run:
 * they are legal in an address (`o'brien@…`), while the stop characters are not.
 */
const AT_RUN = /[^\s()<>[\]",;]*[@\uFF20\uFE6B][^\s()<>[\]",;]*/gu;

/** Patterns for the people whose anonymity a summary protects, built once per summary. */
export interface KnownIdentities {
  patterns: RegExp[];
}

/**
 * Peers are anonymous, so their email local parts ("sam.lee") and the names those spell ("Sam Lee")
 * are removed from every highlight: a manager's comment that thanks a peer must not name the peer.
 * The reviewee and the manager are known to every reader, so their names are left alone.
 */
export function peerIdentities(responses: readonly ValidResponse[]): KnownIdentities {
  const phrases = new Set<string>();
  for (const response of responses) {
    if (response.role !== 'peer') continue;
    for (const value of [response.respondentEmail, response.respondentKey]) {
      const local = value?.split('@')[0]?.trim().toLowerCase();
      if (local !== undefined && local !== value?.trim().toLowerCase()) phrases.add(local);
    }
  }
  const patterns = [...phrases].sort().flatMap((local) => {
    const parts = local.split(/[._+-]+/).filter((part) => /^[\p{L}\p{N}]{2,}$/u.test(part));
    // A single short word ("al", "qa") would redact ordinary words; three letters is the floor.
    if (parts.length === 0 || (parts.length === 1 && (parts[0]?.length ?? 0) < 3)) return [];
    const body = parts.map(escapeRegExp).join('[\\s._+-]+');
    return [new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, 'giu')];
  });
  return { patterns };
}

/**
 * Removes contact details and known peer names from free text. Everything else stays literal:
 * a leading `=`, Markdown characters and emoji are the respondent's words, and escaping belongs to
 * whoever renders the text. Runs of whitespace collapse to one space so a comment fits on one line.
 */
export function redactText(text: string, identities: KnownIdentities = { patterns: [] }): string {
  let result = text.replace(AT_RUN, REDACTED);
  for (const pattern of identities.patterns) result = result.replace(pattern, REDACTED);
  return result.replace(/\s+/gu, ' ').trim();
}

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

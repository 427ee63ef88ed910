import { ConfigError } from '../errors.ts';

// Users paste whatever their browser shows: a bare id, a dashed UUID, or a page/database URL with a
// title slug and a `?v=` view id. Everything is reduced to the dashed form Notion answers with, so ids
// from config and ids from API responses compare equal.

const DASHED = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
const BARE = /[0-9a-f]{32}/gi;

function dashed(hex32: string): string {
  const hex = hex32.toLowerCase();
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The last id-looking run in a string, with or without dashes; the slug before it may contain hex words. */
function lastId(text: string): string | null {
  const candidates: { index: number; hex: string }[] = [];
  for (const match of text.matchAll(DASHED)) {
    candidates.push({ index: match.index, hex: match[0].replace(/-/g, '') });
  }
  for (const match of text.matchAll(BARE)) {
    // A bare run must stand alone: not part of a longer hex word (which would not be an id).
    const before = text[match.index - 1] ?? '';
    const after = text[match.index + 32] ?? '';
    if (/[0-9a-f]/i.test(before) || /[0-9a-f]/i.test(after)) continue;
    candidates.push({ index: match.index, hex: match[0] });
  }
  if (candidates.length === 0) return null;
  candidates.sort((a, b) => a.index - b.index);
  return candidates[candidates.length - 1]?.hex ?? null;
}

/** Like `normaliseNotionId`, but answers null instead of throwing. */
export function tryNormaliseNotionId(input: string): string | null {
  const text = input.trim();
  if (text === '') return null;
  if (/^https?:\/\//i.test(text)) {
    let url: URL;
    try {
      url = new URL(text);
    } catch {
      return null;
    }
    // Only the path names the object; `?v=` is a view id and `?p=` a peeked page, never the database.
    const hex = lastId(decodeURIComponent(url.pathname));
    return hex === null ? null : dashed(hex);
  }
  const compact = text.replace(/-/g, '');
  if (/^[0-9a-f]{32}$/i.test(compact) && (text.length === 32 || text.length === 36)) return dashed(compact);
  // A title slug without the host, e.g. "Reviews-0123…": take the trailing id.
  const hex = /^[^/?#\s]*$/.test(text) ? lastId(text) : null;
  return hex === null ? null : dashed(hex);
}

/**
 * Turns a database id, data-source id or browser URL into a dashed, lower-case UUID.
 * Throws ConfigError naming the input when nothing id-like is found.
 */
export function normaliseNotionId(input: string, what = 'Notion id'): string {
  const id = tryNormaliseNotionId(input);
  if (id === null) {
    throw new ConfigError(`${what} "${input}" is not a Notion id or URL`, {
      details: ['Paste the database URL from the browser, or its 32-character id.'],
    });
  }
  return id;
}

const CANONICAL = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Ids from API responses: normalised when id-like, kept as they are otherwise (emulators may use short ids). */
export function canonicalId(id: string): string {
  // Notion answers in the canonical form already. Keeping the response's own string matters at scale: a
  // rebuilt id is a chain of nine pieces in V8, several times the size, kept for every page of a run.
  if (CANONICAL.test(id)) return id;
  return tryNormaliseNotionId(id) ?? id;
}

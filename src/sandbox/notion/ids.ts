import { createHash, randomUUID } from 'node:crypto';

const UUID_PATTERN = /^[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}$/i;

export function newId(): string {
  return randomUUID();
}

export function isUuid(value: string): boolean {
  return UUID_PATTERN.test(value);
}

/**
 * Notion accepts ids with or without dashes and always answers with dashes,
 * so every id is normalised before it is used as a key.
 */
export function normalizeId(value: string): string {
  const hex = value.replace(/-/g, '').toLowerCase();
  if (!/^[0-9a-f]{32}$/.test(hex)) return value;
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Notion stores edit times at minute precision; clients that diff timestamps must cope with that. */
export function minuteTimestamp(date: Date): string {
  const rounded = new Date(date.getTime());
  rounded.setUTCSeconds(0, 0);
  return rounded.toISOString();
}

/**
 * Property ids in Notion are short URL-encoded strings, stable across renames.
 * Deriving them from a hash keeps seeds reproducible without listing ids by hand.
 */
export function propertyIdFor(scope: string, name: string): string {
  const digest = createHash('sha256').update(`${scope}\u0000${name}`).digest('base64');
  return encodeURIComponent(digest.replace(/[^A-Za-z0-9]/g, '').slice(0, 4));
}

export function requestId(): string {
  return randomUUID();
}

export function notionUrl(id: string, title = ''): string {
  const slug = title.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '');
  const hex = id.replace(/-/g, '');
  return `https://www.notion.so/${slug ? `${slug}-` : ''}${hex}`;
}

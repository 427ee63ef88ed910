import type { ConfigIssue } from './format-issues.ts';

// Checks on the values a person pastes in, which the schema accepts as strings: the example's
// `REPLACE-…` placeholders, and Notion ids that cannot be ids. `config check` and `doctor` run them;
// a sync does not need to, since Notion itself refuses such an id.

const PLACEHOLDER = /^REPLACE\b|REPLACE-/;

/** A `REPLACE-…` value of the example, which a person (or `init --write-config`) is meant to replace. */
export const isPlaceholder = (value: string): boolean => PLACEHOLDER.test(value);

const BARE_ID = /^[0-9a-f]{32}$/i;
const DASHED_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// A URL path ends in the id, after a title slug ("Reviews-<32 hex>") or alone.
const ID_AT_END =
  /(?:^|[^0-9a-f])([0-9a-f]{32}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;

/** Whether text is a Notion id (32 hex characters, dashed or not) or a URL whose path ends in one. */
export function looksLikeNotionId(text: string): boolean {
  const value = text.trim();
  if (BARE_ID.test(value) || DASHED_ID.test(value)) return true;
  if (!/^https?:\/\//i.test(value)) return false;
  try {
    const path = decodeURIComponent(new URL(value).pathname).replace(/\/+$/, '');
    return ID_AT_END.test(path);
  } catch {
    return false;
  }
}

function formatPath(path: readonly (string | number)[]): string {
  return path.reduce<string>(
    (out, segment) =>
      typeof segment === 'number' ? `${out}[${segment}]` : out ? `${out}.${segment}` : segment,
    '',
  );
}

function placeholders(value: unknown, path: (string | number)[], out: ConfigIssue[]): void {
  if (typeof value === 'string') {
    if (PLACEHOLDER.test(value)) {
      out.push({
        path: formatPath(path),
        message: `placeholder "${value}" is still in the file; replace it`,
      });
    }
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => placeholders(item, [...path, index], out));
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) placeholders(item, [...path, key], out);
  }
}

const NOTION_ID_PATHS: (string | number)[][] = [
  ['notion', 'reviews', 'database'],
  ['notion', 'goals', 'database'],
  ['notion', 'actionItems', 'database'],
  ['notion', 'objectives', 'database'],
  ['notion', 'reviews', 'dataSource'],
  ['notion', 'goals', 'dataSource'],
  ['notion', 'actionItems', 'dataSource'],
  ['notion', 'objectives', 'dataSource'],
  ['notion', 'overview', 'parentPage'],
  ['launch', 'teamDatabase', 'database'],
];

function valueAt(root: unknown, path: readonly (string | number)[]): unknown {
  let node = root;
  for (const segment of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[segment];
  }
  return node;
}

/** Every placeholder, then every Notion id of the wrong shape, in the raw parsed YAML. */
export function checkValues(raw: unknown): ConfigIssue[] {
  const issues: ConfigIssue[] = [];
  placeholders(raw, [], issues);
  for (const path of NOTION_ID_PATHS) {
    const value = valueAt(raw, path);
    if (typeof value !== 'string' || PLACEHOLDER.test(value) || looksLikeNotionId(value)) continue;
    issues.push({
      path: formatPath(path),
      message:
        `"${value}" is not a Notion id: expected the URL from the browser, or the id ` +
        `(32 hex characters, with or without dashes)`,
    });
  }
  return issues;
}

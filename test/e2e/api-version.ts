import type { RequestLogEntry } from '../../src/sandbox/index.ts';
import type { NotionApiVersion } from '../../src/core/config-schema.ts';

// The Notion API versions the end-to-end suite runs under, and what a run under each must never send.

export const API_VERSIONS: readonly NotionApiVersion[] = ['2026-03-11', '2025-09-03'];

/** A config change that sets `notion.apiVersion`, then applies `change` (if any). */
export function withApiVersion(
  version: NotionApiVersion,
  change?: (config: Record<string, unknown>) => void,
): (config: Record<string, unknown>) => void {
  return (config) => {
    (config.notion as Record<string, unknown>).apiVersion = version;
    change?.(config);
  };
}

function holdsKey(value: unknown, key: string): boolean {
  if (Array.isArray(value)) return value.some((item) => holdsKey(item, key));
  if (typeof value !== 'object' || value === null) return false;
  return Object.entries(value).some(([k, v]) => k === key || holdsKey(v, key));
}

const isNotion = (entry: RequestLogEntry) =>
  entry.path.startsWith('/v1/') && !entry.path.startsWith('/v1/forms');

/**
 * Everything in a run's requests that does not fit `version`, one line each: a request sent with another
 * Notion-Version; under 2026-03-11 any `archived`, or an append's `after`; a data-source query that does
 * not name its properties in `filter_properties`.
 */
export function versionProblems(entries: readonly RequestLogEntry[], version: NotionApiVersion): string[] {
  const problems: string[] = [];
  for (const entry of entries.filter(isNotion)) {
    const where = `${entry.method} ${entry.path.split('?')[0] ?? ''}`;
    if (entry.notionVersion !== version)
      problems.push(`${where}: Notion-Version ${String(entry.notionVersion)}`);
    if (version !== '2025-09-03') {
      if (holdsKey(entry.body, 'archived')) problems.push(`${where}: sends archived`);
      const body = entry.body as Record<string, unknown> | null;
      if (/\/children$/.test(where) && body !== null && 'after' in body)
        problems.push(`${where}: sends after`);
    }
    if (/\/query(\?|$)/.test(entry.path)) {
      const named = new URL(entry.path, 'http://sandbox.test').searchParams.getAll('filter_properties');
      if (named.length === 0) problems.push(`${where}: no filter_properties`);
    }
  }
  return problems;
}

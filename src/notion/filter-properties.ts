import type { PropertySpec } from './property-values.ts';

// Every data-source query names the properties its reader parses in `filter_properties`. Notion then
// computes and sends only those, which trims each page of a large run; version 2026-12-01 returns only
// the title without it. The list derives from the reader's own property specs, so it cannot drift from
// what is parsed.

/**
 * The property names a query must ask for, in declaration order, each once. A spec whose name is empty
 * (an optional property config leaves unnamed) is not asked for.
 */
export function queryPropertyNames(...specGroups: readonly Record<string, PropertySpec>[]): string[] {
  const names = new Set<string>();
  for (const specs of specGroups) {
    for (const { name } of Object.values(specs)) if (name !== '') names.add(name);
  }
  return [...names];
}

/** Notion gives every title property this id, whatever its name. */
export const TITLE_PROPERTY_ID = 'title';

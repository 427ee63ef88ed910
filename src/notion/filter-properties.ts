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

/**
 * What a query sends as `filter_properties`: with the data source's schema known (`ids`, name → id),
 * each name as its property id, as Notion's reference describes the parameter, and a name the data
 * source lacks left out (an optional property; a required one is reported missing by the reader either
 * way). Without the schema, the names as they are. An entry that is already an id is kept.
 */
export function filterPropertiesFor(
  names: readonly string[],
  ids: ReadonlyMap<string, string> | undefined,
): string[] {
  if (!ids) return [...names];
  const known = new Set(ids.values());
  return names.flatMap((name) => {
    const id = ids.get(name);
    if (id !== undefined) return [id];
    return known.has(name) ? [name] : [];
  });
}

/** Notion gives every title property this id, whatever its name. */
export const TITLE_PROPERTY_ID = 'title';

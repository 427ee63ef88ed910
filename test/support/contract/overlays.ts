import type { SchemaNode } from '../../../scripts/contract/strict-schema.ts';

// Overlays change the generated schemas where the SDK's types are not the whole truth. Each is small,
// keyed and listed in docs/sandbox.md; the generated files themselves stay exactly what the types say.

type Definitions = Record<string, SchemaNode>;

/** Calls `visit` on every schema object below `node`, parents before children. */
function walk(node: unknown, visit: (schema: SchemaNode) => void): void {
  if (Array.isArray(node)) {
    node.forEach((child) => walk(child, visit));
    return;
  }
  if (node === null || typeof node !== 'object') return;
  visit(node as SchemaNode);
  Object.values(node).forEach((child) => walk(child, visit));
}

const constOf = (schema: SchemaNode | undefined): unknown => schema?.const;

/**
 * Notion's docs describe `has_more` on relation values (and a people value is capped the same way: at
 * 25 references a page property is cut short), but SDK 5.26's types lack it. The docs win: a relation or
 * people page property value may carry `has_more: boolean`.
 */
export function docsOverlay(definitions: Definitions): void {
  walk(definitions, (schema) => {
    const kind = constOf(schema.properties?.type);
    if (kind !== 'relation' && kind !== 'people') return;
    if (!schema.properties?.id || !schema.properties[kind] || schema.properties.object) return;
    schema.properties.has_more = { type: 'boolean' };
  });
}

/**
 * Notion documents a view's filter and sorts as the data source query's shapes, but SDK 5.26 types
 * both as empty records, which would refuse every real filter. The query's schemas stand in for them.
 */
export function viewFilterOverlay(definitions: Definitions): void {
  const view = definitions.CreateViewRequest?.properties;
  const stored = definitions.DataSourceViewObjectResponse?.properties;
  const query = definitions.NotionQueryDataSource?.properties;
  if (!view || !stored || !query?.filter || !query.sorts) return;
  view.filter = structuredClone(query.filter);
  view.sorts = structuredClone(query.sorts);
  // A view answers with the filter it was given, so the response's filter is the same shape, or null.
  stored.filter = { anyOf: [structuredClone(query.filter), { type: 'null' }] };
}

const TRASHABLE = new Set(['page', 'block', 'database', 'data_source']);

/**
 * Notion-Version 2026-03-11 renames `archived` to `in_trash` in responses and drops the deprecated
 * request fields (`archived`, and an append's `after`, which `position` replaces). SDK 5.26 still
 * requires `archived` in its response types, so this overlay rewrites them for that version.
 */
function version20260311(definitions: Definitions, requestRoots: readonly string[]): void {
  walk(definitions, (schema) => {
    const object = constOf(schema.properties?.object);
    if (typeof object !== 'string' || !TRASHABLE.has(object) || !schema.properties?.archived) return;
    delete schema.properties.archived;
    schema.properties.in_trash ??= { type: 'boolean' };
    const required = (schema.required ?? []).filter((key) => key !== 'archived');
    schema.required = required.includes('in_trash') ? required : [...required, 'in_trash'];
  });
  for (const root of requestRoots) {
    const schema = definitions[root];
    for (const branch of schema?.anyOf ?? (schema ? [schema] : [])) {
      delete branch.properties?.archived;
      delete branch.properties?.after;
    }
  }
}

/** The Notion-Version values that have an overlay; any other version validates against the SDK as is. */
export const VERSION_OVERLAYS: Record<
  string,
  (definitions: Definitions, requestRoots: readonly string[]) => void
> = {
  '2026-03-11': version20260311,
};

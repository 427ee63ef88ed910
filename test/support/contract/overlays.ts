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

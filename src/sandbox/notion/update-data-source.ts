import type { DataSourceObjectResponse } from '@notionhq/client';
import { param, type NotionContext } from './context.ts';
import { validationError } from './errors.ts';
import { renderDataSource } from './databases.ts';
import { findProperty, normalizeProperty, optionsOf, type SelectOption } from './schema.ts';
import type { PropertySchema } from './store.ts';

// `PATCH /v1/data_sources/{id}` with `properties`: adds a property, renames one (`{ name }`), removes
// one (`null`), or changes a select's options. As Notion documents, a status property's options cannot
// be changed through the API, and the title property's type cannot be changed. A select's options are
// replaced by the list sent; an option sent with the id or name of an existing one keeps its id and
// colour, so sending the existing options plus new ones adds without losing any.

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function mergedOptions(existing: readonly SelectOption[], sent: SelectOption[]): SelectOption[] {
  return sent.map((option) => {
    const same = existing.find((o) => o.id === option.id || o.name === option.name);
    return same ? { ...same, name: option.name } : option;
  });
}

function updateProperty(
  scope: string,
  current: PropertySchema,
  raw: Record<string, unknown>,
  path: string,
): PropertySchema {
  const name = typeof raw.name === 'string' ? raw.name : current.name;
  const typeKeys = Object.keys(raw).filter((key) => key !== 'name' && key !== 'description');
  if (typeKeys.length === 0) return { ...current, name };
  const next = normalizeProperty(scope, name, raw, path);
  if (current.type === 'title' && next.type !== 'title') {
    throw validationError(`${path}: the type of the title property cannot be changed.`);
  }
  if (next.type === 'status' && current.type === 'status') {
    throw validationError(
      `${path}: the name or options of a status property cannot be updated through the API.`,
    );
  }
  if (next.type === current.type && (next.type === 'select' || next.type === 'multi_select')) {
    const options = mergedOptions(optionsOf(current), optionsOf(next));
    return { ...current, name, config: { ...current.config, options } };
  }
  return { ...next, id: current.id };
}

export function updateDataSource(ctx: NotionContext): DataSourceObjectResponse {
  const { store, body } = ctx;
  const dataSource = store.dataSource(param(ctx, 0));
  if (body.properties !== undefined && !isRecord(body.properties)) {
    throw validationError('body.properties should be an object.');
  }
  let properties = [...dataSource.properties];
  for (const [key, raw] of Object.entries(body.properties ?? {})) {
    const path = `body.properties.${key}`;
    const current = findProperty(properties, key);
    if (raw === null) {
      if (!current) throw validationError(`${path}: no property named or with id ${key}.`);
      if (current.type === 'title') throw validationError(`${path}: the title property cannot be removed.`);
      properties = properties.filter((p) => p !== current);
      continue;
    }
    if (!isRecord(raw)) throw validationError(`${path} should be an object or null.`);
    if (current) {
      const updated = updateProperty(dataSource.id, current, raw, path);
      properties = properties.map((p) => (p === current ? updated : p));
    } else {
      const added = normalizeProperty(dataSource.id, key, raw, path);
      if (added.type === 'title')
        throw validationError(`${path}: a data source has exactly one title property.`);
      properties.push(added);
    }
  }
  dataSource.properties = properties;
  dataSource.lastEditedTime = store.timestamp();
  return renderDataSource(store, dataSource);
}

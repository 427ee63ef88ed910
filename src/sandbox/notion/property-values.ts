import { randomUUID } from 'node:crypto';
import { validationError } from './errors.ts';
import { normalizeId } from './ids.ts';
import { toRichText } from './rich-text.ts';
import { findProperty, optionsOf, type SelectOption } from './schema.ts';
import type { DataSourceRecord, NotionStore, PropertySchema, StoredValue } from './store.ts';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})?)?$/;

/** Picks the value under the type key; a value keyed by another type is "expected to be" the schema's type. */
function valueFor(property: PropertySchema, raw: unknown): unknown {
  if (!isRecord(raw)) throw validationError(`${property.name} is expected to be ${property.type}.`);
  if (typeof raw.type === 'string' && raw.type !== property.type) {
    throw validationError(`${property.name} is expected to be ${property.type}.`);
  }
  if (!(property.type in raw)) throw validationError(`${property.name} is expected to be ${property.type}.`);
  return raw[property.type];
}

function selectOption(
  property: PropertySchema,
  raw: unknown,
  path: string,
  allowNew: boolean,
): Omit<SelectOption, 'description'> {
  if (!isRecord(raw)) throw validationError(`${path} should be an object or \`null\`.`);
  const options = optionsOf(property);
  const byId = typeof raw.id === 'string' ? options.find((o) => o.id === raw.id) : undefined;
  const byName = typeof raw.name === 'string' ? options.find((o) => o.name === raw.name) : undefined;
  const found = byId ?? byName;
  if (found) return { id: found.id, name: found.name, color: found.color };
  if (property.type === 'status') {
    throw validationError(
      `Invalid status option. Status option "${String(raw.name ?? raw.id)}" does not exist".`,
    );
  }
  if (!allowNew || typeof raw.name !== 'string') {
    throw validationError(`${path}: select option with id ${String(raw.id)} does not exist.`);
  }
  if (raw.name.includes(','))
    throw validationError(`${path}.name: select option names cannot contain commas.`);
  // Notion adds an unknown select option to the schema on write instead of refusing it.
  const option: SelectOption = {
    id: randomUUID(),
    name: raw.name,
    color: typeof raw.color === 'string' ? raw.color : 'default',
    description: null,
  };
  property.config.options = [...options, option];
  return { id: option.id, name: option.name, color: option.color };
}

function dateValue(property: PropertySchema, raw: unknown, path: string): unknown {
  if (raw === null) return null;
  if (!isRecord(raw) || typeof raw.start !== 'string' || !ISO_DATE.test(raw.start)) {
    throw validationError(
      `${path}.start should be a valid ISO 8601 date string, instead was \`${JSON.stringify(isRecord(raw) ? raw.start : raw)}\`.`,
    );
  }
  const end = typeof raw.end === 'string' ? raw.end : null;
  if (end !== null && !ISO_DATE.test(end))
    throw validationError(`${path}.end should be a valid ISO 8601 date string.`);
  return { start: raw.start, end, time_zone: typeof raw.time_zone === 'string' ? raw.time_zone : null };
}

function idList(property: PropertySchema, raw: unknown, path: string, kind: 'user' | 'page'): unknown[] {
  if (!Array.isArray(raw)) throw validationError(`${property.name} is expected to be ${property.type}.`);
  return raw.map((item, index) => {
    if (!isRecord(item) || typeof item.id !== 'string')
      throw validationError(`${path}[${index}].id should be defined.`);
    const id = normalizeId(item.id);
    return kind === 'user' ? { object: 'user', id } : { id };
  });
}

function nullableString(property: PropertySchema, raw: unknown): string | null {
  if (raw === null) return null;
  if (typeof raw !== 'string') throw validationError(`${property.name} is expected to be ${property.type}.`);
  return raw;
}

/** Converts one request value to its stored form, growing select schemas as Notion does. */
export function toStoredValue(
  store: NotionStore,
  property: PropertySchema,
  raw: unknown,
  path: string,
): StoredValue {
  const value = valueFor(property, raw);
  const valuePath = `${path}.${property.type}`;
  const type = property.type;
  switch (type) {
    case 'title':
    case 'rich_text':
      return { type, value: toRichText(value, valuePath, store) };
    case 'number':
      if (value !== null && (typeof value !== 'number' || !Number.isFinite(value))) {
        throw validationError(`${property.name} is expected to be number.`);
      }
      return { type, value };
    case 'checkbox':
      if (typeof value !== 'boolean') throw validationError(`${property.name} is expected to be checkbox.`);
      return { type, value };
    case 'select':
    case 'status':
      return {
        type,
        value: value === null ? null : selectOption(property, value, valuePath, type === 'select'),
      };
    case 'multi_select':
      if (!Array.isArray(value)) throw validationError(`${property.name} is expected to be multi_select.`);
      return {
        type,
        value: value.map((item, i) => selectOption(property, item, `${valuePath}[${i}]`, true)),
      };
    case 'date':
      return { type, value: dateValue(property, value, valuePath) };
    case 'people':
      return { type, value: idList(property, value, valuePath, 'user') };
    case 'relation':
      return { type, value: idList(property, value, valuePath, 'page') };
    case 'email':
    case 'url':
    case 'phone_number':
      return { type, value: nullableString(property, value) };
    default:
      throw validationError(`${property.name} is a ${type} property and cannot be written.`);
  }
}

export function emptyValue(property: PropertySchema): StoredValue {
  const empty: Record<string, unknown> = {
    title: [],
    rich_text: [],
    multi_select: [],
    people: [],
    relation: [],
    checkbox: false,
  };
  return { type: property.type, value: property.type in empty ? empty[property.type] : null };
}

/** Applies a `properties` object from pages.create/update to a page in a data source. */
export function applyProperties(
  store: NotionStore,
  dataSource: DataSourceRecord,
  target: Record<string, StoredValue>,
  raw: unknown,
  path = 'body.properties',
): void {
  if (raw === undefined) return;
  if (!isRecord(raw))
    throw validationError(`${path} should be an object, instead was \`${JSON.stringify(raw)}\`.`);
  for (const [key, value] of Object.entries(raw)) {
    const property = findProperty(dataSource.properties, key);
    if (!property) throw validationError(`${key} is not a property that exists.`);
    target[property.name] = toStoredValue(store, property, value, `${path}.${key}`);
  }
}

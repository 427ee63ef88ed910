import { bodyValidationError, validationError } from './errors.ts';
import type { DataSourceRecord, PropertySchema } from './store.ts';

// What Notion checks in a view's body before it stores it: the type, that a configuration matches it,
// and that every property a group-by, filter or sort names exists on the view's data source. A wrong id
// is refused with a validation_error naming it, as the real API does, so a typo fails in tests.

export const VIEW_TYPES = [
  'table',
  'board',
  'list',
  'calendar',
  'timeline',
  'gallery',
  'form',
  'chart',
  'map',
  'dashboard',
] as const;
export type ViewType = (typeof VIEW_TYPES)[number];

/** Property types each group-by type may name (a select group-by cannot group a status, and so on). */
const GROUP_TYPES: Readonly<Record<string, readonly string[]>> = {
  select: ['select'],
  multi_select: ['multi_select'],
  status: ['status'],
  person: ['people'],
  relation: ['relation'],
  date: ['date'],
  text: ['rich_text'],
  title: ['title'],
  number: ['number'],
  checkbox: ['checkbox'],
};

/** Notion nests compound filters two levels deep at most. */
const MAX_FILTER_DEPTH = 2;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const same = (a: string, b: string) => a === b || decodeURIComponent(a) === decodeURIComponent(b);

/** A property by id, or (where Notion allows it, in filters and sorts) by name. */
function findProperty(source: DataSourceRecord, ref: string, byName: boolean): PropertySchema | undefined {
  return source.properties.find((p) => same(p.id, ref) || (byName && p.name === ref));
}

function requireProperty(
  source: DataSourceRecord,
  ref: unknown,
  path: string,
  byName: boolean,
): PropertySchema {
  if (typeof ref !== 'string' || ref === '') throw bodyValidationError(path, 'should be a string');
  const property = findProperty(source, ref, byName);
  if (!property) throw validationError(`Could not find property with name or id: ${ref}`);
  return property;
}

function checkGroupBy(source: DataSourceRecord, raw: unknown, path: string): void {
  if (!isRecord(raw)) throw bodyValidationError(path, 'should be an object');
  const allowed = typeof raw.type === 'string' ? GROUP_TYPES[raw.type] : undefined;
  if (!allowed)
    throw bodyValidationError(`${path}.type`, `should be one of ${Object.keys(GROUP_TYPES).join(', ')}`);
  const property = requireProperty(source, raw.property_id, `${path}.property_id`, false);
  if (!allowed.includes(property.type)) {
    throw validationError(
      `${path}.type "${String(raw.type)}" cannot group the ${property.type} property ${property.id}.`,
    );
  }
  if (!isRecord(raw.sort)) throw bodyValidationError(`${path}.sort`, 'should be defined');
}

export function checkConfiguration(source: DataSourceRecord, type: ViewType, raw: unknown): void {
  if (raw === undefined || raw === null) {
    if (type === 'board') throw bodyValidationError('configuration', 'should be defined for a board view');
    return;
  }
  if (!isRecord(raw)) throw bodyValidationError('configuration', 'should be an object');
  if (raw.type !== type) {
    throw bodyValidationError('configuration.type', `should be \`"${type}"\`, the view's type`);
  }
  if (type === 'board' && raw.group_by === undefined) {
    throw bodyValidationError('configuration.group_by', 'should be defined');
  }
  if (raw.group_by !== undefined && raw.group_by !== null) {
    checkGroupBy(source, raw.group_by, 'configuration.group_by');
  }
}

export function checkFilter(source: DataSourceRecord, raw: unknown, path = 'filter', depth = 0): void {
  if (!isRecord(raw)) throw bodyValidationError(path, 'should be an object');
  for (const key of ['and', 'or'] as const) {
    const list = raw[key];
    if (list === undefined) continue;
    if (!Array.isArray(list)) throw bodyValidationError(`${path}.${key}`, 'should be an array');
    if (depth >= MAX_FILTER_DEPTH) {
      throw validationError(
        `${path}: compound filters can be nested at most ${MAX_FILTER_DEPTH} levels deep.`,
      );
    }
    list.forEach((item, i) => checkFilter(source, item, `${path}.${key}[${i}]`, depth + 1));
    return;
  }
  if (typeof raw.timestamp === 'string') return;
  const property = requireProperty(source, raw.property, `${path}.property`, true);
  const conditions = Object.keys(raw).filter((k) => k !== 'property' && k !== 'type');
  if (conditions.length !== 1 || conditions[0] !== property.type) {
    throw validationError(
      `${path}: the property ${property.id} is a ${property.type} property; use a \`${property.type}\` condition.`,
    );
  }
}

export function checkSorts(source: DataSourceRecord, raw: unknown): void {
  if (!Array.isArray(raw)) throw bodyValidationError('sorts', 'should be an array');
  raw.forEach((sort: unknown, i) => {
    if (!isRecord(sort)) throw bodyValidationError(`sorts[${i}]`, 'should be an object');
    if (typeof sort.timestamp !== 'string')
      requireProperty(source, sort.property, `sorts[${i}].property`, true);
    if (sort.direction !== 'ascending' && sort.direction !== 'descending') {
      throw bodyValidationError(`sorts[${i}].direction`, 'should be `"ascending"` or `"descending"`');
    }
  });
}

import type { RichTextItemResponse } from '@notionhq/client';
import { compareDate, inWindow, resolveRelative, type DateComparison } from './dates.ts';
import { validationError } from './errors.ts';
import { normalizeId } from './ids.ts';
import { plainText } from './rich-text.ts';
import { findProperty } from './schema.ts';
import type { DataSourceRecord, NotionStore, PageRecord, PropertySchema } from './store.ts';

type Condition = Record<string, unknown>;
export type PageMatcher = (page: PageRecord) => boolean;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const TEXT_TYPES = new Set(['title', 'rich_text', 'email', 'url', 'phone_number']);
const DATE_OPS: DateComparison[] = ['equals', 'before', 'after', 'on_or_before', 'on_or_after'];

function operatorOf(condition: Condition, path: string): [string, unknown] {
  const entries = Object.entries(condition);
  const first = entries[0];
  if (entries.length !== 1 || !first)
    throw validationError(`body failed validation: ${path} should have exactly one operator.`);
  return first;
}

function isEmptyValue(value: unknown): boolean {
  return (
    value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)
  );
}

function existence(op: string, value: unknown): boolean | undefined {
  if (op === 'is_empty') return isEmptyValue(value);
  if (op === 'is_not_empty') return !isEmptyValue(value);
  return undefined;
}

function textMatch(actual: string, op: string, expected: unknown): boolean {
  const e = String(expected);
  const table: Record<string, () => boolean> = {
    equals: () => actual === e,
    does_not_equal: () => actual !== e,
    contains: () => actual.includes(e),
    does_not_contain: () => !actual.includes(e),
    starts_with: () => actual.startsWith(e),
    ends_with: () => actual.endsWith(e),
  };
  const run = table[op];
  if (!run) throw validationError(`body failed validation: unknown text filter operator \`${op}\`.`);
  return run();
}

function numberMatch(actual: number | null, op: string, expected: unknown): boolean {
  if (actual === null) return false;
  const e = Number(expected);
  const table: Record<string, boolean> = {
    equals: actual === e,
    does_not_equal: actual !== e,
    greater_than: actual > e,
    less_than: actual < e,
    greater_than_or_equal_to: actual >= e,
    less_than_or_equal_to: actual <= e,
  };
  if (!(op in table))
    throw validationError(`body failed validation: unknown number filter operator \`${op}\`.`);
  return table[op] ?? false;
}

function dateMatch(actual: string | null, op: string, expected: unknown, now: Date): boolean {
  if (actual === null) return false;
  if ((DATE_OPS as string[]).includes(op)) {
    return compareDate(actual, op as DateComparison, resolveRelative(String(expected), now));
  }
  const windowed = inWindow(actual, op, now);
  if (windowed === undefined)
    throw validationError(`body failed validation: unknown date filter operator \`${op}\`.`);
  return windowed;
}

function names(expected: unknown): string[] {
  return Array.isArray(expected) ? expected.map(String) : [String(expected)];
}

/** Evaluates one operator against one stored value of the given property type. */
function matchValue(
  store: NotionStore,
  type: string,
  value: unknown,
  op: string,
  expected: unknown,
): boolean {
  const exists = existence(op, value);
  if (exists !== undefined) return exists;
  if (TEXT_TYPES.has(type)) {
    const text = Array.isArray(value)
      ? plainText(value as RichTextItemResponse[])
      : typeof value === 'string'
        ? value
        : '';
    return textMatch(text, op, expected);
  }
  if (type === 'number') return numberMatch(value as number | null, op, expected);
  if (type === 'checkbox') return op === 'equals' ? value === expected : value !== expected;
  if (type === 'select' || type === 'status') {
    const name = (value as { name: string } | null)?.name;
    const hit = name !== undefined && names(expected).includes(name);
    return op === 'equals' ? hit : !hit;
  }
  if (type === 'multi_select') {
    const hit = ((value as { name: string }[] | null) ?? []).some((o) => o.name === String(expected));
    return op === 'contains' ? hit : !hit;
  }
  if (type === 'people' || type === 'relation') {
    const wanted = expected === 'me' ? store.botId : normalizeId(String(expected));
    const hit = ((value as { id: string }[] | null) ?? []).some((item) => item.id === wanted);
    return op === 'contains' ? hit : !hit;
  }
  if (type === 'date')
    return dateMatch((value as { start: string } | null)?.start ?? null, op, expected, store.now());
  if (type === 'created_time' || type === 'last_edited_time') {
    return dateMatch(value as string, op, expected, store.now());
  }
  throw validationError(`body failed validation: filtering on ${type} properties is not supported.`);
}

function propertyValue(page: PageRecord, property: PropertySchema): unknown {
  if (property.type === 'created_time') return page.createdTime;
  if (property.type === 'last_edited_time') return page.lastEditedTime;
  return page.properties[property.name]?.value ?? null;
}

/** Compiles a filter once per query; validation errors surface before any page is read. */
export function compileFilter(
  store: NotionStore,
  dataSource: DataSourceRecord,
  filter: unknown,
  path = 'body.filter',
  depth = 0,
): PageMatcher {
  if (filter === undefined || filter === null) return () => true;
  if (!isRecord(filter)) throw validationError(`body failed validation: ${path} should be an object.`);
  for (const group of ['and', 'or'] as const) {
    const members = filter[group];
    if (members === undefined) continue;
    // Notion allows compound filters nested two levels deep, no more.
    if (depth >= 2)
      throw validationError(
        `body failed validation: ${path}.${group} should be not present, instead was \`[...]\`.`,
      );
    if (!Array.isArray(members))
      throw validationError(`body failed validation: ${path}.${group} should be an array.`);
    const matchers = members.map((m, i) =>
      compileFilter(store, dataSource, m, `${path}.${group}[${i}]`, depth + 1),
    );
    return group === 'and' ? (p) => matchers.every((m) => m(p)) : (p) => matchers.some((m) => m(p));
  }
  if (filter.timestamp === 'created_time' || filter.timestamp === 'last_edited_time') {
    const key = filter.timestamp;
    const condition = filter[key];
    if (!isRecord(condition))
      throw validationError(`body failed validation: ${path}.${key} should be defined.`);
    const [op, expected] = operatorOf(condition, `${path}.${key}`);
    return (page) =>
      matchValue(store, key, key === 'created_time' ? page.createdTime : page.lastEditedTime, op, expected);
  }
  if (typeof filter.property !== 'string') {
    throw validationError(
      `body failed validation: ${path}.property should be defined, instead was \`undefined\`.`,
    );
  }
  const property = findProperty(dataSource.properties, filter.property);
  if (!property) throw validationError(`Could not find property with name or id: ${filter.property}`);
  const typeKey = Object.keys(filter).find((key) => key !== 'property' && key !== 'type');
  const condition = typeKey ? filter[typeKey] : undefined;
  if (!typeKey || !isRecord(condition))
    throw validationError(`body failed validation: ${path} should have a filter condition.`);
  if (typeKey !== property.type) {
    throw validationError(
      `body failed validation: ${path}.${typeKey} does not match the type of property "${property.name}" (${property.type}).`,
    );
  }
  const [op, expected] = operatorOf(condition, `${path}.${typeKey}`);
  return (page) => matchValue(store, property.type, propertyValue(page, property), op, expected);
}

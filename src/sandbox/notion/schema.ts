import { randomUUID } from 'node:crypto';
import { validationError } from './errors.ts';
import { propertyIdFor } from './ids.ts';
import type { PropertySchema } from './store.ts';

/** Property types the emulator can store and filter; others are refused rather than half-supported. */
export const PROPERTY_TYPES = [
  'title',
  'rich_text',
  'number',
  'select',
  'multi_select',
  'status',
  'date',
  'people',
  'relation',
  'checkbox',
  'email',
  'url',
  'phone_number',
  'created_time',
  'last_edited_time',
] as const;

export type PropertyType = (typeof PROPERTY_TYPES)[number];

export const SELECT_COLORS = [
  'default',
  'gray',
  'brown',
  'orange',
  'yellow',
  'green',
  'blue',
  'purple',
  'pink',
  'red',
];

export interface SelectOption {
  id: string;
  name: string;
  color: string;
  description: string | null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isPropertyType(value: string): value is PropertyType {
  return (PROPERTY_TYPES as readonly string[]).includes(value);
}

function normalizeOptions(raw: unknown, offset = 0): SelectOption[] {
  if (!Array.isArray(raw)) return [];
  return raw.filter(isRecord).map((option, index) => ({
    id: typeof option.id === 'string' ? option.id : randomUUID(),
    name: typeof option.name === 'string' ? option.name : '',
    color:
      typeof option.color === 'string'
        ? option.color
        : (SELECT_COLORS[(index + offset) % SELECT_COLORS.length] ?? 'default'),
    description: typeof option.description === 'string' ? option.description : null,
  }));
}

const DEFAULT_STATUS = [
  { name: 'Not started', color: 'default', group: 'To-do' },
  { name: 'In progress', color: 'blue', group: 'In progress' },
  { name: 'Done', color: 'green', group: 'Complete' },
];

function statusConfig(raw: Record<string, unknown>): Record<string, unknown> {
  const given = normalizeOptions(raw.options);
  const options = given.length > 0 ? given : normalizeOptions(DEFAULT_STATUS);
  if (Array.isArray(raw.groups)) return { options, groups: raw.groups };
  // Without groups every option lands in "To-do"; status groups are never read by review-sync.
  const groups = ['To-do', 'In progress', 'Complete'].map((name, index) => ({
    id: randomUUID(),
    name,
    color: ['gray', 'blue', 'green'][index],
    option_ids: options
      .filter((option) => (DEFAULT_STATUS.find((d) => d.name === option.name)?.group ?? 'To-do') === name)
      .map((option) => option.id),
  }));
  return { options, groups };
}

/** Accepts a property in request or response form and returns the stored schema. */
export function normalizeProperty(scope: string, name: string, raw: unknown, path: string): PropertySchema {
  if (!isRecord(raw)) throw validationError(`${path} should be an object.`);
  const type = typeof raw.type === 'string' ? raw.type : Object.keys(raw).find((key) => isPropertyType(key));
  if (!type || !isPropertyType(type)) {
    throw validationError(
      `${path}.type should be one of ${PROPERTY_TYPES.join(', ')}, instead was \`${String(type)}\`.`,
    );
  }
  const rawConfig = isRecord(raw[type]) ? raw[type] : {};
  let config: Record<string, unknown> = {};
  if (type === 'select' || type === 'multi_select') config = { options: normalizeOptions(rawConfig.options) };
  else if (type === 'status') config = statusConfig(rawConfig);
  else if (type === 'number')
    config = { format: typeof rawConfig.format === 'string' ? rawConfig.format : 'number' };
  else if (type === 'relation') {
    config = {
      database_id: rawConfig.database_id ?? null,
      data_source_id: rawConfig.data_source_id ?? null,
      type: 'single_property',
      single_property: {},
    };
  }
  return {
    id: type === 'title' ? 'title' : typeof raw.id === 'string' ? raw.id : propertyIdFor(scope, name),
    name,
    type,
    description: typeof raw.description === 'string' ? raw.description : null,
    config,
  };
}

export function normalizeProperties(scope: string, raw: unknown, path: string): PropertySchema[] {
  if (!isRecord(raw)) throw validationError(`${path} should be an object.`);
  const properties = Object.entries(raw).map(([name, value]) =>
    normalizeProperty(scope, name, value, `${path}.${name}`),
  );
  if (properties.filter((property) => property.type === 'title').length !== 1) {
    throw validationError(`${path} should have exactly one title property.`);
  }
  return properties;
}

/** Response shape of one property, as `data_sources.retrieve` returns it. */
export function renderProperty(property: PropertySchema): Record<string, unknown> {
  return {
    id: property.id,
    name: property.name,
    description: property.description,
    type: property.type,
    [property.type]: property.config,
  };
}

export function findProperty(properties: readonly PropertySchema[], key: string): PropertySchema | undefined {
  const decoded = safeDecode(key);
  return properties.find(
    (p) => p.name === key || p.id === key || p.id === decoded || safeDecode(p.id) === decoded,
  );
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

export function optionsOf(property: PropertySchema): SelectOption[] {
  return (property.config.options as SelectOption[] | undefined) ?? [];
}

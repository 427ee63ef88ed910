import type {
  GetPagePropertyResponse,
  PageObjectResponse,
  PropertyItemObjectResponse,
  UserObjectResponse,
} from '@notionhq/client';
import { LIMITS } from './limits.ts';
import { notionUrl } from './ids.ts';
import { indexCursor, paginate } from './pagination.ts';
import { findProperty } from './schema.ts';
import { emptyValue } from './property-values.ts';
import { notFound } from './errors.ts';
import type { NotionStore, PageRecord, PropertySchema, StoredValue } from './store.ts';

type UserValue = UserObjectResponse | { object: 'user'; id: string };

function userValue(store: NotionStore, id: string): UserValue {
  return store.users.get(id) ?? { object: 'user', id };
}

function computedValue(page: PageRecord, property: PropertySchema, stored: StoredValue | undefined): unknown {
  if (property.type === 'created_time') return page.createdTime;
  if (property.type === 'last_edited_time') return page.lastEditedTime;
  // A property added after the page was written (or retyped since) reads as that type's empty value,
  // as Notion shows it: `rich_text: []`, not a missing field.
  return stored !== undefined && stored.type === property.type ? stored.value : emptyValue(property).value;
}

/** One property as it appears inside a page object; reference lists stop at 25 with `has_more`. */
function renderValue(
  store: NotionStore,
  page: PageRecord,
  property: PropertySchema,
): Record<string, unknown> {
  const stored = page.properties[property.name];
  const value = computedValue(page, property, stored);
  const base = { id: property.id, type: property.type };
  if (property.type === 'people' || property.type === 'relation') {
    const list = (value as { id: string }[] | null) ?? [];
    const shown = list.slice(0, LIMITS.pageReferences);
    const rendered = property.type === 'people' ? shown.map((u) => userValue(store, u.id)) : shown;
    return { ...base, [property.type]: rendered, has_more: list.length > LIMITS.pageReferences };
  }
  return { ...base, [property.type]: value };
}

function schemaOf(store: NotionStore, page: PageRecord): PropertySchema[] {
  if (page.parent.type === 'data_source_id') return store.dataSource(page.parent.data_source_id).properties;
  return [{ id: 'title', name: 'title', type: 'title', description: null, config: {} }];
}

export function renderPage(store: NotionStore, page: PageRecord): PageObjectResponse {
  const properties: Record<string, unknown> = {};
  for (const property of schemaOf(store, page))
    properties[property.name] = renderValue(store, page, property);
  return {
    object: 'page',
    id: page.id,
    created_time: page.createdTime,
    last_edited_time: page.lastEditedTime,
    created_by: { object: 'user', id: page.createdBy },
    last_edited_by: { object: 'user', id: page.lastEditedBy },
    cover: null,
    icon: null,
    parent: page.parent,
    in_trash: page.inTrash,
    archived: page.inTrash,
    is_archived: page.inTrash,
    is_locked: false,
    // Property values are assembled per type above; the SDK's union cannot be built generically.
    properties: properties as PageObjectResponse['properties'],
    url: notionUrl(page.id, store.pageTitle(page.id) ?? ''),
    public_url: null,
  } satisfies PageObjectResponse;
}

const LIST_TYPES = new Set(['title', 'rich_text', 'people', 'relation']);

/** `pages.properties.retrieve`: list types paginate one item per entry, others return a single item. */
export function renderPropertyItem(
  store: NotionStore,
  page: PageRecord,
  propertyId: string,
  startCursor: unknown,
  pageSize: number,
): GetPagePropertyResponse {
  const property = findProperty(schemaOf(store, page), propertyId);
  if (!property) throw notFound('property', propertyId);
  const value = computedValue(page, property, page.properties[property.name]);
  if (!LIST_TYPES.has(property.type)) {
    return {
      object: 'property_item',
      id: property.id,
      type: property.type,
      [property.type]: value,
    } as PropertyItemObjectResponse;
  }
  const entries = (value as unknown[] | null) ?? [];
  const items = entries.map((entry) => ({
    object: 'property_item',
    id: property.id,
    type: property.type,
    [property.type]: property.type === 'people' ? userValue(store, (entry as { id: string }).id) : entry,
  })) as PropertyItemObjectResponse[];
  const page_ = paginate(items, startCursor, pageSize, indexCursor);
  return {
    object: 'list',
    ...page_,
    type: 'property_item',
    property_item: {
      id: property.id,
      next_url: null,
      type: property.type,
      [property.type]: {},
    } as Extract<GetPagePropertyResponse, { object: 'list' }>['property_item'],
  } satisfies GetPagePropertyResponse;
}

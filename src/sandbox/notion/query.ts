import type { QueryDataSourceResponse, RichTextItemResponse } from '@notionhq/client';
import { validationError } from './errors.ts';
import { compileFilter } from './filter.ts';
import { renderPage } from './page-object.ts';
import { pageSizeOf, paginate } from './pagination.ts';
import { plainText } from './rich-text.ts';
import { findProperty, optionsOf } from './schema.ts';
import type { DataSourceRecord, NotionStore, PageRecord, PropertySchema } from './store.ts';

type SortKey = (page: PageRecord) => string | number | null;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Select and status sort by option order in the schema, as the Notion UI does. */
function propertySortKey(store: NotionStore, property: PropertySchema): SortKey {
  return (page) => {
    const value = page.properties[property.name]?.value ?? null;
    switch (property.type) {
      case 'title':
      case 'rich_text':
        return plainText((value as RichTextItemResponse[] | null) ?? []) || null;
      case 'number':
        return value as number | null;
      case 'checkbox':
        return value ? 1 : 0;
      case 'select':
      case 'status': {
        const id = (value as { id: string } | null)?.id;
        return id === undefined ? null : optionsOf(property).findIndex((o) => o.id === id);
      }
      case 'date':
        return (value as { start: string } | null)?.start ?? null;
      case 'created_time':
        return page.createdTime;
      case 'last_edited_time':
        return page.lastEditedTime;
      case 'people':
        return (
          ((value as { id: string }[] | null) ?? []).map((u) => store.userName(u.id) ?? '').join(',') || null
        );
      default:
        return typeof value === 'string' ? value : null;
    }
  };
}

function compileSorts(
  store: NotionStore,
  dataSource: DataSourceRecord,
  sorts: unknown,
): (a: PageRecord, b: PageRecord) => number {
  if (sorts === undefined) return () => 0;
  if (!Array.isArray(sorts)) throw validationError('body failed validation: body.sorts should be an array.');
  const keys = sorts.map((sort, index) => {
    if (!isRecord(sort))
      throw validationError(`body failed validation: body.sorts[${index}] should be an object.`);
    const direction = sort.direction === 'descending' ? -1 : 1;
    if (sort.timestamp === 'created_time' || sort.timestamp === 'last_edited_time') {
      const field = sort.timestamp === 'created_time' ? 'createdTime' : 'lastEditedTime';
      return { key: (page: PageRecord) => page[field], direction };
    }
    const property =
      typeof sort.property === 'string' ? findProperty(dataSource.properties, sort.property) : undefined;
    if (!property)
      throw validationError(`Could not find sort property with name or id: ${String(sort.property)}`);
    return { key: propertySortKey(store, property), direction };
  });
  return (a, b) => {
    for (const { key, direction } of keys) {
      const x = key(a);
      const y = key(b);
      if (x === y) continue;
      // Empty values sort last whichever the direction.
      if (x === null) return 1;
      if (y === null) return -1;
      return (x < y ? -1 : 1) * direction;
    }
    return 0;
  };
}

/** Data source query: filter, sort (stable, creation order by default), then paginate by page id. */
export function queryDataSource(
  store: NotionStore,
  dataSource: DataSourceRecord,
  body: Record<string, unknown>,
  filterProperties: readonly string[],
): QueryDataSourceResponse {
  const matcher = compileFilter(store, dataSource, body.filter);
  const compare = compileSorts(store, dataSource, body.sorts);
  const pageSize = pageSizeOf(body.page_size, 'body.page_size');
  const wantTrash = body.in_trash === true || body.archived === true;
  const pages = [...store.pages.values()].filter(
    (page) =>
      page.parent.type === 'data_source_id' &&
      page.parent.data_source_id === dataSource.id &&
      page.inTrash === wantTrash &&
      matcher(page),
  );
  pages.sort(compare);
  const window = paginate(pages, body.start_cursor, pageSize, (page) => page.id);
  const results = window.results.map((page) => {
    const rendered = renderPage(store, page);
    if (filterProperties.length === 0) return rendered;
    const wanted = new Set(filterProperties.map((key) => findProperty(dataSource.properties, key)?.name));
    const properties = Object.fromEntries(
      Object.entries(rendered.properties).filter(([name]) => wanted.has(name)),
    );
    return { ...rendered, properties };
  });
  return {
    object: 'list',
    results,
    next_cursor: window.next_cursor,
    has_more: window.has_more,
    type: 'page_or_data_source',
    page_or_data_source: {},
  } satisfies QueryDataSourceResponse;
}

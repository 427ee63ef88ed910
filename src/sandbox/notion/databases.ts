import type {
  DatabaseObjectResponse,
  DataSourceObjectResponse,
  QueryDataSourceResponse,
} from '@notionhq/client';
import { param, type NotionContext } from './context.ts';
import { bodyValidationError } from './errors.ts';
import { newId, normalizeId, notionUrl } from './ids.ts';
import { queryDataSource } from './query.ts';
import { plainText, toRichText } from './rich-text.ts';
import { normalizeProperties, renderProperty } from './schema.ts';
import type { DatabaseRecord, DataSourceRecord, NotionStore, PropertySchema } from './store.ts';
import { storeBlock } from './block-object.ts';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function renderDatabase(store: NotionStore, database: DatabaseRecord): DatabaseObjectResponse {
  return {
    object: 'database',
    id: database.id,
    title: database.title,
    description: database.description,
    parent: database.parent,
    is_inline: database.isInline,
    in_trash: database.inTrash,
    archived: database.inTrash,
    is_locked: false,
    created_time: database.createdTime,
    last_edited_time: database.lastEditedTime,
    data_sources: database.dataSourceIds.map((id) => ({ id, name: plainText(store.dataSource(id).title) })),
    icon: null,
    cover: null,
    url: notionUrl(database.id),
    public_url: null,
  } satisfies DatabaseObjectResponse;
}

/**
 * Notion names both ends of a relation (`database_id` and `data_source_id`); a seed or a create request
 * may give only the data source, so the database is looked up when the schema is read.
 */
function withRelatedDatabase(store: NotionStore, property: PropertySchema): PropertySchema {
  const { config } = property;
  if (property.type !== 'relation' || config.database_id || typeof config.data_source_id !== 'string') {
    return property;
  }
  const target = store.dataSources.get(normalizeId(config.data_source_id));
  return target ? { ...property, config: { ...config, database_id: target.databaseId } } : property;
}

export function renderDataSource(store: NotionStore, dataSource: DataSourceRecord): DataSourceObjectResponse {
  const database = store.database(dataSource.databaseId);
  const properties = Object.fromEntries(
    dataSource.properties.map((p) => [p.name, renderProperty(withRelatedDatabase(store, p))]),
  );
  return {
    object: 'data_source',
    id: dataSource.id,
    title: dataSource.title,
    description: dataSource.description,
    parent: { type: 'database_id', database_id: database.id },
    database_parent: database.parent,
    is_inline: database.isInline,
    in_trash: dataSource.inTrash,
    archived: dataSource.inTrash,
    created_time: dataSource.createdTime,
    last_edited_time: dataSource.lastEditedTime,
    created_by: { object: 'user', id: store.botId },
    last_edited_by: { object: 'user', id: store.botId },
    // Built per type by renderProperty; the SDK union has one member per property type.
    properties: properties as DataSourceObjectResponse['properties'],
    icon: null,
    cover: null,
    url: notionUrl(dataSource.id),
    public_url: null,
  } satisfies DataSourceObjectResponse;
}

export interface NewDatabase {
  id?: string;
  title: unknown;
  parent?: unknown;
  dataSources: { id?: string; title: unknown; properties: unknown }[];
}

/** Shared by `databases.create` and seeding: one database with its data sources. */
export function insertDatabase(store: NotionStore, spec: NewDatabase, path: string): DatabaseRecord {
  const now = store.timestamp();
  const parent =
    isRecord(spec.parent) && typeof spec.parent.page_id === 'string'
      ? { type: 'page_id' as const, page_id: normalizeId(spec.parent.page_id) }
      : { type: 'workspace' as const, workspace: true as const };
  if (parent.type === 'page_id') store.page(parent.page_id);
  const database: DatabaseRecord = {
    id: spec.id ? normalizeId(spec.id) : newId(),
    title: toRichText(spec.title ?? [], `${path}.title`, store),
    description: [],
    parent,
    isInline: false,
    inTrash: false,
    createdTime: now,
    lastEditedTime: now,
    dataSourceIds: [],
  };
  store.databases.set(database.id, database);
  spec.dataSources.forEach((source, index) => {
    const id = source.id ? normalizeId(source.id) : newId();
    const dataSource: DataSourceRecord = {
      id,
      databaseId: database.id,
      title: toRichText(source.title ?? [], `${path}.dataSources[${index}].title`, store),
      description: [],
      properties: normalizeProperties(id, source.properties, `${path}.dataSources[${index}].properties`),
      inTrash: false,
      createdTime: now,
      lastEditedTime: now,
    };
    store.dataSources.set(id, dataSource);
    database.dataSourceIds.push(id);
  });
  return database;
}

/**
 * Notion lists a database made under a page among the page's children, as a `child_database` block with
 * the database's id; tools (init among them) look for existing databases that way.
 */
function addChildDatabaseBlock(store: NotionStore, database: DatabaseRecord, pageId: string): void {
  storeBlock(store, {
    id: database.id,
    parent: { type: 'page_id', page_id: pageId },
    type: 'child_database',
    content: { title: database.title.map((t) => t.plain_text).join('') },
  });
  store.page(pageId).childIds.push(database.id);
}

export function retrieveDatabase(ctx: NotionContext): DatabaseObjectResponse {
  return renderDatabase(ctx.store, ctx.store.database(param(ctx, 0)));
}

export function createDatabase(ctx: NotionContext): DatabaseObjectResponse {
  const { body, store } = ctx;
  if (!isRecord(body.parent))
    throw bodyValidationError('body.parent', 'should be defined, instead was `undefined`');
  const initial = isRecord(body.initial_data_source) ? body.initial_data_source : {};
  const properties = initial.properties ?? { Name: { title: {} } };
  const database = insertDatabase(
    store,
    { title: body.title ?? [], parent: body.parent, dataSources: [{ title: body.title ?? [], properties }] },
    'body',
  );
  if (database.parent.type === 'page_id') addChildDatabaseBlock(store, database, database.parent.page_id);
  return renderDatabase(store, database);
}

export function retrieveDataSource(ctx: NotionContext): DataSourceObjectResponse {
  return renderDataSource(ctx.store, ctx.store.dataSource(param(ctx, 0)));
}

export function queryDataSourceHandler(ctx: NotionContext): QueryDataSourceResponse {
  const dataSource = ctx.store.dataSource(param(ctx, 0));
  return queryDataSource(ctx.store, dataSource, ctx.body, ctx.url.searchParams.getAll('filter_properties'));
}

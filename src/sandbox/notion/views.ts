import type { DataSourceViewObjectResponse, ListDatabaseViewsResponse } from '@notionhq/client';
import { param, type NotionContext } from './context.ts';
import { bodyValidationError, NotionApiError, validationError } from './errors.ts';
import { newId, normalizeId, notionUrl } from './ids.ts';
import { pageSizeOf, paginate } from './pagination.ts';
import type { NotionStore, ViewRecord } from './store.ts';
import { checkConfiguration, checkFilter, checkSorts, VIEW_TYPES, type ViewType } from './view-validate.ts';

// The views endpoints: create, retrieve, and list a database's (or a data source's) views. A view
// belongs to one data source of its database; the list answers ids only, as Notion's does.

function viewNotFound(id: string): NotionApiError {
  return new NotionApiError(
    404,
    'object_not_found',
    `Could not find view with ID: ${id}. Make sure the relevant pages and databases are shared with your integration.`,
  );
}

function render(store: NotionStore, view: ViewRecord): DataSourceViewObjectResponse {
  return {
    object: 'view',
    id: view.id,
    parent: { type: 'database_id', database_id: view.databaseId },
    data_source_id: view.dataSourceId,
    name: view.name,
    type: view.type,
    created_time: view.createdTime,
    last_edited_time: view.createdTime,
    url: notionUrl(view.databaseId),
    created_by: { object: 'user', id: store.botId },
    filter: view.filter ?? null,
    sorts: (view.sorts ?? null) as DataSourceViewObjectResponse['sorts'],
    configuration: (view.configuration ?? null) as DataSourceViewObjectResponse['configuration'],
  };
}

export function createView(ctx: NotionContext): DataSourceViewObjectResponse {
  const { body, store } = ctx;
  if (typeof body.data_source_id !== 'string')
    throw bodyValidationError('data_source_id', 'should be defined');
  if (typeof body.name !== 'string') throw bodyValidationError('name', 'should be defined');
  if (!VIEW_TYPES.includes(body.type as ViewType)) {
    throw bodyValidationError('type', `should be one of ${VIEW_TYPES.map((t) => `"${t}"`).join(', ')}`);
  }
  const source = store.dataSource(body.data_source_id);
  if (typeof body.database_id === 'string' && normalizeId(body.database_id) !== source.databaseId) {
    throw validationError(`Data source ${source.id} does not belong to database ${body.database_id}.`);
  }
  const type = body.type as ViewType;
  checkConfiguration(source, type, body.configuration);
  if (body.filter !== undefined && body.filter !== null) checkFilter(source, body.filter);
  if (body.sorts !== undefined && body.sorts !== null) checkSorts(source, body.sorts);
  const view: ViewRecord = {
    id: newId(),
    databaseId: source.databaseId,
    dataSourceId: source.id,
    name: body.name,
    type,
    createdTime: store.timestamp(),
    filter: body.filter ?? null,
    sorts: body.sorts ?? null,
    configuration: body.configuration ?? null,
  };
  store.views.set(view.id, view);
  return render(store, view);
}

export function retrieveView(ctx: NotionContext): DataSourceViewObjectResponse {
  const id = param(ctx, 0);
  const view = ctx.store.views.get(normalizeId(id));
  if (!view) throw viewNotFound(id);
  return render(ctx.store, view);
}

/** `GET /v1/views?database_id=…` or `?data_source_id=…`: exactly one of the two. */
export function listViews(ctx: NotionContext): ListDatabaseViewsResponse {
  const { store, url } = ctx;
  const databaseId = url.searchParams.get('database_id');
  const dataSourceId = url.searchParams.get('data_source_id');
  if ((databaseId === null) === (dataSourceId === null)) {
    throw validationError('Provide exactly one of database_id or data_source_id.');
  }
  const owner = databaseId !== null ? store.database(databaseId).id : store.dataSource(dataSourceId ?? '').id;
  const views = [...store.views.values()].filter((v) =>
    databaseId !== null ? v.databaseId === owner : v.dataSourceId === owner,
  );
  const page = paginate(
    views,
    url.searchParams.get('start_cursor'),
    pageSizeOf(url.searchParams.get('page_size') ?? undefined, 'page_size'),
    (v) => v.id,
  );
  return {
    object: 'list',
    results: page.results.map((v) => ({ object: 'view', id: v.id })),
    next_cursor: page.next_cursor,
    has_more: page.has_more,
    type: 'view',
    view: {},
  };
}

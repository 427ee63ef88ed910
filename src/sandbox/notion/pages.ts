import type { GetPagePropertyResponse, PageObjectResponse } from '@notionhq/client';
import { archivedError } from './blocks.ts';
import { createBlock } from './block-object.ts';
import { param, type NotionContext } from './context.ts';
import { bodyValidationError, validationError } from './errors.ts';
import { newId, normalizeId } from './ids.ts';
import { enforceBlockTree } from './limits.ts';
import { renderPage, renderPropertyItem } from './page-object.ts';
import { pageSizeOf } from './pagination.ts';
import { applyProperties, emptyValue } from './property-values.ts';
import { toRichText } from './rich-text.ts';
import { requestedTemplate, startTemplate } from './templates.ts';
import type { DataSourceRecord, NotionStore, PageParent, PageRecord, StoredValue } from './store.ts';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Resolves a create-page parent; a database parent only works while it has exactly one data source. */
function resolveParent(
  store: NotionStore,
  raw: unknown,
): { parent: PageParent; dataSource?: DataSourceRecord } {
  if (!isRecord(raw)) throw bodyValidationError('body.parent', 'should be defined, instead was `undefined`');
  if (typeof raw.data_source_id === 'string') {
    const dataSource = store.dataSource(raw.data_source_id);
    return {
      parent: { type: 'data_source_id', data_source_id: dataSource.id, database_id: dataSource.databaseId },
      dataSource,
    };
  }
  if (typeof raw.database_id === 'string') {
    const database = store.database(raw.database_id);
    const [only, ...rest] = database.dataSourceIds;
    if (!only || rest.length > 0) {
      throw validationError(
        'Databases with multiple data sources are not supported in this API version. Use a data_source_id parent.',
      );
    }
    return resolveParent(store, { data_source_id: only });
  }
  if (typeof raw.page_id === 'string') {
    const page = store.page(raw.page_id);
    if (store.isTrashed(page)) throw archivedError('page');
    return { parent: { type: 'page_id', page_id: page.id } };
  }
  if (raw.workspace === true) return { parent: { type: 'workspace', workspace: true } };
  throw bodyValidationError(
    'body.parent',
    'should be a data_source_id, database_id, page_id or workspace parent',
  );
}

/** Pages outside a data source have one property, `title`. */
function applyTitleOnly(store: NotionStore, target: Record<string, StoredValue>, raw: unknown): void {
  if (raw === undefined) return;
  if (!isRecord(raw)) throw bodyValidationError('body.properties', 'should be an object');
  for (const [key, value] of Object.entries(raw)) {
    if (key !== 'title') throw validationError(`${key} is not a property that exists.`);
    const title = isRecord(value) ? value.title : undefined;
    target.title = { type: 'title', value: toRichText(title, 'body.properties.title.title', store) };
  }
}

export function insertPage(
  store: NotionStore,
  raw: { parent: unknown; properties?: unknown; children?: unknown; id?: string },
  path = 'body',
): PageRecord {
  const { parent, dataSource } = resolveParent(store, raw.parent);
  const now = store.timestamp();
  const properties: Record<string, StoredValue> = {};
  if (dataSource) {
    for (const property of dataSource.properties) properties[property.name] = emptyValue(property);
    applyProperties(store, dataSource, properties, raw.properties, `${path}.properties`);
  } else {
    properties.title = { type: 'title', value: [] };
    applyTitleOnly(store, properties, raw.properties);
  }
  const page: PageRecord = {
    id: raw.id ? normalizeId(raw.id) : newId(),
    parent,
    properties,
    inTrash: false,
    createdTime: now,
    lastEditedTime: now,
    createdBy: store.botId,
    lastEditedBy: store.botId,
    childIds: [],
  };
  if (store.pages.has(page.id)) throw validationError(`A page with ID ${page.id} already exists.`);
  if (raw.children !== undefined) {
    if (!Array.isArray(raw.children)) throw bodyValidationError(`${path}.children`, 'should be an array');
    enforceBlockTree(raw.children, `${path}.children`);
  }
  store.pages.set(page.id, page);
  const children = Array.isArray(raw.children) ? raw.children : [];
  children.forEach((child, index) => {
    const block = createBlock(
      store,
      child,
      { type: 'page_id', page_id: page.id },
      `${path}.children[${index}]`,
    );
    page.childIds.push(block.id);
  });
  if (parent.type === 'page_id') store.page(parent.page_id).childIds.push(page.id);
  return page;
}

export function createPage(ctx: NotionContext): PageObjectResponse {
  const { body, store } = ctx;
  // Checked before anything is stored: a refused template creates no page.
  const template =
    body.template === undefined
      ? null
      : requestedTemplate(store, body, resolveParent(store, body.parent).dataSource);
  const page = insertPage(store, {
    parent: body.parent,
    properties: body.properties,
    children: body.children ?? body.content,
  });
  // The page is answered blank: its template is applied later (templates.ts).
  if (template) startTemplate(store, page, template);
  return renderPage(store, page);
}

export function retrievePage(ctx: NotionContext): PageObjectResponse {
  return renderPage(ctx.store, ctx.store.page(param(ctx, 0)));
}

export function updatePage(ctx: NotionContext): PageObjectResponse {
  const { store, body } = ctx;
  const page = store.page(param(ctx, 0));
  const trashFlag = [body.in_trash, body.archived, body.is_archived].find(
    (v): v is boolean => typeof v === 'boolean',
  );
  // Restoring and editing in one request is allowed; editing a page that stays trashed is not.
  if (store.isTrashed(page) && trashFlag !== false) throw archivedError('page');
  if (body.properties !== undefined) {
    const staged = structuredClone(page.properties);
    if (page.parent.type === 'data_source_id') {
      applyProperties(store, store.dataSource(page.parent.data_source_id), staged, body.properties);
    } else applyTitleOnly(store, staged, body.properties);
    page.properties = staged;
  }
  if (trashFlag !== undefined) page.inTrash = trashFlag;
  page.lastEditedTime = store.timestamp();
  page.lastEditedBy = store.botId;
  return renderPage(store, page);
}

export function retrievePageProperty(ctx: NotionContext): GetPagePropertyResponse {
  const page = ctx.store.page(param(ctx, 0));
  const query = ctx.url.searchParams;
  const pageSize = pageSizeOf(query.get('page_size') ?? undefined, 'query.page_size');
  return renderPropertyItem(ctx.store, page, param(ctx, 1), query.get('start_cursor'), pageSize);
}

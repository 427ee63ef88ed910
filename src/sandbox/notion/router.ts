import { appendChildren, deleteBlock, listChildren, retrieveBlock, updateBlock } from './blocks.ts';
import { createComment, listComments } from './comments.ts';
import type { NotionContext, NotionHandler } from './context.ts';
import { createDatabase, queryDataSourceHandler, retrieveDatabase, retrieveDataSource } from './databases.ts';
import { NotionApiError } from './errors.ts';
import { createPage, retrievePage, retrievePageProperty, updatePage } from './pages.ts';
import { listTemplates } from './templates.ts';
import { updateDataSource } from './update-data-source.ts';
import { listUsers, me, retrieveUser } from './users.ts';
import { createView, listViews, retrieveView } from './views.ts';

export interface Route {
  method: string;
  pattern: RegExp;
  handler: NotionHandler;
}

const ID = '([^/]+)';

/** The endpoints review-sync uses, by method and path under `/v1`. */
export const ROUTES: Route[] = [
  { method: 'GET', pattern: /^\/users\/me$/, handler: me },
  { method: 'GET', pattern: /^\/users$/, handler: listUsers },
  { method: 'GET', pattern: new RegExp(`^/users/${ID}$`), handler: retrieveUser },
  { method: 'POST', pattern: /^\/databases$/, handler: createDatabase },
  { method: 'GET', pattern: new RegExp(`^/databases/${ID}$`), handler: retrieveDatabase },
  { method: 'GET', pattern: new RegExp(`^/data_sources/${ID}$`), handler: retrieveDataSource },
  { method: 'PATCH', pattern: new RegExp(`^/data_sources/${ID}$`), handler: updateDataSource },
  { method: 'POST', pattern: new RegExp(`^/data_sources/${ID}/query$`), handler: queryDataSourceHandler },
  { method: 'GET', pattern: new RegExp(`^/data_sources/${ID}/templates$`), handler: listTemplates },
  { method: 'POST', pattern: /^\/pages$/, handler: createPage },
  { method: 'GET', pattern: new RegExp(`^/pages/${ID}$`), handler: retrievePage },
  { method: 'PATCH', pattern: new RegExp(`^/pages/${ID}$`), handler: updatePage },
  { method: 'GET', pattern: new RegExp(`^/pages/${ID}/properties/${ID}$`), handler: retrievePageProperty },
  { method: 'GET', pattern: new RegExp(`^/blocks/${ID}$`), handler: retrieveBlock },
  { method: 'PATCH', pattern: new RegExp(`^/blocks/${ID}$`), handler: updateBlock },
  { method: 'DELETE', pattern: new RegExp(`^/blocks/${ID}$`), handler: deleteBlock },
  { method: 'GET', pattern: new RegExp(`^/blocks/${ID}/children$`), handler: listChildren },
  { method: 'PATCH', pattern: new RegExp(`^/blocks/${ID}/children$`), handler: appendChildren },
  { method: 'POST', pattern: /^\/comments$/, handler: createComment },
  { method: 'GET', pattern: /^\/comments$/, handler: listComments },
  { method: 'POST', pattern: /^\/views$/, handler: createView },
  { method: 'GET', pattern: /^\/views$/, handler: listViews },
  { method: 'GET', pattern: new RegExp(`^/views/${ID}$`), handler: retrieveView },
];

export function findRoute(method: string, pathUnderV1: string): { handler: NotionHandler; params: string[] } {
  for (const route of ROUTES) {
    if (route.method !== method) continue;
    const match = route.pattern.exec(pathUnderV1);
    if (match) return { handler: route.handler, params: match.slice(1) };
  }
  throw new NotionApiError(400, 'invalid_request_url', 'Invalid request URL.');
}

export function dispatch(ctx: Omit<NotionContext, 'params'>, method: string): object {
  const path = ctx.url.pathname.replace(/^\/v1/, '');
  const { handler, params } = findRoute(method, path);
  return handler({ ...ctx, params });
}

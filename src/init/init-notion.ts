import {
  Client,
  isHTTPResponseError,
  LogLevel,
  type CreateDatabaseParameters,
  type CreateViewParameters,
} from '@notionhq/client';
import type { NotionApiVersion } from '../core/config-schema.ts';
import { ConfigError, NotionApiError } from '../errors.ts';
import type { NotionEnv } from '../notion/gateway-from-env.ts';
import { canonicalId, normaliseNotionId } from '../notion/ids.ts';
import { forEachListPage, PAGE_SIZE } from '../notion/paginate.ts';
import type { DataSourceProperties } from './view-specs.ts';

// The Notion calls of `init`: list the parent page's children and create databases. The sync gateway
// (src/notion/gateway.ts) lists only the calls a sync makes, so init keeps its own small client rather
// than widening that contract. Its one retry layer is the SDK's: it retries 429 and 529 for every
// request but 5xx only for GET and DELETE, so a `databases.create` is never sent twice.

export interface CreatedDatabase {
  databaseId: string;
  dataSourceId: string;
}

export interface InitNotion {
  /** Titles of the databases directly under the page, every page of the children list read. */
  childDatabaseTitles(pageId: string): Promise<string[]>;
  createDatabase(params: CreateDatabaseParameters): Promise<CreatedDatabase>;
  /** The data source's properties by name, with the ids views group and filter by. */
  dataSourceProperties(dataSourceId: string): Promise<DataSourceProperties>;
  /** Names of the database's views: the list gives ids only, so each view is retrieved once. */
  viewNames(databaseId: string): Promise<string[]>;
  createView(params: CreateViewParameters): Promise<string>;
  /** An existing database and its first data source, from the config's `database` or `dataSource`. */
  locate(ref: { database?: string; dataSource?: string }): Promise<CreatedDatabase>;
}

/** Whether a Notion token is configured; a dry run without one skips the read-only guard. */
export function hasNotionToken(env: NotionEnv): boolean {
  return (env.NOTION_TOKEN?.trim() ?? '') !== '';
}

function wrap(error: unknown, endpoint: string): NotionApiError {
  const status = isHTTPResponseError(error) ? error.status : undefined;
  const code = isHTTPResponseError(error) ? String(error.code) : undefined;
  const reason = error instanceof Error ? error.message : String(error);
  return new NotionApiError(`Notion ${endpoint} failed${status ? ` with ${status}` : ''}: ${reason}`, {
    status,
    code,
    cause: error,
  });
}

async function send<T>(endpoint: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw wrap(error, endpoint);
  }
}

export function createInitNotion(env: NotionEnv, apiVersion?: NotionApiVersion): InitNotion {
  const token = env.NOTION_TOKEN?.trim();
  if (!token) {
    throw new ConfigError('NOTION_TOKEN is not set', {
      details: [
        'Create an internal integration in Notion with the "insert content" capability, share the parent page with it, and export its secret as NOTION_TOKEN.',
      ],
    });
  }
  // The SDK appends "/v1/" itself, as in gateway-from-env.ts.
  const baseUrl = env.NOTION_API_BASE_URL?.trim().replace(/\/+$/, '').replace(/\/v1$/, '') || undefined;
  const client = new Client({
    auth: token,
    baseUrl,
    notionVersion: apiVersion,
    // Resolved at call time so msw (and anything else that patches fetch) sees every request.
    fetch: (...args: Parameters<typeof fetch>) => globalThis.fetch(...args),
    logLevel: LogLevel.ERROR,
    logger: () => undefined,
  });

  return {
    async childDatabaseTitles(pageId) {
      const titles: string[] = [];
      await forEachListPage(
        (cursor) =>
          send('blocks.children.list', () =>
            client.blocks.children.list({
              block_id: pageId,
              page_size: PAGE_SIZE,
              ...(cursor === undefined ? {} : { start_cursor: cursor }),
            }),
          ).catch((error: unknown) => {
            throw parentProblem(error, pageId);
          }),
        (page) => {
          for (const block of page.results) {
            if ('type' in block && block.type === 'child_database') {
              titles.push(block.child_database.title);
            }
          }
        },
      );
      return titles;
    },

    async createDatabase(params) {
      const db = await send('databases.create', () => client.databases.create(params));
      let sources = 'data_sources' in db ? db.data_sources : undefined;
      // A partial answer lacks the data sources; one retrieve finds them.
      if (sources === undefined) {
        const full = await send('databases.retrieve', () =>
          client.databases.retrieve({ database_id: db.id }),
        );
        sources = 'data_sources' in full ? full.data_sources : [];
      }
      const first = sources[0];
      if (!first) throw new NotionApiError(`Notion created database ${db.id} without a data source`);
      return { databaseId: canonicalId(db.id), dataSourceId: canonicalId(first.id) };
    },

    async dataSourceProperties(dataSourceId) {
      const source = await send('dataSources.retrieve', () =>
        client.dataSources.retrieve({ data_source_id: dataSourceId }),
      );
      const properties = 'properties' in source ? Object.values(source.properties) : [];
      return Object.fromEntries(properties.map((p) => [p.name, { id: p.id, type: p.type }]));
    },

    async viewNames(databaseId) {
      const ids: string[] = [];
      await forEachListPage(
        (cursor) =>
          send('views.list', () =>
            client.views.list({
              database_id: databaseId,
              page_size: PAGE_SIZE,
              ...(cursor === undefined ? {} : { start_cursor: cursor }),
            }),
          ),
        (page) => ids.push(...page.results.map((view) => view.id)),
      );
      const names: string[] = [];
      for (const id of ids) {
        const view = await send('views.retrieve', () => client.views.retrieve({ view_id: id }));
        if ('name' in view) names.push(view.name);
      }
      return names;
    },

    async locate(ref) {
      if (ref.dataSource !== undefined) {
        const source = await send('dataSources.retrieve', () =>
          client.dataSources.retrieve({ data_source_id: ref.dataSource ?? '' }),
        );
        const parent =
          'parent' in source && source.parent.type === 'database_id' ? source.parent.database_id : '';
        return { databaseId: canonicalId(parent), dataSourceId: canonicalId(source.id) };
      }
      const id = normaliseNotionId(ref.database ?? '', 'database');
      const db = await send('databases.retrieve', () => client.databases.retrieve({ database_id: id }));
      const first = 'data_sources' in db ? db.data_sources[0] : undefined;
      if (!first) throw new NotionApiError(`Notion database ${db.id} has no data source`);
      return { databaseId: canonicalId(db.id), dataSourceId: canonicalId(first.id) };
    },

    async createView(params) {
      const view = await send('views.create', () => client.views.create(params));
      return canonicalId(view.id);
    },
  };
}

/** A parent that cannot be read is a wrong id or a page not shared with the integration: setup. */
function parentProblem(error: unknown, pageId: string): unknown {
  if (!(error instanceof NotionApiError) || (error.status !== 404 && error.status !== 400)) return error;
  return new ConfigError(`the parent page ${pageId} cannot be read (${error.status} ${error.code ?? ''})`, {
    cause: error,
    details: ['Check the --parent URL or id, and share the page with the integration (••• → Connections).'],
  });
}

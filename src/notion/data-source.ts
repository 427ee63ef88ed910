import type { GetDataSourceResponse } from '@notionhq/client';
import { ConfigError, NotionApiError } from '../errors.ts';
import type { NotionGateway } from './gateway.ts';
import { normaliseNotionId, tryNormaliseNotionId } from './ids.ts';
import { plainText } from './rich-text.ts';

/** A config section's Notion source: exactly one of the two is set (the config schema holds it). */
export interface NotionSourceRef {
  database?: string;
  dataSource?: string;
}

/** What the section names, for messages: the configured value as written. */
export function describeSourceRef(ref: NotionSourceRef): string {
  return ref.dataSource !== undefined ? `data source ${ref.dataSource}` : `database ${ref.database ?? ''}`;
}

function configuredId(value: string, what: string): string {
  const trimmed = value.trim();
  // Short plain ids pass through for emulators; anything else must look like a Notion id or URL.
  return (
    tryNormaliseNotionId(trimmed) ?? (/^[\w-]+$/.test(trimmed) ? trimmed : normaliseNotionId(trimmed, what))
  );
}

export interface RetrievedDataSource {
  id: string;
  /** The `dataSources.retrieve` answer: the live schema, read once for both resolution and checks. */
  source: GetDataSourceResponse;
  /**
   * Set when the section names a database: one request more each run than naming the data source,
   * which `hint` tells the user how to spare.
   */
  hint: string | null;
}

/**
 * The data source a section names, with its live schema. With `dataSource:` one `dataSources.retrieve`
 * is both the resolution and the schema read; with `database:` a `databases.retrieve` comes first.
 */
export async function retrieveDataSource(
  gw: NotionGateway,
  ref: NotionSourceRef,
  key: string,
): Promise<RetrievedDataSource> {
  if (ref.dataSource !== undefined) {
    const id = configuredId(ref.dataSource, 'data source');
    return { id, source: await retrieveById(gw, id, key), hint: null };
  }
  const databaseId = configuredId(ref.database ?? '', 'database');
  const resolved = await resolveDatabase(gw, databaseId);
  const source = resolved.source ?? (await gw.dataSources.retrieve({ data_source_id: resolved.id }));
  return {
    id: resolved.id,
    source,
    hint:
      `${key}: write \`dataSource: ${resolved.id}\` in place of \`database: ${ref.database ?? ''}\` ` +
      'to save one Notion request per run',
  };
}

/**
 * The data source id without reading its schema: no request with `dataSource:`, one with `database:`.
 * For sources the preflight does not check (objectives): a wrong id then fails their first query.
 */
export async function resolveDataSource(gw: NotionGateway, ref: NotionSourceRef): Promise<string> {
  if (ref.dataSource !== undefined) return configuredId(ref.dataSource, 'data source');
  return (await resolveDatabase(gw, configuredId(ref.database ?? '', 'database'))).id;
}

async function retrieveById(gw: NotionGateway, id: string, key: string): Promise<GetDataSourceResponse> {
  try {
    return await gw.dataSources.retrieve({ data_source_id: id });
  } catch (error) {
    if (!(error instanceof NotionApiError) || error.status !== 404) throw error;
    // Only on this error path: a database id under `dataSource:` is the likely slip, and worth naming.
    const asDatabase = await gw.databases.retrieve({ database_id: id }).catch(() => null);
    const sources = asDatabase && 'data_sources' in asDatabase ? asDatabase.data_sources : [];
    throw new ConfigError(`Notion data source ${id} (${key}.dataSource) was not found`, {
      cause: error,
      details:
        sources.length > 0
          ? [
              `${id} is a database; put it under \`database:\`, or give its data source:`,
              ...sources.map((s) => `  dataSource: ${s.id}  # ${s.name}`),
            ]
          : ['Check the id, and share the database with the integration (••• → Connections).'],
    });
  }
}

/** A database id (or, pasted there by habit, a data-source id) to the data source the tool uses. */
async function resolveDatabase(
  gw: NotionGateway,
  id: string,
): Promise<{ id: string; source: GetDataSourceResponse | null }> {
  let db;
  try {
    db = await gw.databases.retrieve({ database_id: id });
  } catch (error) {
    if (!(error instanceof NotionApiError) || error.status !== 404) throw error;
    const source = await confirmDataSource(gw, id, error);
    return { id: source.id, source };
  }
  const sources = 'data_sources' in db ? db.data_sources : [];
  const title = 'title' in db ? plainText(db.title).trim() : '';
  if (sources.length === 1 && sources[0]) return { id: sources[0].id, source: null };
  if (sources.length === 0) throw new ConfigError(`Notion database ${id} has no data source`);
  // Several data sources: the one named like the database is the original one the user set up.
  const named = sources.filter((source) => source.name.trim().toLowerCase() === title.toLowerCase());
  if (named.length === 1 && named[0]) return { id: named[0].id, source: null };
  throw new ConfigError(`Notion database ${id} ("${title}") has ${sources.length} data sources`, {
    details: [
      'Put the data source to use in the config with `dataSource:` in place of `database:`:',
      ...sources.map((source) => `  dataSource: ${source.id}  # ${source.name}`),
    ],
  });
}

async function confirmDataSource(
  gw: NotionGateway,
  id: string,
  notFound: NotionApiError,
): Promise<GetDataSourceResponse> {
  try {
    return await gw.dataSources.retrieve({ data_source_id: id });
  } catch (error) {
    if (error instanceof NotionApiError && error.status === 404) {
      throw new ConfigError(`Notion database ${id} was not found`, {
        cause: notFound,
        details: ['Check the id, and share the database with the integration (••• → Connections).'],
      });
    }
    throw error;
  }
}

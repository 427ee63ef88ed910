import { ConfigError, NotionApiError } from '../errors.ts';
import type { NotionGateway } from './gateway.ts';
import { normaliseNotionId, tryNormaliseNotionId } from './ids.ts';
import { plainText } from './rich-text.ts';

/**
 * Resolves a configured database (id or URL) to the data source the tool reads and writes.
 * One `databases.retrieve`; when the user pasted a data-source id instead, that call answers 404 and a
 * `dataSources.retrieve` confirms it, so either id works at the cost of one extra request.
 */
export async function resolveDataSource(gw: NotionGateway, database: string): Promise<string> {
  const trimmed = database.trim();
  // Short plain ids pass through for emulators; anything else must look like a Notion id or URL.
  const id =
    tryNormaliseNotionId(trimmed) ??
    (/^[\w-]+$/.test(trimmed) ? trimmed : normaliseNotionId(trimmed, 'database'));
  let db;
  try {
    db = await gw.databases.retrieve({ database_id: id });
  } catch (error) {
    if (!(error instanceof NotionApiError) || error.status !== 404) throw error;
    return confirmDataSource(gw, id, error);
  }
  const sources = 'data_sources' in db ? db.data_sources : [];
  const title = 'title' in db ? plainText(db.title).trim() : '';
  if (sources.length === 1 && sources[0]) return sources[0].id;
  if (sources.length === 0) throw new ConfigError(`Notion database ${id} has no data source`);
  // Several data sources: the one named like the database is the original one the user set up.
  const named = sources.filter((source) => source.name.trim().toLowerCase() === title.toLowerCase());
  if (named.length === 1 && named[0]) return named[0].id;
  throw new ConfigError(`Notion database ${id} ("${title}") has ${sources.length} data sources`, {
    details: [
      'Put the id of the data source to use in the config instead of the database id:',
      ...sources.map((source) => `  ${source.id}  ${source.name}`),
    ],
  });
}

async function confirmDataSource(gw: NotionGateway, id: string, notFound: NotionApiError): Promise<string> {
  try {
    const source = await gw.dataSources.retrieve({ data_source_id: id });
    return source.id;
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

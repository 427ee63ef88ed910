import { parseDocument } from 'yaml';
import { parseConfig, readConfigText } from '../config/load.ts';
import type { Config } from '../core/config-schema.ts';

// init runs before the databases exist, so the config may not name them yet. A missing
// `notion.reviews.database` is filled with a placeholder before validation; every other rule of the
// config applies as for a sync, since the schemas are built from it.

export const PENDING_DATABASE = 'created-by-review-sync-init';

/** Config text with `notion.reviews.database` (or `dataSource`) present; text that is not valid YAML is left as it is. */
export function withPendingDatabase(text: string): string {
  const doc = parseDocument(text);
  const named = ['database', 'dataSource'].some((key) => doc.hasIn(['notion', 'reviews', key]));
  if (doc.errors.length > 0 || named) return text;
  doc.setIn(['notion', 'reviews', 'database'], PENDING_DATABASE);
  return doc.toString();
}

export async function loadInitConfig(path: string): Promise<Config> {
  return parseConfig(withPendingDatabase(await readConfigText(path)), path);
}

import { parseDocument } from 'yaml';
import { parseConfig, readConfigText } from '../config/load.ts';
import type { Config } from '../core/config-schema.ts';

// init runs before the databases exist, so the config may not name them yet. A missing
// `notion.reviews.database` is filled with a placeholder before validation; every other rule of the
// config applies as for a sync, since the schemas are built from it.

export const PENDING_DATABASE = 'created-by-review-sync-init';

/** Config text with `notion.reviews.database` present; text that is not valid YAML is left as it is. */
export function withPendingDatabase(text: string): string {
  const doc = parseDocument(text);
  if (doc.errors.length > 0 || doc.hasIn(['notion', 'reviews', 'database'])) return text;
  doc.setIn(['notion', 'reviews', 'database'], PENDING_DATABASE);
  return doc.toString();
}

export async function loadInitConfig(path: string): Promise<Config> {
  return parseConfig(withPendingDatabase(await readConfigText(path)), path);
}

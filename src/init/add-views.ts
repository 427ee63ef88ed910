import type { Config } from '../core/config-schema.ts';
import { createViewParameters } from '../notion/view-filter.ts';
import type { CreatedDatabase, InitNotion } from './init-notion.ts';
import { DATABASE_TITLES, type InitDatabaseKey } from './notion-schemas.ts';
import { plannedViews } from './view-specs.ts';

export interface AddedView {
  database: InitDatabaseKey;
  name: string;
  viewId: string;
}

/**
 * Adds the configured views to each database, skipping a view whose name the database already shows:
 * a person may have changed it since, and a second view of the same name would only confuse.
 */
export async function addViews(
  notion: InitNotion,
  config: Config,
  databases: Partial<Record<InitDatabaseKey, CreatedDatabase>>,
  info: (line: string) => void,
): Promise<AddedView[]> {
  const added: AddedView[] = [];
  for (const [key, db] of Object.entries(databases) as [InitDatabaseKey, CreatedDatabase][]) {
    const title = DATABASE_TITLES[key];
    const plan = plannedViews(config, key, await notion.dataSourceProperties(db.dataSourceId));
    for (const line of plan.skipped) info(`${title}: ${line}`);
    if (plan.views.length === 0) continue;
    const existing = new Set(await notion.viewNames(db.databaseId));
    for (const view of plan.views) {
      if (existing.has(view.name)) {
        info(`${title}: view "${view.name}" already exists, left alone`);
        continue;
      }
      const viewId = await notion.createView(
        createViewParameters({ ...view, databaseId: db.databaseId, dataSourceId: db.dataSourceId }),
      );
      added.push({ database: key, name: view.name, viewId });
      info(`${title}: created ${view.type} view "${view.name}"`);
    }
  }
  return added;
}

import { actionItemPages, type Config } from '../core/config-schema.ts';
import { dataSourcePropertiesSchema } from '../core/notion-schema/checks.ts';
import { actionItemProperties, goalProperties, reviewProperties } from '../core/notion-schema/creation.ts';
import {
  actionItemExpectations,
  goalExpectations,
  reviewExpectations,
  type DataSourceKind,
} from '../core/notion-schema/expectations.ts';
import { planSectionMigration, type SectionMigration } from '../core/notion-schema/migration.ts';
import { retrieveDataSource, type NotionSourceRef } from '../notion/data-source.ts';
import type { NotionGateway } from '../notion/gateway.ts';

// Reads each configured data source once and works out what it lacks for this config. The reviews are
// read first: the goals' and action items' Review relation points at them.

export interface DataSourceMigration extends SectionMigration {
  dataSourceId: string;
}

function liveProperties(source: unknown) {
  const properties = (source as { properties?: unknown }).properties ?? {};
  return dataSourcePropertiesSchema.parse(properties);
}

async function read(gw: NotionGateway, ref: NotionSourceRef, key: string) {
  const retrieved = await retrieveDataSource(gw, ref, key);
  return { id: retrieved.id, live: liveProperties(retrieved.source) };
}

/** The sections config names, in the order they are checked and changed. */
export function configuredSections(
  config: Config,
): { section: DataSourceKind; ref: NotionSourceRef; key: string }[] {
  const items = actionItemPages(config);
  return [
    { section: 'reviews' as const, ref: config.notion.reviews, key: 'notion.reviews' },
    ...(config.notion.goals
      ? [{ section: 'goals' as const, ref: config.notion.goals, key: 'notion.goals' }]
      : []),
    ...(items ? [{ section: 'actionItems' as const, ref: items, key: 'notion.actionItems' }] : []),
  ];
}

export async function planMigration(gw: NotionGateway, config: Config): Promise<DataSourceMigration[]> {
  const out: DataSourceMigration[] = [];
  let reviewsId = '';
  for (const { section, ref, key } of configuredSections(config)) {
    const { id, live } = await read(gw, ref, key);
    if (section === 'reviews') reviewsId = id;
    const creatable =
      section === 'reviews'
        ? reviewProperties(config)
        : section === 'goals'
          ? goalProperties(config, reviewsId)
          : actionItemProperties(config, reviewsId);
    const expectations =
      section === 'reviews'
        ? reviewExpectations(config)
        : section === 'goals' && config.notion.goals
          ? goalExpectations(config.notion.goals)
          : config.notion.actionItems
            ? actionItemExpectations(config.notion.actionItems)
            : [];
    out.push({
      dataSourceId: id,
      ...planSectionMigration({ section, live, creatable, expectations, config }),
    });
  }
  return out;
}

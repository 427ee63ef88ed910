import { actionItemPages, type Config } from '../core/config-schema.ts';
import { dataSourcePropertiesSchema } from '../core/notion-schema/checks.ts';
import {
  actionItemProperties,
  feedbackRequestProperties,
  goalProperties,
  reviewProperties,
  type CreatableProperty,
} from '../core/notion-schema/creation.ts';
import {
  actionItemExpectations,
  feedbackRequestExpectations,
  goalExpectations,
  type PropertyExpectation,
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
    ...(config.notion.feedbackRequests
      ? [
          {
            section: 'feedbackRequests' as const,
            ref: config.notion.feedbackRequests,
            key: 'notion.feedbackRequests',
          },
        ]
      : []),
  ];
}

/** What a section may create, and what it must hold, from the contract. */
function sectionContract(
  config: Config,
  section: DataSourceKind,
  reviewsId: string,
): { creatable: CreatableProperty[]; expectations: PropertyExpectation[] } {
  const { goals, actionItems, feedbackRequests } = config.notion;
  switch (section) {
    case 'reviews':
      return { creatable: reviewProperties(config), expectations: reviewExpectations(config) };
    case 'goals':
      return {
        creatable: goalProperties(config, reviewsId),
        expectations: goals ? goalExpectations(goals) : [],
      };
    case 'actionItems':
      return {
        creatable: actionItemProperties(config, reviewsId),
        expectations: actionItems ? actionItemExpectations(actionItems) : [],
      };
    case 'feedbackRequests':
      return {
        creatable: feedbackRequestProperties(config, reviewsId),
        expectations: feedbackRequests ? feedbackRequestExpectations(feedbackRequests) : [],
      };
  }
}

export async function planMigration(gw: NotionGateway, config: Config): Promise<DataSourceMigration[]> {
  const out: DataSourceMigration[] = [];
  let reviewsId = '';
  for (const { section, ref, key } of configuredSections(config)) {
    const { id, live } = await read(gw, ref, key);
    if (section === 'reviews') reviewsId = id;
    const { creatable, expectations } = sectionContract(config, section, reviewsId);
    out.push({
      dataSourceId: id,
      ...planSectionMigration({ section, live, creatable, expectations, config }),
    });
  }
  return out;
}

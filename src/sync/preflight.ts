import type { Config } from '../core/config-schema.ts';
import {
  checkActionItemSchema,
  checkGoalSchema,
  checkReviewSchema,
  dataSourcePropertiesSchema,
  type DataSourceProperties,
} from '../doctor/check-notion-schema.ts';
import { formatFinding, type Finding } from '../doctor/findings.ts';
import { ConfigError } from '../errors.ts';
import { resolveDataSource } from '../notion/data-source.ts';
import type { NotionGateway } from '../notion/gateway.ts';

export interface ResolvedDataSources {
  reviews: string;
  goals: string | null;
  actionItems: string | null;
}

async function liveProperties(gw: NotionGateway, dataSourceId: string): Promise<DataSourceProperties> {
  const source = await gw.dataSources.retrieve({ data_source_id: dataSourceId });
  return dataSourcePropertiesSchema.parse('properties' in source ? source.properties : {});
}

/**
 * Before any write, every configured data source's live schema is compared with config, with doctor's
 * own checks: tool-owned properties and their types, the stage options, where relations point. A
 * problem stops the run with exit 2 and doctor's fix text, so a drifted schema costs zero writes
 * instead of a half-written run. Warnings (a select option the first write creates) let it go on.
 */
export async function preflight(gw: NotionGateway, config: Config): Promise<ResolvedDataSources> {
  const { notion } = config;
  const reviews = await resolveDataSource(gw, notion.reviews.database);
  const findings: Finding[] = checkReviewSchema(await liveProperties(gw, reviews), config);
  let goals: string | null = null;
  if (notion.goals) {
    goals = await resolveDataSource(gw, notion.goals.database);
    findings.push(...checkGoalSchema(await liveProperties(gw, goals), notion.goals, reviews));
  }
  let actionItems: string | null = null;
  if (notion.actionItems) {
    actionItems = await resolveDataSource(gw, notion.actionItems.database);
    findings.push(
      ...checkActionItemSchema(await liveProperties(gw, actionItems), notion.actionItems, reviews),
    );
  }
  const problems = findings.filter((f) => f.status === 'problem');
  if (problems.length > 0) {
    throw new ConfigError(
      `the Notion schema does not match the config (${problems.length} problem(s)); nothing was written`,
      {
        details: [
          ...problems.map(formatFinding),
          'Fix these in Notion or in the config; `review-sync doctor` checks again without syncing.',
        ],
      },
    );
  }
  return { reviews, goals, actionItems };
}

import { actionItemPages, type Config } from '../core/config-schema.ts';
import {
  checkActionItemSchema,
  checkFeedbackRequestSchema,
  checkGoalSchema,
  checkReviewSchema,
  dataSourcePropertiesSchema,
  type DataSourceProperties,
} from '../core/notion-schema/checks.ts';
import { formatFinding, type Finding } from '../core/findings.ts';
import { ConfigError } from '../errors.ts';
import { retrieveDataSource, type NotionSourceRef, type RetrievedDataSource } from '../notion/data-source.ts';
import type { NotionGateway } from '../notion/gateway.ts';
import { actionItemSchemaFrom, type ActionItemSchema } from '../notion/read-action-items.ts';

export interface ResolvedDataSources {
  reviews: string;
  goals: string | null;
  /** With the live schema facts the item writes need, from the same read as the check. */
  actionItems: { dataSourceId: string; schema: ActionItemSchema } | null;
  /** The Feedback requests data source, when configured. */
  feedbackRequests?: string | null;
  /** One per section named by its database: the `dataSource:` line that spares a request each run. */
  hints: string[];
}

function liveProperties(retrieved: RetrievedDataSource): DataSourceProperties {
  const { source } = retrieved;
  return dataSourcePropertiesSchema.parse('properties' in source ? source.properties : {});
}

/**
 * Before any write, every configured data source's live schema is compared with config, with doctor's
 * own checks: tool-owned properties and their types, the stage options, where relations point. A
 * problem stops the run with exit 2 and doctor's fix text, so a drifted schema costs zero writes
 * instead of a half-written run. Warnings (a select option the first write creates) let it go on.
 *
 * Cost: one `dataSources.retrieve` per section, which is also its resolution when the section names
 * its data source (`dataSource:`); a section named by `database:` costs one `databases.retrieve` more.
 */
export async function preflight(gw: NotionGateway, config: Config): Promise<ResolvedDataSources> {
  const { notion } = config;
  const hints: string[] = [];
  const read = async (ref: NotionSourceRef, key: string) => {
    const retrieved = await retrieveDataSource(gw, ref, key);
    if (retrieved.hint !== null) hints.push(retrieved.hint);
    return retrieved;
  };
  const reviews = await read(notion.reviews, 'notion.reviews');
  const findings: Finding[] = checkReviewSchema(liveProperties(reviews), config);
  let goals: string | null = null;
  if (notion.goals) {
    const live = await read(notion.goals, 'notion.goals');
    goals = live.id;
    findings.push(...checkGoalSchema(liveProperties(live), notion.goals, reviews.id));
  }
  let actionItems: ResolvedDataSources['actionItems'] = null;
  // To-dos live inside the summary: no action items database to resolve or check.
  const pages = actionItemPages(config);
  if (pages) {
    const live = await read(pages, 'notion.actionItems');
    actionItems = { dataSourceId: live.id, schema: actionItemSchemaFrom(config, live.source) };
    findings.push(...checkActionItemSchema(liveProperties(live), pages, reviews.id));
  }
  let feedbackRequests: string | null = null;
  if (notion.feedbackRequests) {
    const live = await read(notion.feedbackRequests, 'notion.feedbackRequests');
    feedbackRequests = live.id;
    findings.push(...checkFeedbackRequestSchema(liveProperties(live), notion.feedbackRequests, reviews.id));
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
  return {
    reviews: reviews.id,
    goals,
    actionItems,
    ...(notion.feedbackRequests ? { feedbackRequests } : {}),
    hints,
  };
}

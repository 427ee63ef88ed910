import { actionItemPages, type Config } from '../core/config-schema.ts';
import { NotionApiError } from '../errors.ts';
import type { NotionGateway } from '../notion/gateway.ts';
import {
  createNotionGatewayFromEnv,
  type NotionEnv,
  type NotionGatewayOverrides,
} from '../notion/gateway-from-env.ts';
import { retrieveDataSource, type NotionSourceRef } from '../notion/data-source.ts';
import { readWorkspaceUsers } from '../notion/workspace-users.ts';
import {
  checkActionItemSchema,
  checkFeedbackRequestSchema,
  checkGoalSchema,
  checkReviewSchema,
  dataSourcePropertiesSchema,
  type DataSourceProperties,
} from '../core/notion-schema/checks.ts';
import { checkLaunchTemplate } from './check-template.ts';
import { ok, problem, problemFromError, skipped, warning, type Finding } from './findings.ts';
import type { DataSourceKind } from '../core/notion-schema/expectations.ts';

// The live Notion checks: the token, then each configured database resolved and its schema compared with
// config. Only `users.me`, `users.list`, `databases.retrieve`, `dataSources.retrieve` and (with
// `launch.template`) `dataSources.listTemplates` are called: doctor never writes.

const SHARE_FIX =
  'check the id in config, and share the database with the integration (••• → Connections in Notion)';

const LABELS: Record<DataSourceKind, string> = {
  reviews: 'reviews',
  goals: 'goals',
  actionItems: 'action items',
  feedbackRequests: 'feedback requests',
};

/** Why `users.me` failed, as something to do; the status says which of token, capability or host it is. */
function tokenFix(error: NotionApiError): string {
  if (error.status === 401) {
    return 'set NOTION_TOKEN to the current secret of the integration the databases are shared with';
  }
  if (error.status === 403) {
    return 'give the integration the capabilities read content, update content, insert content, comments and read user information including email';
  }
  return 'check the network and NOTION_API_BASE_URL (leave it unset for the real Notion API), then run doctor again';
}

async function checkToken(gw: NotionGateway): Promise<Finding> {
  try {
    const me = await gw.users.me();
    return ok('notion token', `accepted${me.name ? ` (integration "${me.name}")` : ''}`);
  } catch (error) {
    if (error instanceof NotionApiError) return problem('notion token', error.message, tokenFix(error));
    throw error;
  }
}

/**
 * Reviewees and managers are matched by email; `users.list` leaves emails out when the integration lacks
 * "read user information including email addresses". One page of users is enough to tell.
 */
async function checkUserEmails(gw: NotionGateway): Promise<Finding> {
  const check = 'notion users';
  try {
    const users = await readWorkspaceUsers(gw, { firstPageOnly: true });
    if (users.emailsHidden) {
      return problem(
        check,
        'users come back without their email addresses, so reviewees and managers cannot be matched by email',
        'give the integration the capability "Read user information including email addresses" (Settings → Connections → the integration → Capabilities)',
      );
    }
    return ok(check, users.people === 0 ? 'no people listed yet' : 'listed with their email addresses');
  } catch (error) {
    return problemFromError(check, error, tokenFixText);
  }
}

const tokenFixText = 'check that the integration may read user information';

interface LiveSchema {
  dataSourceId: string;
  properties: DataSourceProperties;
  /** How to spare the database lookup each run, when the config names a database. */
  hint: string | null;
}

async function readSchema(gw: NotionGateway, ref: NotionSourceRef, key: string): Promise<LiveSchema> {
  const { id, source, hint } = await retrieveDataSource(gw, ref, key);
  const properties = 'properties' in source ? source.properties : {};
  return { dataSourceId: id, properties: dataSourcePropertiesSchema.parse(properties), hint };
}

/** Checks one data source; `compare` is one of the pure checks, the ok line comes from here. */
async function checkDataSource(
  gw: NotionGateway,
  kind: DataSourceKind,
  ref: NotionSourceRef,
  compare: (schema: LiveSchema) => Finding[],
): Promise<{ findings: Finding[]; dataSourceId?: string }> {
  const check = `${LABELS[kind]} schema`;
  let schema: LiveSchema;
  try {
    schema = await readSchema(gw, ref, `notion.${kind}`);
  } catch (error) {
    return { findings: [problemFromError(check, error, SHARE_FIX)] };
  }
  const findings = compare(schema);
  const count = Object.keys(schema.properties).length;
  const tip = schema.hint === null ? [] : [ok(`${LABELS[kind]} data source`, `tip: ${schema.hint}`)];
  return {
    dataSourceId: schema.dataSourceId,
    findings: [
      ...(findings.length > 0 ? findings : [ok(check, `${count} properties, all as config expects`)]),
      ...tip,
    ],
  };
}

export interface NotionCheckOptions {
  env: NotionEnv;
  /** Tests make retries instant; the CLI passes nothing. */
  overrides?: NotionGatewayOverrides;
}

export async function checkNotion(config: Config, options: NotionCheckOptions): Promise<Finding[]> {
  let gw: NotionGateway;
  try {
    gw = createNotionGatewayFromEnv(options.env, config, undefined, options.overrides);
  } catch (error) {
    return [
      problemFromError('notion token', error, 'fix the environment variable named above'),
      skipped('notion schema', 'needs a working NOTION_TOKEN'),
    ];
  }
  const token = await checkToken(gw);
  if (token.status !== 'ok') return [token, skipped('notion schema', 'needs a working NOTION_TOKEN')];

  const { notion } = config;
  const users = await checkUserEmails(gw);
  const reviews = await checkDataSource(gw, 'reviews', notion.reviews, ({ properties }) =>
    checkReviewSchema(properties, config),
  );
  const findings = [token, users, ...reviews.findings];
  if (config.launch.template !== 'none' && reviews.dataSourceId) {
    findings.push(await checkLaunchTemplate(gw, config.launch.template, reviews.dataSourceId));
  }
  if (notion.goals) {
    const goals = notion.goals;
    const result = await checkDataSource(gw, 'goals', goals, ({ properties }) =>
      checkGoalSchema(properties, goals, reviews.dataSourceId),
    );
    findings.push(...result.findings);
  }
  const items = actionItemPages(config);
  if (items) {
    const result = await checkDataSource(gw, 'actionItems', items, ({ properties }) =>
      checkActionItemSchema(properties, items, reviews.dataSourceId),
    );
    findings.push(...result.findings);
  }
  const requests = notion.feedbackRequests;
  if (requests) {
    const result = await checkDataSource(gw, 'feedbackRequests', requests, ({ properties }) =>
      checkFeedbackRequestSchema(properties, requests, reviews.dataSourceId),
    );
    findings.push(...result.findings);
    if (config.raters.nominations === 'off') findings.push(requestsWithoutNominations());
  }
  return findings;
}

// Rows come from approved nominations, which are read only with nominations on: with them off the rows
// are kept as they stand, never created, answered or reminded. Turning nominations off mid-cycle freezes
// them on purpose, so it is a warning, not a problem.
const requestsWithoutNominations = (): Finding =>
  warning(
    'feedback requests',
    'notion.feedbackRequests is set but raters.nominations is off: no row is created, answered, withdrawn or reminded',
    'set raters.nominations to track or required, or remove notion.feedbackRequests',
  );

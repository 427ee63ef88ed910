import type { Config } from '../core/config-schema.ts';
import { ConfigError, NotionApiError } from '../errors.ts';
import type { Env } from '../google/auth.ts';
import { resolveDataSource } from '../notion/data-source.ts';
import { createNotionGatewayFromEnv, type NotionGatewayOverrides } from '../notion/gateway-from-env.ts';
import { createNotionRequestStats } from '../notion/gateway.ts';
import { canonicalId } from '../notion/ids.ts';
import { readWorkspaceUsers } from '../notion/workspace-users.ts';
import { feedbackLinks, type FormLinkTemplate } from './feedback-links.ts';
import { readLinkTemplate } from './form-template.ts';
import { pageTitle, reviewPageRequest } from './page-request.ts';
import { planLaunch } from './plan-launch.ts';
import { resolveLaunchTemplate } from './launch-template.ts';
import { findReviewPage, readExistingReviews, readReviewsSchema } from './read-cycle.ts';
import { readRoster } from './roster.ts';
import { TEMPLATE_READS } from './template-links.ts';
import { writeAwaitedLinks, type AwaitedLinks } from './awaited-links.ts';
import type { LaunchReport } from './launch-report.ts';
import { verifiedWrite } from '../notion/verified-write.ts';

export type { LaunchReport, NamedPage } from './launch-report.ts';

// `review-sync launch --cycle <name>`: one review page per person on the roster who has none in the
// cycle yet. Reads first (schema, template, existing pages, roster, users, form), plans purely, then
// creates the pages one by one; a page that fails to be created is reported and the others still are.
// With `launch.template`, the pages are made from the template and their feedback links are appended
// once it is applied, after all pages are created (template-links.ts).

export interface LaunchOptions {
  config: Config;
  env: Env;
  cycle: string;
  dryRun: boolean;
  notionOverrides?: NotionGatewayOverrides;
  /** Tests may hand in the form's link template instead of a Google client. */
  readTemplate?: (config: Config, env: Env) => Promise<FormLinkTemplate | null>;
}

export async function runLaunch(options: LaunchOptions): Promise<LaunchReport> {
  const { config, cycle } = options;
  if (!config.cycles.some((c) => c.name === cycle)) {
    throw new ConfigError(
      `--cycle "${cycle}": no such cycle, expected one of ${config.cycles.map((c) => c.name).join(', ')}`,
      { details: ['Add the cycle (name, opens, due dates) under `cycles` in config first.'] },
    );
  }
  const stats = createNotionRequestStats();
  const gw = createNotionGatewayFromEnv(options.env, config, stats, options.notionOverrides);
  const dataSourceId = await resolveDataSource(gw, config.notion.reviews);
  const schema = await readReviewsSchema(gw, config, dataSourceId);
  const pageTemplate = await resolveLaunchTemplate(gw, config, dataSourceId);
  const existing = await readExistingReviews(gw, config, dataSourceId, cycle);
  const roster = await readRoster(gw, config, dataSourceId, cycle);
  const users = await readWorkspaceUsers(gw);
  if (
    users.emailsHidden &&
    roster.entries.some((e) => !e.reviewee.userId || (e.manager && !e.manager.userId))
  ) {
    throw new ConfigError('Notion lists the workspace users without their email addresses', {
      details: [
        'Give the integration the capability "Read user information including email addresses"',
        '(Settings → Connections → the integration → Capabilities); people are matched by email.',
      ],
    });
  }
  const template = await (options.readTemplate ?? readLinkTemplate)(config, options.env);
  const decisions = planLaunch(roster.entries, users, existing);

  const report: LaunchReport = {
    cycle,
    dryRun: options.dryRun,
    roster: roster.source,
    counts: {
      roster: roster.entries.length,
      created: 0,
      existing: 0,
      notFound: 0,
      failed: 0,
      linksAdded: 0,
      linksPending: 0,
    },
    created: [],
    template: pageTemplate ? { name: pageTemplate.name, reads: 0, readsPerPage: TEMPLATE_READS } : null,
    linksAdded: [],
    linksPending: [],
    notFound: [],
    failed: [],
    linksNote: template === null ? 'no form source in config, so the pages carry no feedback links' : null,
    rosterProblems: roster.problems,
    requests: { notion: 0 },
  };
  // Pages whose links go in after their template, in roster order: new ones, and earlier ones to check.
  const awaiting: AwaitedLinks[] = [];
  for (const decision of decisions) {
    if (decision.kind === 'exists' || decision.kind === 'duplicate') {
      if (decision.kind !== 'exists') continue;
      report.counts.existing += 1;
      const links = pageTemplate && template ? linksFor(template, decision) : null;
      if (links && decision.pageId && !awaiting.some((a) => a.target.pageId === decision.pageId))
        awaiting.push({
          target: { pageId: decision.pageId, name: decision.entry.name, links },
          created: null,
        });
      continue;
    }
    if (decision.kind === 'not-found') {
      report.counts.notFound += 1;
      report.notFound.push({ name: decision.entry.name, who: decision.who, ref: decision.ref });
      continue;
    }
    const links = template ? linksFor(template, decision) : null;
    const title = pageTitle(decision.entry.name, cycle);
    try {
      const request = reviewPageRequest(config, schema, cycle, {
        ...decision,
        links,
        template: pageTemplate?.parameter ?? null,
      });
      const pageId = options.dryRun
        ? null
        : await verifiedWrite(
            async () => canonicalId((await gw.pages.create(request)).id),
            () => findReviewPage(gw, config, dataSourceId, cycle, decision.reviewee),
          );
      report.counts.created += 1;
      // With a template the links come later, once it is applied; a dry run says they would come.
      report.created.push({
        name: decision.entry.name,
        title,
        pageId,
        links: links !== null && (pageTemplate === null || options.dryRun),
      });
      if (links && pageTemplate && pageId) {
        awaiting.push({
          target: { pageId, name: decision.entry.name, links },
          created: report.created.length - 1,
        });
      }
    } catch (error) {
      // A broken token or a config mistake stops the launch; anything else costs this page only.
      if (error instanceof ConfigError || (error instanceof NotionApiError && error.isAuth)) throw error;
      report.counts.failed += 1;
      report.failed.push({
        name: decision.entry.name,
        error: error instanceof Error ? error.message : String(error),
      });
    }
  }
  if (pageTemplate && template) {
    await writeAwaitedLinks(gw, awaiting, report, {
      responderUri: template.responderUri,
      sleep: options.notionOverrides?.sleep ?? defaultSleep,
      dryRun: options.dryRun,
    });
  }
  report.requests.notion = stats.total;
  return report;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function linksFor(
  template: FormLinkTemplate,
  decision: { entry: { name: string }; reviewee: { email: string } },
) {
  return feedbackLinks(template, { email: decision.reviewee.email, name: decision.entry.name });
}

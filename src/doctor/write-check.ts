import type { Config } from '../core/config-schema.ts';
import { NotionApiError } from '../errors.ts';
import type { NotionGateway } from '../notion/gateway.ts';
import {
  createNotionGatewayFromEnv,
  type NotionEnv,
  type NotionGatewayOverrides,
} from '../notion/gateway-from-env.ts';
import { tryNormaliseNotionId } from '../notion/ids.ts';
import { trash } from '../notion/overview-page.ts';
import { CapabilityLog, type WriteCapability } from './capability-log.ts';
import { ok, problem, problemFromError, skipped, type Finding } from './findings.ts';

// `doctor --write-check`: plain doctor only reads, so a capability the integration lacks for writing
// would first show up mid-cycle (reminders that fail to post). This makes one scratch page, writes to
// it the ways a sync does, reports each capability, and always moves the page to the trash afterwards.

const SHARE_FIX =
  'pass a page the integration can reach with --parent, or share the page with it (••• → Connections in Notion)';
const NO_PARENT_FIX =
  'pass --parent <page URL or id>, or set notion.overview.parentPage in config; the scratch page is created there';

export interface WriteCheckOptions {
  env: NotionEnv;
  /** `--parent`, as typed; config's overview parent page otherwise. */
  parent?: string;
  overrides?: NotionGatewayOverrides;
  now?: () => Date;
}

const text = (content: string) => [{ type: 'text' as const, text: { content } }];

async function step(
  log: CapabilityLog,
  capability: WriteCapability,
  endpoint: string,
  run: () => Promise<string>,
): Promise<boolean> {
  try {
    log.ok(capability, await run());
    return true;
  } catch (error) {
    log.failed(capability, endpoint, error);
    return false;
  }
}

/** Appends, reads back, comments and lists comments on the scratch page: every write a sync makes. */
async function exercise(gw: NotionGateway, log: CapabilityLog, pageId: string): Promise<void> {
  await step(log, 'insert content', 'blocks.children.append', async () => {
    await gw.blocks.children.append({
      block_id: pageId,
      children: [{ type: 'paragraph', paragraph: { rich_text: text('review-sync write check') } }],
    });
    return 'a page was created and a block appended to it';
  });
  await step(log, 'read content', 'blocks.children.list', async () => {
    const listed = await gw.blocks.children.list({ block_id: pageId, page_size: 10 });
    return `the scratch page's blocks were read (${listed.results.length})`;
  });
  await step(log, 'insert comments', 'comments.create', async () => {
    await gw.comments.create({ parent: { page_id: pageId }, rich_text: text('review-sync write check') });
    return 'a comment was posted on the scratch page';
  });
  await step(log, 'read comments', 'comments.list', async () => {
    const listed = await gw.comments.list({ block_id: pageId, page_size: 10 });
    return `the scratch page's comments were read (${listed.results.length})`;
  });
}

async function createScratchPage(gw: NotionGateway, parentId: string, title: string): Promise<string> {
  const page = await gw.pages.create({
    parent: { page_id: parentId },
    properties: { title: { title: text(title) } },
  });
  return page.id;
}

/** Why the scratch page could not be created, when it is not a missing capability. */
function createProblem(error: unknown, parentId: string, title: string): Finding {
  if (error instanceof NotionApiError && error.unknownOutcome) {
    return problem(
      'write check',
      `creating the scratch page under ${parentId} had an unknown outcome`,
      `look under that page for "${title}" and move it to the trash, then run doctor --write-check again`,
    );
  }
  if (error instanceof NotionApiError && (error.status === 404 || error.status === 400)) {
    return problem(
      'write check',
      `the page ${parentId} cannot be written under (${error.status})`,
      SHARE_FIX,
    );
  }
  return problemFromError('write check', error, SHARE_FIX);
}

async function runWriteCheck(gw: NotionGateway, parentId: string, title: string): Promise<Finding[]> {
  const log = new CapabilityLog();
  let pageId: string;
  try {
    pageId = await createScratchPage(gw, parentId, title);
  } catch (error) {
    if (error instanceof NotionApiError && error.status === 403) {
      log.failed('insert content', 'pages.create', error);
      return log.findings('needs the scratch page, which could not be created');
    }
    return [createProblem(error, parentId, title), ...log.findings('needs the scratch page')];
  }
  let trashed = false;
  try {
    await exercise(gw, log, pageId);
  } finally {
    // Whatever failed above, the scratch page goes to the trash.
    trashed = await step(log, 'update content', 'pages.update', async () => {
      await trash(gw, pageId);
      return 'the scratch page was moved to the trash';
    });
  }
  const end = trashed
    ? ok('write check', `scratch page "${title}" created under ${parentId} and moved to the trash`)
    : problem(
        'write check',
        `the scratch page ${pageId} ("${title}") could not be moved to the trash`,
        'move it to the trash by hand in Notion',
      );
  return [...log.findings('not reached'), end];
}

export interface WriteCheckRequest {
  /** `--parent`, as typed; config's overview parent page when absent. */
  parent?: string;
  now?: () => Date;
}

/** Doctor's hook: the write check runs only after a token Notion accepted, with doctor's env. */
export async function writeCheckAfter(
  earlier: readonly Finding[],
  config: Config,
  request: WriteCheckRequest,
  doctor: { env: NotionEnv; notionOverrides?: NotionGatewayOverrides },
): Promise<Finding[]> {
  if (!earlier.some((f) => f.check === 'notion token' && f.status === 'ok')) {
    return [skipped('write check', 'needs a working NOTION_TOKEN')];
  }
  return checkWrites(config, {
    ...request,
    env: doctor.env,
    ...(doctor.notionOverrides === undefined ? {} : { overrides: doctor.notionOverrides }),
  });
}

/** The write check for doctor: resolves the page to write under, then creates, writes and trashes. */
export async function checkWrites(config: Config, options: WriteCheckOptions): Promise<Finding[]> {
  const raw = options.parent ?? config.notion.overview?.parentPage;
  if (raw === undefined) {
    return [problem('write check', 'no page to create the scratch page under', NO_PARENT_FIX)];
  }
  const parentId = tryNormaliseNotionId(raw);
  if (parentId === null) {
    const from = options.parent === undefined ? 'notion.overview.parentPage' : '--parent';
    return [problem('write check', `${from} "${raw}" is not a Notion page id or URL`, NO_PARENT_FIX)];
  }
  let gw: NotionGateway;
  try {
    gw = createNotionGatewayFromEnv(options.env, config, undefined, options.overrides);
  } catch (error) {
    return [problemFromError('write check', error, 'fix the environment variable named above')];
  }
  const now = (options.now ?? (() => new Date()))();
  return runWriteCheck(gw, parentId, `review-sync write check ${now.toISOString()}`);
}

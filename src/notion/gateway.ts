import {
  Client,
  isHTTPResponseError,
  LogLevel,
  type AppendBlockChildrenParameters,
  type AppendBlockChildrenResponse,
  type CreateCommentParameters,
  type CreateCommentResponse,
  type CreatePageParameters,
  type CreatePageResponse,
  type DeleteBlockParameters,
  type DeleteBlockResponse,
  type GetDatabaseParameters,
  type GetDatabaseResponse,
  type GetDataSourceParameters,
  type GetDataSourceResponse,
  type GetPageParameters,
  type GetPagePropertyParameters,
  type GetPagePropertyResponse,
  type GetPageResponse,
  type GetSelfResponse,
  type ListCommentsParameters,
  type ListCommentsResponse,
  type ListUsersParameters,
  type ListUsersResponse,
  type ListBlockChildrenParameters,
  type ListBlockChildrenResponse,
  type QueryDataSourceParameters,
  type QueryDataSourceResponse,
  type UpdateDataSourceParameters,
  type UpdateDataSourceResponse,
  type UpdatePageParameters,
  type UpdatePageResponse,
} from '@notionhq/client';
import PQueue from 'p-queue';
import type { NotionApiVersion } from '../core/config-schema.ts';
import { NotionApiError, type ApiRefusal } from '../errors.ts';
import { AdaptiveRate } from './adaptive-rate.ts';
import { countPageCreateBlocks, countRequestBlocks } from './block-count.ts';
import { committedChildren, committedPage } from './committed-writes.ts';
import { blockLimit, CONNECTION_WINDOW_MS, committedIds, type Committed } from './error-details.ts';
import { canonicalId } from './ids.ts';
import { backoffMs, classifyFailure, retryAfterMs, shouldRetry, type RequestSafety } from './retry-policy.ts';

/** The SDK types the templates list without exporting the names, so they are taken from the method. */
export type ListTemplatesParameters = Parameters<Client['dataSources']['listTemplates']>[0];
export type ListTemplatesResponse = Awaited<ReturnType<Client['dataSources']['listTemplates']>>;

/** Request counts for the run report; every attempt sent over the wire counts once. */
export interface NotionRequestStats {
  total: number;
  byEndpoint: Record<string, number>;
  retries: number;
  /** Responses that told us to slow down (429 rate_limited and 529 service_overload). */
  rateLimited: number;
  /** Blocks the run's creates and appends wrote (a page counts as one): what the Free-plan cap counts. */
  blocksCreated: number;
}

export function createNotionRequestStats(): NotionRequestStats {
  return { total: 0, byEndpoint: {}, retries: 0, rateLimited: 0, blocksCreated: 0 };
}

/** Exactly the Notion calls the tool makes, so the retry safety of each one is decided here and nowhere else. */
export interface NotionGateway {
  databases: { retrieve(args: GetDatabaseParameters): Promise<GetDatabaseResponse> };
  dataSources: {
    retrieve(args: GetDataSourceParameters): Promise<GetDataSourceResponse>;
    query(args: QueryDataSourceParameters): Promise<QueryDataSourceResponse>;
    update(args: UpdateDataSourceParameters): Promise<UpdateDataSourceResponse>;
    listTemplates(args: ListTemplatesParameters): Promise<ListTemplatesResponse>;
  };
  pages: {
    create(args: CreatePageParameters): Promise<CreatePageResponse>;
    update(args: UpdatePageParameters): Promise<UpdatePageResponse>;
    retrieve(args: GetPageParameters): Promise<GetPageResponse>;
    properties: { retrieve(args: GetPagePropertyParameters): Promise<GetPagePropertyResponse> };
  };
  blocks: {
    children: {
      list(args: ListBlockChildrenParameters): Promise<ListBlockChildrenResponse>;
      append(args: AppendBlockChildrenParameters): Promise<AppendBlockChildrenResponse>;
    };
    delete(args: DeleteBlockParameters): Promise<DeleteBlockResponse>;
  };
  comments: {
    create(args: CreateCommentParameters): Promise<CreateCommentResponse>;
    list(args: ListCommentsParameters): Promise<ListCommentsResponse>;
  };
  users: {
    me(): Promise<GetSelfResponse>;
    list(args: ListUsersParameters): Promise<ListUsersResponse>;
  };
  readonly stats: NotionRequestStats;
  /**
   * Property name → id of a data source this gateway has retrieved in the run (the preflight reads each
   * one), so a query can name its properties by id; undefined for one not retrieved.
   */
  propertyIds?(dataSourceId: string): ReadonlyMap<string, string> | undefined;
}

export interface NotionGatewayOptions {
  token: string;
  baseUrl?: string;
  /** The Notion-Version header; the SDK's own default (2025-09-03) when left out. */
  notionVersion?: NotionApiVersion;
  requestsPerSecond: number;
  stats?: NotionRequestStats;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  now?: () => number;
  /** Attempts per request after a 5xx, timeout or dropped connection, the first included. Default 8. */
  maxAttempts?: number;
  /** Per-attempt timeout. Default 60 s, as in the SDK. */
  timeoutMs?: number;
  /** Total time the whole run may spend waiting before retries (Retry-After and backoff). Default 10 min. */
  waitBudgetMs?: number;
}

const BACKOFF_BASE_MS = 500;
const BACKOFF_MAX_MS = 30_000;
/**
 * Eight attempts back off for about a minute in all (0.5 + 1 + 2 + … + 30 s, halved by jitter at most).
 * Five were not enough under heavy faults: at a 24% chance of a transient failure per attempt, five in a
 * row come about once in a thousand requests, which is one run's worth; eight in a row, once in 90,000.
 */
export const DEFAULT_MAX_ATTEMPTS = 8;
/** Requests in flight at once; the adaptive rate below decides how fast they start. */
const MAX_IN_FLIGHT = 8;
export const DEFAULT_WAIT_BUDGET_MS = 600_000;

const defaultSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

function redact(text: string, token: string): string {
  return token.length > 0 ? text.split(token).join('[redacted]') : text;
}

function wrap(
  error: unknown,
  endpoint: string,
  token: string,
  attempts: number,
  extra: { unknownOutcome?: boolean; note?: string; refusal?: ApiRefusal } = {},
): NotionApiError {
  if (error instanceof NotionApiError) return error;
  const status = isHTTPResponseError(error) ? error.status : undefined;
  const code =
    typeof (error as { code?: unknown }).code === 'string' ? (error as { code: string }).code : undefined;
  const reason = error instanceof Error ? error.message : String(error);
  const head =
    status === undefined ? `Notion ${endpoint} failed` : `Notion ${endpoint} failed with ${status}`;
  const tail = attempts > 1 ? ` (after ${attempts} attempts)` : '';
  const note = extra.note ? `; ${extra.note}` : '';
  return new NotionApiError(redact(`${head}${code ? ` ${code}` : ''}: ${reason}${tail}${note}`, token), {
    status,
    code,
    cause: error,
    unknownOutcome: extra.unknownOutcome ?? false,
    ...(extra.refusal === undefined ? {} : { refusal: extra.refusal }),
  });
}

const BLOCK_LIMIT_NOTE =
  "the workspace reached the Free plan's block limit, so no more pages or blocks can be created in it";
const REQUEST_BLOCKED_NOTE =
  "Notion blocks this integration's requests (rate_limit_reason public_api_request_blocked); retrying will not help";

/** How an unsafe write answers when the server named what it committed before failing. */
type FromCommitted<T> = (committed: Committed) => T | null;

function isRateLimited(error: unknown): boolean {
  return isHTTPResponseError(error) && error.status === 429;
}

export function createNotionGateway(options: NotionGatewayOptions): NotionGateway {
  const stats = options.stats ?? createNotionRequestStats();
  const sleep = options.sleep ?? defaultSleep;
  const random = options.random ?? Math.random;
  const now = options.now ?? Date.now;
  const maxAttempts = Math.max(1, options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS);
  const budget = { left: options.waitBudgetMs ?? DEFAULT_WAIT_BUDGET_MS };
  const pace = new AdaptiveRate({ maxPerSecond: options.requestsPerSecond, now, sleep });
  const queue = new PQueue({ concurrency: MAX_IN_FLIGHT });
  const client = new Client({
    auth: options.token,
    baseUrl: options.baseUrl,
    notionVersion: options.notionVersion,
    // Resolved at call time so msw (and anything else that patches fetch) sees every request.
    fetch: (...args: Parameters<typeof fetch>) => globalThis.fetch(...args),
    // One retry layer: ours. The SDK would otherwise retry 429/5xx under our own loop.
    retry: false,
    timeoutMs: options.timeoutMs,
    logLevel: LogLevel.ERROR,
    // The SDK's log lines would duplicate our errors; the caller reports failures.
    logger: () => undefined,
  });

  /**
   * 429/529 wait (Retry-After when given) for as long as the run's wait budget lasts, whatever the request.
   * A 5xx, timeout or reset is retried up to maxAttempts when repeating is safe; on an unsafe write it is
   * thrown after one short pause, marked `unknownOutcome`, so the caller can read whether it landed
   * before repeating.
   */
  // Set by the first block-cap refusal: every later create or append fails at once, with no request,
  // because none can succeed until a person acts, and each would be one more refused write.
  let blockCap: NotionApiError | null = null;

  interface Creates<T> {
    /** Blocks the request writes when it succeeds. */
    blocks: number;
    fromCommitted: FromCommitted<T>;
  }

  async function call<T>(
    endpoint: string,
    safety: RequestSafety,
    send: () => Promise<T>,
    creates?: Creates<T>,
  ): Promise<T> {
    if (creates !== undefined && blockCap !== null) throw blockCap;
    for (let attempt = 1, failures = 0; ; attempt += 1) {
      try {
        const result = await queue.add(async () => {
          await pace.take();
          stats.total += 1;
          stats.byEndpoint[endpoint] = (stats.byEndpoint[endpoint] ?? 0) + 1;
          return send();
        });
        pace.succeeded();
        if (creates !== undefined) stats.blocksCreated += creates.blocks;
        return result;
      } catch (error) {
        const kind = classifyFailure(error);
        if (blockLimit(error) !== null) {
          const capped = wrap(error, endpoint, options.token, attempt, {
            refusal: 'block-limit',
            note: BLOCK_LIMIT_NOTE,
          });
          if (creates !== undefined) blockCap = capped;
          throw capped;
        }
        if (kind === 'permanent') {
          const refusal = isRateLimited(error) ? ('request-blocked' as const) : undefined;
          throw wrap(error, endpoint, options.token, attempt, {
            ...(refusal ? { refusal, note: REQUEST_BLOCKED_NOTE } : {}),
          });
        }
        // A write that failed after committing names what it committed: that is the answer, no read needed.
        const committed = creates === undefined ? null : committedIds(error);
        const answer = committed === null ? null : creates!.fromCommitted(committed);
        if (answer !== null) {
          stats.blocksCreated += creates!.blocks;
          return answer;
        }
        if (kind === 'transient') {
          failures += 1;
          if (!shouldRetry(kind, safety)) {
            // A pause before the caller reads whether the write landed: a server that timed out may still
            // be carrying it out, and one that is failing gets a moment before the read and the retry.
            const pause = backoffMs(1, { baseMs: BACKOFF_BASE_MS, maxMs: BACKOFF_MAX_MS, random });
            if (pause <= budget.left) {
              budget.left -= pause;
              await sleep(pause);
            }
            throw wrap(error, endpoint, options.token, attempt, { unknownOutcome: true });
          }
          if (failures >= maxAttempts) throw wrap(error, endpoint, options.token, attempt);
        }
        const told = kind === 'throttled' ? retryAfterMs(error) : null;
        if (kind === 'throttled') {
          stats.rateLimited += 1;
          // A 429 is about our rate (perhaps shared with another job); a 529 is the server's own load.
          // A wait past the budget is not taken, so it must not hold back every other request either.
          if (isRateLimited(error)) pace.throttled(told !== null && told > budget.left ? null : told);
        }
        const delay =
          told ??
          backoffMs(kind === 'throttled' ? attempt : failures, {
            baseMs: BACKOFF_BASE_MS,
            maxMs: BACKOFF_MAX_MS,
            random,
          });
        if (delay > budget.left) {
          const budgetSeconds = Math.round((options.waitBudgetMs ?? DEFAULT_WAIT_BUDGET_MS) / 1000);
          const note =
            told !== null && told > CONNECTION_WINDOW_MS
              ? `Notion asked for a ${Math.round(told / 1000)} s wait (a workspace-wide limit), more than the run's wait budget (${budgetSeconds} s) has left; the next run picks this up`
              : `the run's wait budget (${budgetSeconds} s) is used up`;
          throw wrap(error, endpoint, options.token, attempt, { note });
        }
        budget.left -= delay;
        stats.retries += 1;
        // Sleep outside the queue: a waiting retry must not hold a slot other requests could use.
        await sleep(delay);
      }
    }
  }

  const propertyIds = new Map<string, ReadonlyMap<string, string>>();
  const remember = (source: GetDataSourceResponse): GetDataSourceResponse => {
    if ('properties' in source) {
      const ids = Object.entries(source.properties).map(([name, p]): [string, string] => [name, p.id]);
      propertyIds.set(canonicalId(source.id), new Map(ids));
    }
    return source;
  };

  return {
    stats,
    propertyIds: (dataSourceId) => propertyIds.get(canonicalId(dataSourceId)),
    databases: {
      retrieve: (args) => call('databases.retrieve', 'safe', () => client.databases.retrieve(args)),
    },
    dataSources: {
      retrieve: (args) =>
        call('dataSources.retrieve', 'safe', () => client.dataSources.retrieve(args)).then(remember),
      query: (args) => call('dataSources.query', 'safe', () => client.dataSources.query(args)),
      // migrate only adds: sending the same additions twice ends in the same schema.
      update: (args) => call('dataSources.update', 'safe', () => client.dataSources.update(args)),
      listTemplates: (args) =>
        call('dataSources.listTemplates', 'safe', () => client.dataSources.listTemplates(args)),
    },
    pages: {
      // A repeated create after an unknown outcome could leave two pages. A create from a template is the
      // same request (the `template` parameter rides along), and is verified the same way by its caller.
      create: (args) =>
        call('pages.create', 'unsafe', () => client.pages.create(args), {
          blocks: countPageCreateBlocks(args as { children?: unknown }),
          fromCommitted: committedPage,
        }),
      // Setting the same property values twice ends in the same state.
      update: (args) => call('pages.update', 'safe', () => client.pages.update(args)),
      retrieve: (args) => call('pages.retrieve', 'safe', () => client.pages.retrieve(args)),
      properties: {
        retrieve: (args) =>
          call('pages.properties.retrieve', 'safe', () => client.pages.properties.retrieve(args)),
      },
    },
    blocks: {
      children: {
        list: (args) => call('blocks.children.list', 'safe', () => client.blocks.children.list(args)),
        // A repeated append could add a second summary container.
        append: (args) =>
          call('blocks.children.append', 'unsafe', () => client.blocks.children.append(args), {
            blocks: countRequestBlocks(args.children),
            fromCommitted: (committed) => committedChildren(committed, args.children.length),
          }),
      },
      delete: (args) => call('blocks.delete', 'safe', () => client.blocks.delete(args)),
    },
    comments: {
      create: (args) => call('comments.create', 'unsafe', () => client.comments.create(args)),
      list: (args) => call('comments.list', 'safe', () => client.comments.list(args)),
    },
    users: {
      me: () => call('users.me', 'safe', () => client.users.me({})),
      list: (args) => call('users.list', 'safe', () => client.users.list(args)),
    },
  };
}

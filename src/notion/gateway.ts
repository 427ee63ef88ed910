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
  type ListUsersParameters,
  type ListUsersResponse,
  type ListBlockChildrenParameters,
  type ListBlockChildrenResponse,
  type QueryDataSourceParameters,
  type QueryDataSourceResponse,
  type UpdatePageParameters,
  type UpdatePageResponse,
} from '@notionhq/client';
import PQueue from 'p-queue';
import { NotionApiError } from '../errors.ts';
import { classifyFailure, retryDelayMs, shouldRetry, type RequestSafety } from './retry-policy.ts';

/** Request counts for the run report; every attempt sent over the wire counts once. */
export interface NotionRequestStats {
  total: number;
  byEndpoint: Record<string, number>;
  retries: number;
  /** Responses that told us to slow down (429 rate_limited and 529 service_overload). */
  rateLimited: number;
}

export function createNotionRequestStats(): NotionRequestStats {
  return { total: 0, byEndpoint: {}, retries: 0, rateLimited: 0 };
}

/** Exactly the Notion calls the tool makes, so the retry safety of each one is decided here and nowhere else. */
export interface NotionGateway {
  databases: { retrieve(args: GetDatabaseParameters): Promise<GetDatabaseResponse> };
  dataSources: {
    retrieve(args: GetDataSourceParameters): Promise<GetDataSourceResponse>;
    query(args: QueryDataSourceParameters): Promise<QueryDataSourceResponse>;
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
  comments: { create(args: CreateCommentParameters): Promise<CreateCommentResponse> };
  users: {
    me(): Promise<GetSelfResponse>;
    list(args: ListUsersParameters): Promise<ListUsersResponse>;
  };
  readonly stats: NotionRequestStats;
}

export interface NotionGatewayOptions {
  token: string;
  baseUrl?: string;
  requestsPerSecond: number;
  stats?: NotionRequestStats;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  /** Attempts per request, the first included. Default 5. */
  maxAttempts?: number;
  /** Per-attempt timeout. Default 60 s, as in the SDK. */
  timeoutMs?: number;
}

const BACKOFF_BASE_MS = 500;
const BACKOFF_MAX_MS = 30_000;

const defaultSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A sliding window of `cap` requests per `cap / rps` seconds: the average is exactly `rps`, and the
 * largest burst is `floor(rps)` (3 by default), the rate Notion documents as its average.
 */
function createQueue(requestsPerSecond: number): PQueue {
  const cap = Math.max(1, Math.floor(requestsPerSecond));
  return new PQueue({
    intervalCap: cap,
    interval: Math.ceil((1000 * cap) / requestsPerSecond),
    strict: true,
  });
}

function redact(text: string, token: string): string {
  return token.length > 0 ? text.split(token).join('[redacted]') : text;
}

function wrap(error: unknown, endpoint: string, token: string, attempts: number): NotionApiError {
  if (error instanceof NotionApiError) return error;
  const status = isHTTPResponseError(error) ? error.status : undefined;
  const code =
    typeof (error as { code?: unknown }).code === 'string' ? (error as { code: string }).code : undefined;
  const reason = error instanceof Error ? error.message : String(error);
  const head =
    status === undefined ? `Notion ${endpoint} failed` : `Notion ${endpoint} failed with ${status}`;
  const tail = attempts > 1 ? ` (after ${attempts} attempts)` : '';
  return new NotionApiError(redact(`${head}${code ? ` ${code}` : ''}: ${reason}${tail}`, token), {
    status,
    code,
    cause: error,
  });
}

export function createNotionGateway(options: NotionGatewayOptions): NotionGateway {
  const stats = options.stats ?? createNotionRequestStats();
  const sleep = options.sleep ?? defaultSleep;
  const random = options.random ?? Math.random;
  const maxAttempts = Math.max(1, options.maxAttempts ?? 5);
  const queue = createQueue(options.requestsPerSecond);
  const client = new Client({
    auth: options.token,
    baseUrl: options.baseUrl,
    // Resolved at call time so msw (and anything else that patches fetch) sees every request.
    fetch: (...args: Parameters<typeof fetch>) => globalThis.fetch(...args),
    // One retry layer: ours. The SDK would otherwise retry 429/5xx under our own loop.
    retry: false,
    timeoutMs: options.timeoutMs,
    logLevel: LogLevel.ERROR,
    // The SDK's log lines would duplicate our errors; the caller reports failures.
    logger: () => undefined,
  });

  async function call<T>(endpoint: string, safety: RequestSafety, send: () => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await queue.add(() => {
          stats.total += 1;
          stats.byEndpoint[endpoint] = (stats.byEndpoint[endpoint] ?? 0) + 1;
          return send();
        });
      } catch (error) {
        const kind = classifyFailure(error);
        if (kind === 'throttled') stats.rateLimited += 1;
        if (attempt >= maxAttempts || !shouldRetry(kind, safety))
          throw wrap(error, endpoint, options.token, attempt);
        stats.retries += 1;
        // Sleep outside the queue: a waiting retry must not hold a slot other requests could use.
        await sleep(retryDelayMs(error, attempt, { baseMs: BACKOFF_BASE_MS, maxMs: BACKOFF_MAX_MS, random }));
      }
    }
  }

  return {
    stats,
    databases: {
      retrieve: (args) => call('databases.retrieve', 'safe', () => client.databases.retrieve(args)),
    },
    dataSources: {
      retrieve: (args) => call('dataSources.retrieve', 'safe', () => client.dataSources.retrieve(args)),
      query: (args) => call('dataSources.query', 'safe', () => client.dataSources.query(args)),
    },
    pages: {
      // A repeated create after an unknown outcome could leave two pages.
      create: (args) => call('pages.create', 'unsafe', () => client.pages.create(args)),
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
        append: (args) => call('blocks.children.append', 'unsafe', () => client.blocks.children.append(args)),
      },
      delete: (args) => call('blocks.delete', 'safe', () => client.blocks.delete(args)),
    },
    comments: { create: (args) => call('comments.create', 'unsafe', () => client.comments.create(args)) },
    users: {
      me: () => call('users.me', 'safe', () => client.users.me({})),
      list: (args) => call('users.list', 'safe', () => client.users.list(args)),
    },
  };
}

import { RateLimiter } from '../rate-limit.ts';
import { BlockCap, blocksCreatedBy } from './block-cap.ts';
import { enforceCapability } from './capabilities.ts';
import { errorResponse, NotionApiError } from './errors.ts';
import { requestId } from './ids.ts';
import { enforceBodySize, enforceValueLimits } from './limits.ts';
import { dispatch } from './router.ts';
import { dumpNotion } from './seed-dump.ts';
import { loadNotionSeed } from './seed-load.ts';
import { notionSeedSchema, type NotionSeed } from './seed-schema.ts';
import { NotionStore } from './store.ts';
import { checkVersion, refuseRetiredFields, shapeAnswer } from './versions.ts';

export { NOTION_VERSION, NOTION_VERSIONS, type NotionVersion } from './versions.ts';

export const DEFAULT_RATE_LIMIT = 180;
const RATE_WINDOW_MS = 60_000;

export interface NotionEmulatorOptions {
  seed?: NotionSeed;
  /** When given, only these bearer tokens are accepted; otherwise any non-empty token is. */
  tokens?: string[];
  /** Requests per token per window (60 s unless rateWindowMs says otherwise). */
  rateLimit?: number;
  /** The rate-limit window; shorter windows let tests exercise 429s quickly. */
  rateWindowMs?: number;
  /** The Free-plan cap: lifetime blocks the API may create before creates and appends get a 403. */
  blockLimit?: number;
  /**
   * Reads of a page's children that still find a page made from a template blank; the next read applies
   * the template. Default 1; 0 applies it at creation.
   */
  templateBlankReads?: number;
  now?: () => Date;
}

function bearerToken(request: Request): string | undefined {
  const header = request.headers.get('authorization') ?? '';
  const match = /^Bearer\s+(.+)$/i.exec(header.trim());
  return match?.[1]?.trim() || undefined;
}

/** The Notion half of the sandbox: auth, version, rate limit and limits in front of the endpoint handlers. */
export class NotionEmulator {
  readonly store: NotionStore;
  private readonly limiter: RateLimiter;
  private readonly tokens: Set<string> | undefined;
  readonly blockCap: BlockCap;

  constructor(options: NotionEmulatorOptions = {}) {
    const now = options.now ?? (() => new Date());
    this.store = new NotionStore(now);
    this.limiter = new RateLimiter(
      options.rateLimit ?? DEFAULT_RATE_LIMIT,
      options.rateWindowMs ?? RATE_WINDOW_MS,
      now,
    );
    this.tokens = options.tokens && options.tokens.length > 0 ? new Set(options.tokens) : undefined;
    this.blockCap = new BlockCap(options.blockLimit);
    if (options.templateBlankReads !== undefined) this.store.templateBlankReads = options.templateBlankReads;
    loadNotionSeed(this.store, notionSeedSchema.parse(options.seed ?? {}));
  }

  async handle(request: Request, url: URL): Promise<Response> {
    const id = requestId();
    try {
      return await this.process(request, url, id);
    } catch (error) {
      if (error instanceof NotionApiError) return errorResponse(error, id);
      const message = error instanceof Error ? error.message : String(error);
      return errorResponse(
        new NotionApiError(500, 'internal_server_error', `Sandbox failure: ${message}`),
        id,
      );
    }
  }

  private async process(request: Request, url: URL, id: string): Promise<Response> {
    const token = bearerToken(request);
    if (!token || (this.tokens && !this.tokens.has(token))) {
      throw new NotionApiError(401, 'unauthorized', 'API token is invalid.');
    }
    const version = checkVersion(request.headers.get('notion-version'));
    // Refused before the rate limit, like a 401: a request the token may not make is not counted.
    enforceCapability(token, request.method.toUpperCase(), url.pathname.replace(/^\/v1/, ''));
    const decision = this.limiter.take(token);
    if (!decision.allowed) {
      throw new NotionApiError(
        429,
        'rate_limited',
        'You have been rate limited. Please try again in a few minutes.',
        {
          'retry-after': String(decision.retryAfterSeconds),
        },
      );
    }
    const body = await readBody(request);
    const method = request.method.toUpperCase();
    refuseRetiredFields(version, method, url.pathname.replace(/^\/v1/, ''), body);
    const blocks = blocksCreatedBy(method, url.pathname.replace(/^\/v1/, ''), body);
    this.blockCap.check(blocks);
    const result = dispatch({ store: this.store, body, url }, method);
    this.blockCap.record(blocks);
    return Response.json(shapeAnswer(version, result), {
      status: 200,
      headers: { 'x-notion-request-id': id },
    });
  }

  dump(): NotionSeed {
    return dumpNotion(this.store);
  }
}

async function readBody(request: Request): Promise<Record<string, unknown>> {
  if (request.method === 'GET' || request.method === 'DELETE') return {};
  const text = await request.text();
  if (text.trim() === '') return {};
  enforceBodySize(text);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new NotionApiError(400, 'invalid_json', 'Error parsing JSON body.');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new NotionApiError(400, 'invalid_json', 'Error parsing JSON body.');
  }
  enforceValueLimits(parsed);
  return parsed as Record<string, unknown>;
}

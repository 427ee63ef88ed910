import { committedResponse, faultResponse, type ApiFamily, type CommittedIds } from './fault-responses.ts';
import { APPLIED_EFFECTS, FaultInjector, type FaultController } from './faults.ts';
import { GoogleEmulator } from './google/index.ts';
import { handleInspection } from './inspection.ts';
import { NotionEmulator } from './notion/emulator.ts';
import { parseLoggedBody, RequestLog, type RequestLogEntry } from './request-log.ts';
import { parseSeed, type SandboxSeed } from './seed.ts';

export interface SandboxOptions {
  /** A seed object; validated here, and refused with a SeedError naming the path and reason. */
  seed?: unknown;
  /** Notion requests per token per 60 s window (default 180). */
  rateLimit?: number;
  /** The Notion rate-limit window in ms (default 60 000). */
  rateWindowMs?: number;
  /** Google per-minute quota override, passed to the Google emulator. */
  googleQuotaPerMinute?: number;
  /** Probability (0..1) that a request gets a random fault. */
  faultRate?: number;
  faultSeed?: number;
  /** The Free-plan block cap: lifetime blocks the Notion API may create (none when absent). */
  blockLimit?: number;
  /** Reads of a page's children that find a page made from a template still blank (default 1). */
  templateBlankReads?: number;
  /** How long a "slow" fault stalls before answering (default 1500 ms). */
  slowResponseMs?: number;
  now?: () => Date;
}

export interface Sandbox {
  /** Answers one request; a dropped connection is a `Response.error()` (type "error"). */
  handle(request: Request): Promise<Response>;
  /** The whole state, in the seed format. */
  state(): SandboxSeed;
  readonly requests: RequestLog;
  readonly faults: FaultController;
  readonly notion: NotionEmulator;
  readonly google: GoogleEmulator;
}

/** Which emulator owns a path: Sheets and Forms share `/v1` with Notion, so they are matched first. */
export function familyOf(pathname: string): ApiFamily | 'inspection' | undefined {
  if (pathname.startsWith('/__sandbox/')) return 'inspection';
  if (pathname.startsWith('/v4/spreadsheets') || pathname.startsWith('/v1/forms')) return 'google';
  if (pathname.startsWith('/v1/')) return 'notion';
  return undefined;
}

/** The ids a successful create (a page) or append (a list of blocks) answered with. */
async function committedIdsOf(answer: Response): Promise<CommittedIds> {
  const body = (await answer.clone().json()) as { object?: string; id?: string; results?: { id: string }[] };
  if (body.object === 'list') return { childIds: (body.results ?? []).map((block) => block.id) };
  return body.id === undefined ? {} : { resourceId: body.id };
}

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function createSandbox(options: SandboxOptions = {}): Sandbox {
  const seed = parseSeed(options.seed ?? {});
  const now = options.now ?? (() => new Date());
  const notion = new NotionEmulator({
    seed: seed.notion,
    tokens: seed.tokens,
    rateLimit: options.rateLimit,
    ...(options.rateWindowMs === undefined ? {} : { rateWindowMs: options.rateWindowMs }),
    ...(options.blockLimit === undefined ? {} : { blockLimit: options.blockLimit }),
    ...(options.templateBlankReads === undefined ? {} : { templateBlankReads: options.templateBlankReads }),
    now,
  });
  const google = new GoogleEmulator({
    seed: { ...(seed.sheets ? { sheets: seed.sheets } : {}), ...(seed.forms ? { forms: seed.forms } : {}) },
    tokens: seed.tokens,
    quotaPerMinute: options.googleQuotaPerMinute,
    now,
  });
  const requests = new RequestLog();
  const faults = new FaultInjector(options.faultRate ?? 0, options.faultSeed ?? 1);
  const slowMs = options.slowResponseMs ?? 1500;
  const state = (): SandboxSeed => ({
    notion: notion.dump(),
    ...google.dump(),
    ...(seed.tokens ? { tokens: seed.tokens } : {}),
  });

  async function route(request: Request, url: URL, family: ApiFamily): Promise<Response> {
    if (family === 'google') {
      const answer = await google.handle(request, url);
      return (
        answer ??
        Response.json(
          { error: { code: 404, message: 'Requested entity was not found.', status: 'NOT_FOUND' } },
          { status: 404 },
        )
      );
    }
    return notion.handle(request, url);
  }

  async function handle(request: Request): Promise<Response> {
    const url = new URL(request.url);
    const family = familyOf(url.pathname);
    if (family === 'inspection') return handleInspection(request, url, { log: requests, state });
    const path = `${url.pathname}${url.search}`;
    const bodyText =
      request.method === 'GET' || request.method === 'HEAD' ? '' : await request.clone().text();
    const entry: RequestLogEntry = {
      method: request.method,
      path,
      status: 0,
      time: now().toISOString(),
      body: parseLoggedBody(bodyText),
    };
    const version = family === 'notion' ? request.headers.get('notion-version') : null;
    if (version !== null) entry.notionVersion = version;
    requests.add(entry);
    if (!family) {
      entry.status = 404;
      return Response.json({ error: `no emulated API at ${url.pathname}` }, { status: 404 });
    }
    const decision = faults.decide(request.method, path);
    if (decision) entry.fault = `${decision.source}:${String(decision.effect)}`;
    const effect = decision?.effect;
    if (effect === 'drop') return Response.error();
    if (effect === 'hang') return new Promise<Response>(() => undefined);
    if (decision && effect !== undefined && !APPLIED_EFFECTS.has(effect)) {
      const refused = faultResponse(decision, family);
      entry.status = refused.status;
      return refused;
    }
    const answer = await route(request, url, family);
    entry.status = answer.status;
    if (effect === 'hang-applied') return new Promise<Response>(() => undefined);
    if (effect === 'lost') return Response.error();
    if (effect === 'late-504') return faultResponse({ ...decision!, effect: 504 }, family);
    if (effect === 'conflict-applied') return faultResponse({ ...decision!, effect: 409 }, family);
    // Only a write that did commit has ids to name; a refused one answers as it was.
    if (effect === 'committed-503' && answer.ok) return committedResponse(await committedIdsOf(answer));
    if (effect === 'slow') await delay(slowMs);
    const response = answer;
    entry.status = response.status;
    return response;
  }

  return { handle, state, requests, faults, notion, google };
}

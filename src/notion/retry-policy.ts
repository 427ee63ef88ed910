import { isHTTPResponseError, RequestTimeoutError } from '@notionhq/client';
import { isRequestBlocked } from './error-details.ts';

// The single retry layer for Notion (the SDK's own is switched off). Whether a failure may be repeated
// depends on two things: what the server said, and whether repeating the request could do the work twice.

/** `safe` requests may be sent again after an unknown outcome; `unsafe` ones only when the server refused them. */
export type RequestSafety = 'safe' | 'unsafe';

export type FailureKind =
  /** 429/529: the server refused the request without doing it, so any request may be repeated. */
  | 'throttled'
  /**
   * 5xx, timeout, dropped connection, and 409 `conflict_error` (Notion says "try again" without promising
   * the write was not applied): the request may or may not have been carried out.
   */
  | 'transient'
  | 'permanent';

const THROTTLE_STATUSES = new Set([429, 529]);
const TRANSIENT_STATUSES = new Set([409, 500, 502, 503, 504]);
const NETWORK_CODES = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'ETIMEDOUT',
  'EPIPE',
  'UND_ERR_SOCKET',
  'UND_ERR_CONNECT_TIMEOUT',
]);

function networkCode(error: unknown, depth = 0): string | null {
  if (depth > 4 || typeof error !== 'object' || error === null) return null;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && NETWORK_CODES.has(code)) return code;
  return networkCode((error as { cause?: unknown }).cause, depth + 1);
}

export function classifyFailure(error: unknown): FailureKind {
  if (isHTTPResponseError(error)) {
    // Blocked outright: waiting will not lift it, a person must.
    if (isRequestBlocked(error)) return 'permanent';
    if (THROTTLE_STATUSES.has(error.status)) return 'throttled';
    if (TRANSIENT_STATUSES.has(error.status)) return 'transient';
    return 'permanent';
  }
  if (RequestTimeoutError.isRequestTimeoutError(error)) return 'transient';
  // undici reports a dropped connection as `TypeError: fetch failed` with the socket error as its cause.
  if (error instanceof TypeError || networkCode(error) !== null) return 'transient';
  return 'permanent';
}

export function shouldRetry(kind: FailureKind, safety: RequestSafety): boolean {
  if (kind === 'throttled') return true;
  if (kind === 'transient') return safety === 'safe';
  return false;
}

/** `Retry-After` in seconds (Notion sends seconds); an HTTP date is accepted too. Null when absent or unusable. */
export function retryAfterMs(error: unknown, now = Date.now()): number | null {
  if (!isHTTPResponseError(error)) return null;
  const headers = error.headers as
    { get?: (name: string) => string | null } | Record<string, string> | undefined;
  let raw: string | null | undefined;
  if (headers && typeof (headers as { get?: unknown }).get === 'function') {
    raw = (headers as { get: (name: string) => string | null }).get('retry-after');
  } else if (headers) {
    raw = (headers as Record<string, string>)['retry-after'];
  }
  if (raw === null || raw === undefined || raw.trim() === '') return null;
  const seconds = Number(raw);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(raw);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}

export interface BackoffOptions {
  baseMs: number;
  maxMs: number;
  random: () => number;
}

/**
 * Exponential backoff with "equal jitter": half the step is fixed so retries never bunch at zero,
 * half is random so parallel reviews that failed together do not retry together.
 */
export function backoffMs(retryNumber: number, options: BackoffOptions): number {
  const step = Math.min(options.maxMs, options.baseMs * 2 ** Math.max(0, retryNumber - 1));
  return Math.round(step / 2 + options.random() * (step / 2));
}

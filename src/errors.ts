// The only error types the tool throws on purpose. The CLI maps them to exit codes; anything else is a bug.

export type ErrorName =
  | 'ConfigError'
  | 'BrakeStopError'
  | 'NoMatchingReviewError'
  | 'NotionApiError'
  | 'GoogleApiError'
  | 'InternalError';

interface ReviewSyncErrorOptions {
  cause?: unknown;
  /** Lines a person can act on, printed under the message. */
  details?: string[];
}

abstract class ReviewSyncError extends Error {
  abstract override readonly name: ErrorName;
  readonly details: string[];

  constructor(message: string, options: ReviewSyncErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.details = options.details ?? [];
  }
}

/** The config, credentials or live schema are wrong; the run cannot start (exit 2). */
export class ConfigError extends ReviewSyncError {
  readonly name = 'ConfigError' as const;
}

/**
 * The blast-radius brake stopped the run before its first write (exit 2). The config may be right: the
 * data is what looks wrong, so the fix is in the data, or `--force` when the changes are meant.
 */
export class BrakeStopError extends ReviewSyncError {
  readonly name = 'BrakeStopError' as const;
}

/** `--review` named no review of the active cycles, so there is nothing to sync (exit 2). */
export class NoMatchingReviewError extends ReviewSyncError {
  readonly name = 'NoMatchingReviewError' as const;
}

/**
 * Refusals a retry cannot fix: `request-blocked` is a 429 whose `rate_limit_reason` says the integration's
 * requests are blocked outright; `block-limit` is the Free-plan workspace block cap (403), which stops
 * block creation while property edits still work.
 */
export type ApiRefusal = 'request-blocked' | 'block-limit';

export interface ApiErrorOptions extends ReviewSyncErrorOptions {
  status?: number;
  code?: string;
  /** The request may or may not have been carried out (5xx, 409, reset, timeout, lost reply). */
  unknownOutcome?: boolean;
  refusal?: ApiRefusal;
}

/** Shared by the two API errors: the HTTP status and the API's own error code, when there was a response. */
abstract class ApiError extends ReviewSyncError {
  readonly status: number | undefined;
  readonly code: string | undefined;
  /** Set on a write whose outcome is unknown: the caller reads to learn whether it landed. */
  readonly unknownOutcome: boolean;
  readonly refusal: ApiRefusal | undefined;

  constructor(message: string, options: ApiErrorOptions = {}) {
    super(message, options);
    this.status = options.status;
    this.code = options.code;
    this.unknownOutcome = options.unknownOutcome ?? false;
    this.refusal = options.refusal;
  }

  /**
   * A person must act before any run can work: 401/403 (the token or the sharing is wrong) or requests
   * blocked outright. A setup problem that stops the run (exit 2), not a failed review. The block cap is
   * a 403 too, but property writes still work, so it is not one of these.
   */
  get isAuth(): boolean {
    if (this.refusal === 'block-limit') return false;
    return this.status === 401 || this.status === 403 || this.refusal === 'request-blocked';
  }

  /** The workspace's block cap refused a write that creates blocks. */
  get isBlockLimit(): boolean {
    return this.refusal === 'block-limit';
  }
}

/** A Notion request failed after the retry policy gave up. */
export class NotionApiError extends ApiError {
  readonly name = 'NotionApiError' as const;
}

/** A Google request failed after the retry policy gave up. */
export class GoogleApiError extends ApiError {
  readonly name = 'GoogleApiError' as const;
}

/** A broken invariant inside the tool. */
export class InternalError extends ReviewSyncError {
  readonly name = 'InternalError' as const;
}

export type KnownError =
  ConfigError | BrakeStopError | NoMatchingReviewError | NotionApiError | GoogleApiError | InternalError;

export function isKnownError(error: unknown): error is KnownError {
  return error instanceof ReviewSyncError;
}

// The only error types the tool throws on purpose. The CLI maps them to exit codes; anything else is a bug.

export type ErrorName = 'ConfigError' | 'NotionApiError' | 'GoogleApiError' | 'InternalError';

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

export interface ApiErrorOptions extends ReviewSyncErrorOptions {
  status?: number;
  code?: string;
  /** The request may or may not have been carried out (5xx, reset, timeout, lost reply). */
  unknownOutcome?: boolean;
}

/** Shared by the two API errors: the HTTP status and the API's own error code, when there was a response. */
abstract class ApiError extends ReviewSyncError {
  readonly status: number | undefined;
  readonly code: string | undefined;
  /** Set on a write whose outcome is unknown: the caller reads to learn whether it landed. */
  readonly unknownOutcome: boolean;

  constructor(message: string, options: ApiErrorOptions = {}) {
    super(message, options);
    this.status = options.status;
    this.code = options.code;
    this.unknownOutcome = options.unknownOutcome ?? false;
  }

  /** 401/403 mean the token or the sharing is wrong: a setup problem, not a failed review. */
  get isAuth(): boolean {
    return this.status === 401 || this.status === 403;
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

export type KnownError = ConfigError | NotionApiError | GoogleApiError | InternalError;

export function isKnownError(error: unknown): error is KnownError {
  return error instanceof ReviewSyncError;
}

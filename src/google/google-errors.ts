import { GoogleApiError } from '../errors.ts';

// Turns what the Google clients throw (gaxios errors with Google's `{error:{code,message,status}}` body,
// token-endpoint errors, network failures) into one GoogleApiError whose message says what to fix. A
// person reading a failed cron run should not need to know what PERMISSION_DENIED means for their setup.

/** What a request was about, for messages: `spreadsheets.values.get` on spreadsheet `1AbC`. */
export interface GoogleTarget {
  kind: 'spreadsheet' | 'form';
  id: string;
  method: string;
}

/** The parts of a failure that decide retrying and the message. */
export interface GoogleFailure {
  /** HTTP status; undefined when no answer came (network failure, timeout). */
  status: number | undefined;
  /** Google's status (`PERMISSION_DENIED`), an OAuth error (`invalid_grant`) or a network code. */
  code: string | undefined;
  /** Google's own message, safe to show: it never carries credentials. */
  message: string;
  /** `ErrorInfo.reason`, such as `SERVICE_DISABLED` or `ACCESS_TOKEN_SCOPE_INSUFFICIENT`. */
  reason: string | undefined;
  retryAfterMs: number | undefined;
  retryable: boolean;
}

interface ErrorLike {
  status?: unknown;
  code?: unknown;
  message?: unknown;
  response?: { status?: unknown; data?: unknown; headers?: unknown };
}

export function readFailure(error: unknown): GoogleFailure {
  const e = (typeof error === 'object' && error !== null ? error : {}) as ErrorLike;
  const status = numberOr(e.response?.status) ?? numberOr(e.status);
  const data = e.response?.data;
  const body = (typeof data === 'object' && data !== null ? data : {}) as Record<string, unknown>;
  const apiError = typeof body.error === 'object' && body.error !== null ? body.error : undefined;
  const google = (apiError ?? {}) as { status?: unknown; message?: unknown; details?: unknown };
  // A token endpoint (OAuth, STS) answers `{error: "invalid_grant", error_description}` instead.
  const oauthCode = typeof body.error === 'string' ? body.error : undefined;
  const code = stringOr(google.status) ?? oauthCode ?? stringOr(e.code);
  const message =
    stringOr(google.message) ??
    stringOr(body.error_description) ??
    (status === undefined ? (stringOr(e.message) ?? 'no answer') : `HTTP ${status}`);
  return {
    status: oauthCode !== undefined && status !== undefined && status < 500 ? 401 : status,
    code,
    message,
    reason: errorInfoReason(google.details),
    retryAfterMs: retryAfter(e.response?.headers),
    retryable: status === undefined || status === 429 || status >= 500,
  };
}

const API_NAME = { spreadsheet: 'Google Sheets API', form: 'Google Forms API' } as const;

/** The GoogleApiError for a failure that will not be retried (again). */
export function describeGoogleFailure(
  failure: GoogleFailure,
  target: GoogleTarget,
  principal: string | undefined,
  cause: unknown,
): GoogleApiError {
  const { status, code } = failure;
  const what = `${target.method} on ${target.kind} ${target.id}`;
  const answer = `${status ?? 'no answer'}${code === undefined ? '' : ` ${code}`}`;
  const details = [`Google said: ${failure.message}`];
  const make = (message: string, extra: string[] = []) =>
    new GoogleApiError(message, { status, code, cause, details: [...extra, ...details] });

  if (status === 401) {
    return make(`${what} failed (${answer}): Google did not accept the credentials.`, [
      'A GOOGLE_OAUTH_ACCESS_TOKEN is valid for one hour: issue a fresh one for each run.',
      'For GOOGLE_APPLICATION_CREDENTIALS, check that the key is not deleted or disabled, or that the Workload Identity provider still trusts this repository.',
    ]);
  }
  if (status === 403) return make(`${what} failed (${answer}): ${forbiddenFix(failure, target, principal)}.`);
  if (status === 404) {
    return make(
      `${what} failed (${answer}): ${target.kind} ${target.id} was not found. Check the id or URL in config.`,
      ['A file that is not shared with the credentials can also look missing.'],
    );
  }
  if (status === 429) {
    return make(`${what} failed (${answer}) after one retry: Google's per-minute read quota is used up.`, [
      'Per user and minute: Sheets reads 60, Forms responses.list 180. Run less often, read fewer sources per run, or ask for a higher quota in the Cloud console.',
    ]);
  }
  if (status === undefined || status >= 500) {
    return make(`${what} failed (${answer}) after one retry: Google or the network is unavailable.`, [
      'This is usually temporary; the next run reads again.',
    ]);
  }
  return make(`${what} failed (${answer}).`);
}

function forbiddenFix(failure: GoogleFailure, target: GoogleTarget, principal: string | undefined): string {
  const text = `${failure.reason ?? ''} ${failure.message}`;
  if (/SERVICE_DISABLED|has not been used in project|is disabled/i.test(text)) {
    return `enable the ${API_NAME[target.kind]} in the Google Cloud project of the credentials (APIs & Services → Library)`;
  }
  if (/SCOPE_INSUFFICIENT|insufficient authentication scopes/i.test(text)) {
    return 'the access token lacks the read-only scope this call needs: issue it with the scopes listed in docs/google.md';
  }
  const who = principal ?? "the service account's email";
  if (target.kind === 'spreadsheet') return `share the spreadsheet ${target.id} with ${who} as Viewer`;
  return `add ${who} as an editor of the form ${target.id} (Share → Add collaborators): only a form's editors can read it and its responses`;
}

function errorInfoReason(details: unknown): string | undefined {
  if (!Array.isArray(details)) return undefined;
  for (const detail of details as { reason?: unknown }[]) {
    if (typeof detail?.reason === 'string') return detail.reason;
  }
  return undefined;
}

function retryAfter(headers: unknown): number | undefined {
  // Duck-typed: the Headers class gaxios hands back is not always this realm's global one.
  const get = (headers as { get?: unknown } | undefined)?.get;
  const raw =
    typeof get === 'function'
      ? (get as (name: string) => unknown).call(headers, 'retry-after')
      : (headers as Record<string, unknown> | undefined)?.['retry-after'];
  const seconds = Number(raw);
  return raw === null || raw === undefined || !Number.isFinite(seconds) ? undefined : seconds * 1000;
}

function numberOr(value: unknown): number | undefined {
  return typeof value === 'number' ? value : undefined;
}

function stringOr(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

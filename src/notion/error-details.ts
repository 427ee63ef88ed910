import { isHTTPResponseError } from '@notionhq/client';

// What Notion puts in an error's `additional_data`, read in one place. Each reader answers null when the
// field is absent or not the documented shape, so an unexpected body falls back to the status alone.

/** The `rate_limit_reason` that means retrying will not help: a person must lift the block. */
export const REQUEST_BLOCKED_REASON = 'public_api_request_blocked';

/** Past this a `Retry-After` comes from the workspace-wide limit: the per-connection one is at most 60 s. */
export const CONNECTION_WINDOW_MS = 60_000;

type AdditionalData = Record<string, string | string[]>;

function additionalData(error: unknown): AdditionalData | null {
  if (!isHTTPResponseError(error)) return null;
  const data = (error as { additional_data?: unknown }).additional_data;
  return typeof data === 'object' && data !== null && !Array.isArray(data) ? (data as AdditionalData) : null;
}

function text(data: AdditionalData | null, key: string): string | null {
  const value = data?.[key];
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}

/** `additional_data.rate_limit_reason` of a 429: which limit was hit. */
export function rateLimitReason(error: unknown): string | null {
  if (!isHTTPResponseError(error) || error.status !== 429) return null;
  return text(additionalData(error), 'rate_limit_reason');
}

export function isRequestBlocked(error: unknown): boolean {
  return rateLimitReason(error) === REQUEST_BLOCKED_REASON;
}

/** `additional_data.block_limit` of a 403 `restricted_resource`: the workspace block cap refused a create. */
export function blockLimit(error: unknown): string | null {
  if (!isHTTPResponseError(error) || error.status !== 403) return null;
  return text(additionalData(error), 'block_limit');
}

/** What a 5xx on a write says was committed before it failed. */
export interface Committed {
  resourceId: string | null;
  childIds: string[];
  guidance: string | null;
}

/**
 * `committed_resource_id` / `committed_child_ids` of a failed write: the server names what it did commit,
 * so the caller need not guess by reading. Null when it names nothing.
 */
export function committedIds(error: unknown): Committed | null {
  if (!isHTTPResponseError(error) || error.status < 500) return null;
  const data = additionalData(error);
  const resourceId = text(data, 'committed_resource_id');
  const raw = data?.committed_child_ids;
  const childIds = Array.isArray(raw) ? raw.filter((id) => typeof id === 'string' && id !== '') : [];
  if (resourceId === null && childIds.length === 0) return null;
  return { resourceId, childIds, guidance: text(data, 'retry_guidance') };
}

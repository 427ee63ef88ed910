import type { FaultDecision } from './faults.ts';
import { requestId } from './notion/ids.ts';

export type ApiFamily = 'notion' | 'google';

const NOTION_ERRORS: Record<number, { code: string; message: string }> = {
  409: {
    code: 'conflict_error',
    message: 'Conflict occurred while saving. Please try again.',
  },
  429: { code: 'rate_limited', message: 'You have been rate limited. Please try again in a few minutes.' },
  500: { code: 'internal_server_error', message: 'Unexpected error occurred.' },
  503: { code: 'service_unavailable', message: 'Notion is unavailable. Try again later.' },
  504: { code: 'gateway_timeout', message: 'Notion timed out while attempting to complete this request.' },
  529: { code: 'service_overload', message: 'Notion is currently overloaded. Please try again later.' },
};

const GOOGLE_ERRORS: Record<number, { status: string; message: string }> = {
  409: { status: 'ABORTED', message: 'The operation was aborted.' },
  429: { status: 'RESOURCE_EXHAUSTED', message: 'Quota exceeded for quota metric.' },
  500: { status: 'INTERNAL', message: 'Internal error encountered.' },
  503: { status: 'UNAVAILABLE', message: 'The service is currently unavailable.' },
  504: { status: 'DEADLINE_EXCEEDED', message: 'The request timed out.' },
  529: { status: 'UNAVAILABLE', message: 'The service is overloaded.' },
};

/** A proxy in front of either API answers 502 with HTML, which clients must not parse as JSON. */
const BAD_GATEWAY_HTML = `<html>
<head><title>502 Bad Gateway</title></head>
<body>
<center><h1>502 Bad Gateway</h1></center>
<hr><center>cloudflare</center>
</body>
</html>
`;

/** Requests blocked outright: the one `rate_limit_reason` that tells a client not to retry. */
export const REQUEST_BLOCKED_REASON = 'public_api_request_blocked';

/** What a write that failed after committing names; the ids come from the answer it would have given. */
export interface CommittedIds {
  resourceId?: string;
  childIds?: string[];
}

/**
 * The 503 a write that committed before failing answers with. `retry_guidance` is sent as Notion
 * documents the field; its exact values are not published, so the sandbox's is a stand-in.
 */
export function committedResponse(committed: CommittedIds): Response {
  const additional_data: Record<string, string | string[]> = { retry_guidance: 'do_not_retry' };
  if (committed.resourceId !== undefined) additional_data.committed_resource_id = committed.resourceId;
  if (committed.childIds !== undefined) additional_data.committed_child_ids = committed.childIds;
  const error = NOTION_ERRORS[503]!;
  return Response.json(
    { object: 'error', status: 503, ...error, request_id: requestId(), additional_data },
    { status: 503 },
  );
}

/** Builds the response a status fault produces, in the body shape of the API being called. */
export function faultResponse(decision: FaultDecision, family: ApiFamily): Response {
  if (decision.effect === 'blocked-429') {
    return faultResponse({ ...decision, effect: 429, rateLimitReason: REQUEST_BLOCKED_REASON }, family);
  }
  const status = decision.effect;
  if (typeof status !== 'number') throw new Error(`fault ${String(status)} has no response`);
  const headers: Record<string, string> =
    status === 429 ? { 'retry-after': String(decision.retryAfter) } : {};
  if (status === 502) {
    return new Response(BAD_GATEWAY_HTML, { status, headers: { 'content-type': 'text/html' } });
  }
  if (family === 'google') {
    const error = GOOGLE_ERRORS[status] ?? { status: 'UNKNOWN', message: 'Unknown error.' };
    return Response.json(
      { error: { code: status, message: error.message, status: error.status } },
      { status, headers },
    );
  }
  const error = NOTION_ERRORS[status] ?? {
    code: 'internal_server_error',
    message: 'Unexpected error occurred.',
  };
  const reason = status === 429 ? decision.rateLimitReason : undefined;
  return Response.json(
    {
      object: 'error',
      status,
      code: error.code,
      message: error.message,
      request_id: requestId(),
      ...(reason === undefined ? {} : { additional_data: { rate_limit_reason: reason } }),
    },
    { status, headers },
  );
}

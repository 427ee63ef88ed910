import type { FaultDecision } from './faults.ts';
import { requestId } from './notion/ids.ts';

export type ApiFamily = 'notion' | 'google';

const NOTION_ERRORS: Record<number, { code: string; message: string }> = {
  429: { code: 'rate_limited', message: 'You have been rate limited. Please try again in a few minutes.' },
  500: { code: 'internal_server_error', message: 'Unexpected error occurred.' },
  503: { code: 'service_unavailable', message: 'Notion is unavailable. Try again later.' },
  504: { code: 'gateway_timeout', message: 'Notion timed out while attempting to complete this request.' },
  529: { code: 'service_overload', message: 'Notion is currently overloaded. Please try again later.' },
};

const GOOGLE_ERRORS: Record<number, { status: string; message: string }> = {
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

/** Builds the response a status fault produces, in the body shape of the API being called. */
export function faultResponse(decision: FaultDecision, family: ApiFamily): Response {
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
  return Response.json(
    { object: 'error', status, code: error.code, message: error.message, request_id: requestId() },
    { status, headers },
  );
}

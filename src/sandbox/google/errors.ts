/** The canonical google.rpc codes the emulator answers with, paired with their HTTP status. */
export type GoogleStatus =
  | 'INVALID_ARGUMENT'
  | 'FAILED_PRECONDITION'
  | 'UNAUTHENTICATED'
  | 'PERMISSION_DENIED'
  | 'NOT_FOUND'
  | 'RESOURCE_EXHAUSTED';

const HTTP_CODE: Record<GoogleStatus, number> = {
  INVALID_ARGUMENT: 400,
  FAILED_PRECONDITION: 400,
  UNAUTHENTICATED: 401,
  PERMISSION_DENIED: 403,
  NOT_FOUND: 404,
  RESOURCE_EXHAUSTED: 429,
};

/** Thrown by handlers and turned into Google's `{error:{code,message,status}}` body at the edge. */
export class GoogleApiError extends Error {
  readonly status: GoogleStatus;
  readonly details: unknown[] | undefined;
  readonly headers: Record<string, string>;

  constructor(
    status: GoogleStatus,
    message: string,
    details?: unknown[],
    headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'GoogleApiError';
    this.status = status;
    this.details = details;
    this.headers = headers;
  }

  get code(): number {
    return HTTP_CODE[this.status];
  }

  toResponse(): Response {
    const error = {
      code: this.code,
      message: this.message,
      status: this.status,
      ...(this.details ? { details: this.details } : {}),
    };
    return jsonResponse({ error }, this.code, this.headers);
  }
}

export function jsonResponse(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  // Google serves JSON with a charset and pretty-prints; clients only care about the content type.
  return new Response(JSON.stringify(body, null, 2), {
    status,
    headers: { 'content-type': 'application/json; charset=UTF-8', ...headers },
  });
}

// The messages below are the ones Google returns, so that client code matching on them behaves the same.
export const notFound = (): GoogleApiError =>
  new GoogleApiError('NOT_FOUND', 'Requested entity was not found.');

export const permissionDenied = (): GoogleApiError =>
  new GoogleApiError('PERMISSION_DENIED', 'The caller does not have permission');

export const invalidArgument = (message: string): GoogleApiError =>
  new GoogleApiError('INVALID_ARGUMENT', message);

export const methodNotFound = (): GoogleApiError => new GoogleApiError('NOT_FOUND', 'Method not found.');

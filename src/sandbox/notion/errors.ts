/** Error codes the Notion API puts in `code`; the SDK keys its retry policy off these. */
export type NotionErrorCode =
  | 'invalid_json'
  | 'invalid_request_url'
  | 'invalid_request'
  | 'validation_error'
  | 'missing_version'
  | 'unauthorized'
  | 'restricted_resource'
  | 'object_not_found'
  | 'conflict_error'
  | 'rate_limited'
  | 'internal_server_error'
  | 'service_unavailable'
  | 'service_overload'
  | 'gateway_timeout';

export interface NotionErrorBody {
  object: 'error';
  status: number;
  code: NotionErrorCode;
  message: string;
  request_id: string;
  /** Extra context some errors carry (retry guidance, the limit that was hit). */
  additional_data?: Record<string, string | string[]>;
}

/** Thrown anywhere inside a handler; the router turns it into the real error body. */
export class NotionApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: NotionErrorCode,
    message: string,
    readonly headers: Record<string, string> = {},
    readonly additionalData?: Record<string, string | string[]>,
  ) {
    super(message);
    this.name = 'NotionApiError';
  }
}

export function validationError(message: string): NotionApiError {
  return new NotionApiError(400, 'validation_error', message);
}

/** Mirrors Notion's "body failed validation" wording so clients that grep messages behave the same. */
export function bodyValidationError(path: string, expectation: string): NotionApiError {
  return validationError(`body failed validation: ${path} ${expectation}.`);
}

export type NotionObjectKind =
  'page' | 'block' | 'database' | 'data_source' | 'user' | 'comment' | 'property';

export function notFound(kind: NotionObjectKind, id: string): NotionApiError {
  const label = kind === 'data_source' ? 'data source' : kind;
  return new NotionApiError(
    404,
    'object_not_found',
    `Could not find ${label} with ID: ${id}. Make sure the relevant pages and databases are shared with your integration.`,
  );
}

export function errorBody(
  status: number,
  code: NotionErrorCode,
  message: string,
  requestId: string,
  additionalData?: Record<string, string | string[]>,
): NotionErrorBody {
  return {
    object: 'error',
    status,
    code,
    message,
    request_id: requestId,
    ...(additionalData === undefined ? {} : { additional_data: additionalData }),
  };
}

export function errorResponse(error: NotionApiError, requestId: string): Response {
  const body = errorBody(error.status, error.code, error.message, requestId, error.additionalData);
  return Response.json(body, {
    status: error.status,
    headers: error.headers,
  });
}

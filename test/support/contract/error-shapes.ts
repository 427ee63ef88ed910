import type { ContractFamily } from '../../../scripts/contract/endpoints.ts';

// Error bodies are not in the SDKs' response types, so their shapes are written here from the APIs'
// docs: Notion's `{object: "error", status, code, message}` (with `request_id` and, for some codes,
// `additional_data`), and Google's `{error: {code, message, status, details?}}` (google.rpc.Status).

const NOTION_ERROR = {
  type: 'object',
  additionalProperties: false,
  required: ['object', 'status', 'code', 'message'],
  properties: {
    object: { const: 'error' },
    status: { type: 'integer' },
    code: { type: 'string' },
    message: { type: 'string' },
    request_id: { type: 'string' },
    additional_data: { type: 'object' },
  },
};

const GOOGLE_ERROR = {
  type: 'object',
  additionalProperties: false,
  required: ['error'],
  properties: {
    error: {
      type: 'object',
      additionalProperties: false,
      required: ['code', 'message', 'status'],
      properties: {
        code: { type: 'integer' },
        message: { type: 'string' },
        status: { type: 'string' },
        details: { type: 'array', items: { type: 'object' } },
        errors: { type: 'array', items: { type: 'object' } },
      },
    },
  },
};

export const ERROR_SHAPES: Record<ContractFamily, object> = { notion: NOTION_ERROR, google: GOOGLE_ERROR };

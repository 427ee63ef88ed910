import type { forms_v1 } from '@googleapis/forms';
import { invalidArgument } from './errors.ts';
import type { FormState, StoredResponse } from './forms-store.ts';

// responses.list returns at most 5000 responses a page, which is also the default page size.
const MAX_PAGE_SIZE = 5000;
const FILTER = /^\s*timestamp\s*(>=|>)\s*(\S+)\s*$/;
const ZULU = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(?:\.(\d{1,9}))?Z$/;

/** An RFC 3339 instant in nanoseconds, so that `>` on microsecond timestamps is exact. */
function nanos(timestamp: string): bigint | null {
  const match = ZULU.exec(timestamp);
  if (!match) return null;
  const [, whole = '', fraction = ''] = match;
  const ms = Date.parse(`${whole}Z`);
  if (Number.isNaN(ms)) return null;
  return BigInt(ms) * 1_000_000n + BigInt(fraction.padEnd(9, '0'));
}

function parseFilter(filter: string | null): ((r: StoredResponse) => boolean) | undefined {
  if (filter === null || filter === '') return undefined;
  const match = FILTER.exec(filter);
  const bound = match?.[2] !== undefined ? nanos(match[2]) : null;
  if (!match || bound === null) {
    throw invalidArgument(
      `Invalid filter: ${filter}. Supported filters are "timestamp > N" and "timestamp >= N" with N in RFC3339 UTC "Zulu" format.`,
    );
  }
  const inclusive = match[1] === '>=';
  // The filter compares the latest submission, so an edited response shows up again.
  return (response) => {
    const at = nanos(response.lastSubmittedTime) ?? 0n;
    return inclusive ? at >= bound : at > bound;
  };
}

interface PageToken {
  offset: number;
  filter: string;
}

function encodeToken(token: PageToken): string {
  return Buffer.from(JSON.stringify(token)).toString('base64url');
}

function decodeToken(text: string, filter: string): number {
  try {
    const token = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as Partial<PageToken>;
    // The API insists the filter of a follow-up page matches the one that produced the token.
    if (typeof token.offset === 'number' && token.filter === filter) return token.offset;
  } catch {
    // fall through to the error below
  }
  throw invalidArgument('Invalid page token.');
}

/** One answer of a response as the API shows it: list results omit formId, get includes it. */
export function responseResource(
  form: FormState,
  response: StoredResponse,
  withFormId: boolean,
): forms_v1.Schema$FormResponse {
  return {
    ...(withFormId ? { formId: form.formId } : {}),
    ...structuredClone(response),
  } satisfies forms_v1.Schema$FormResponse;
}

export function listResponses(
  form: FormState,
  params: URLSearchParams,
): forms_v1.Schema$ListFormResponsesResponse {
  const sizeText = params.get('pageSize');
  const size = sizeText === null || sizeText === '' ? 0 : Number(sizeText);
  if (!Number.isInteger(size) || size < 0) throw invalidArgument('page_size must be a non-negative integer.');
  const pageSize = size === 0 ? MAX_PAGE_SIZE : Math.min(size, MAX_PAGE_SIZE);
  const filterText = params.get('filter') ?? '';
  const keep = parseFilter(filterText);
  const tokenText = params.get('pageToken');
  const offset = tokenText ? decodeToken(tokenText, filterText) : 0;
  const matching = keep ? form.responses.filter(keep) : form.responses;
  const page = matching.slice(offset, offset + pageSize);
  const next =
    offset + pageSize < matching.length
      ? encodeToken({ offset: offset + pageSize, filter: filterText })
      : undefined;
  return {
    // Like every proto3 JSON reply, an empty list is omitted rather than sent as [].
    ...(page.length > 0 ? { responses: page.map((r) => responseResource(form, r, false)) } : {}),
    ...(next ? { nextPageToken: next } : {}),
  };
}

import { validationError } from './errors.ts';
import { LIMITS } from './limits.ts';

export interface PageOf<T> {
  results: T[];
  next_cursor: string | null;
  has_more: boolean;
}

/** Reads page_size from a body or query string value, with Notion's bounds and default of 100. */
export function pageSizeOf(raw: unknown, path: string): number {
  if (raw === undefined || raw === null) return LIMITS.pageSize;
  const size = typeof raw === 'string' ? Number(raw) : raw;
  if (typeof size !== 'number' || !Number.isInteger(size)) {
    throw validationError(
      `body failed validation: ${path} should be a number, instead was \`${JSON.stringify(raw)}\`.`,
    );
  }
  if (size > LIMITS.pageSize) {
    throw validationError(
      `body failed validation: ${path} should be ≤ \`${LIMITS.pageSize}\`, instead was \`${size}\`.`,
    );
  }
  if (size < 1)
    throw validationError(`body failed validation: ${path} should be ≥ \`1\`, instead was \`${size}\`.`);
  return size;
}

/**
 * Cursors are the key of the first item of the next page, as Notion's own
 * cursors are the id of the next object; an unknown cursor is a validation error.
 */
export function paginate<T>(
  items: readonly T[],
  startCursor: unknown,
  pageSize: number,
  keyOf: (item: T, index: number) => string,
): PageOf<T> {
  let start = 0;
  if (typeof startCursor === 'string' && startCursor !== '') {
    start = items.findIndex((item, index) => keyOf(item, index) === startCursor);
    if (start < 0) throw validationError(`start_cursor provided is invalid: ${startCursor}`);
  }
  const results = items.slice(start, start + pageSize);
  const next = items[start + pageSize];
  return {
    results,
    next_cursor: next === undefined ? null : keyOf(next, start + pageSize),
    has_more: next !== undefined,
  };
}

/** Opaque cursors for lists whose items have no ids of their own (property items). */
export function indexCursor(_item: unknown, index: number): string {
  return Buffer.from(`idx:${index}`).toString('base64url');
}

import { bodyValidationError, NotionApiError } from './errors.ts';

// The Notion-Version headers the sandbox speaks, and what differs between them. 2026-03-11 renamed the
// `archived` field to `in_trash` in every request and response, and replaced an append's `after` with
// `position`; a client that still sends the old fields gets the 400 validation_error Notion gives.

export const NOTION_VERSIONS = ['2025-09-03', '2026-03-11'] as const;
export type NotionVersion = (typeof NOTION_VERSIONS)[number];
/** The newest version emulated, which the tool sends by default. */
export const NOTION_VERSION: NotionVersion = '2026-03-11';

export function checkVersion(header: string | null): NotionVersion {
  if (!header) {
    throw new NotionApiError(
      400,
      'missing_version',
      'Notion-Version header failed validation: Notion-Version header should be defined, instead was `undefined`.',
    );
  }
  const known = NOTION_VERSIONS.find((version) => version === header);
  if (!known) {
    throw new NotionApiError(
      400,
      'validation_error',
      `The sandbox emulates Notion-Version ${NOTION_VERSIONS.join(' and ')}; got ${header}.`,
    );
  }
  return known;
}

const isAppend = (method: string, path: string) =>
  method === 'PATCH' && /^\/blocks\/[^/]+\/children$/.test(path);

/** Under 2026-03-11 a request naming a retired field is refused, naming the field. */
export function refuseRetiredFields(
  version: NotionVersion,
  method: string,
  path: string,
  body: Record<string, unknown>,
): void {
  if (version === '2025-09-03') return;
  if ('archived' in body) {
    throw bodyValidationError('body.archived', 'should be not present; use `in_trash` instead');
  }
  if (isAppend(method, path) && 'after' in body) {
    throw bodyValidationError('body.after', 'should be not present; use `position` instead');
  }
}

function withoutArchived(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || !('archived' in value)) return value;
  const { archived: _archived, ...rest } = value as Record<string, unknown>;
  return rest;
}

/**
 * Under 2026-03-11 answers carry `in_trash` only. Pages, blocks, databases and data sources sit at the
 * top of an answer or in its `results`, never deeper, so only those two places are looked at.
 */
export function shapeAnswer(version: NotionVersion, answer: object): object {
  if (version === '2025-09-03') return answer;
  const top = withoutArchived(answer) as Record<string, unknown>;
  return Array.isArray(top.results) ? { ...top, results: top.results.map(withoutArchived) } : top;
}

import { NotionApiError } from './errors.ts';

// Notion grants an integration content and comment capabilities one by one, and answers an endpoint the
// integration lacks the capability for with 403 `restricted_resource`. The sandbox has no integration
// settings, so a token says what it lacks in its own text: `secret_x--without-insert-comments` is a token
// that cannot post comments. A token without such a suffix has every capability.

export type NotionCapability =
  'read-content' | 'insert-content' | 'update-content' | 'insert-comments' | 'read-comments';

export const NOTION_CAPABILITIES: readonly NotionCapability[] = [
  'read-content',
  'insert-content',
  'update-content',
  'insert-comments',
  'read-comments',
];

const WITHOUT = /--without-([a-z]+-[a-z]+)(?=--|$)/g;

/** The capabilities a token's `--without-…` suffixes take away; unknown names are ignored. */
export function missingCapabilities(token: string): Set<NotionCapability> {
  const missing = new Set<NotionCapability>();
  for (const match of token.matchAll(WITHOUT)) {
    const name = match[1] as NotionCapability;
    if (NOTION_CAPABILITIES.includes(name)) missing.add(name);
  }
  return missing;
}

interface CapabilityRule {
  method: string;
  pattern: RegExp;
  capability: NotionCapability;
}

// Users are left out: the user-information capability shapes answers (emails), it does not refuse them.
const RULES: CapabilityRule[] = [
  { method: 'POST', pattern: /^\/comments$/, capability: 'insert-comments' },
  { method: 'GET', pattern: /^\/comments$/, capability: 'read-comments' },
  { method: 'POST', pattern: /^\/(pages|databases)$/, capability: 'insert-content' },
  { method: 'PATCH', pattern: /^\/blocks\/[^/]+\/children$/, capability: 'insert-content' },
  { method: 'PATCH', pattern: /^\/(pages|blocks|data_sources)\/[^/]+$/, capability: 'update-content' },
  { method: 'DELETE', pattern: /^\/blocks\/[^/]+$/, capability: 'update-content' },
  { method: 'POST', pattern: /^\/data_sources\/[^/]+\/query$/, capability: 'read-content' },
  { method: 'GET', pattern: /^\/(pages|blocks|databases|data_sources)\//, capability: 'read-content' },
];

/** The capability a request needs, by method and path under `/v1`; null when none is checked. */
export function requiredCapability(method: string, pathUnderV1: string): NotionCapability | null {
  const rule = RULES.find((r) => r.method === method && r.pattern.test(pathUnderV1));
  return rule?.capability ?? null;
}

/** Refuses the request as Notion does when the token lacks the capability it needs. */
export function enforceCapability(token: string, method: string, pathUnderV1: string): void {
  const needed = requiredCapability(method, pathUnderV1);
  if (needed === null || !missingCapabilities(token).has(needed)) return;
  throw new NotionApiError(403, 'restricted_resource', 'Insufficient permissions for this endpoint.');
}

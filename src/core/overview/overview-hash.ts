import { canonicalJson, sha256Hex } from '../hash/canonical-json.ts';
import type { OverviewModel } from './types.ts';

/** Bump when the model or its rendering changes, so every overview page is rewritten once. */
export const OVERVIEW_HASH_VERSION = 'ov1';

/** `ov1:` and 16 hex digits of the SHA-256 of the model's canonical JSON; the page is replaced when it changes. */
export function overviewHash(model: OverviewModel): string {
  const digest = sha256Hex(canonicalJson(model));
  return `${OVERVIEW_HASH_VERSION}:${digest.slice(0, 16)}`;
}

import type { Review } from '../domain.ts';

/** Bump only with a migration: every action item already in Notion is found by this format. */
export const ACTION_KEY_VERSION = 'rs1';

/** Where a plan entry came from; kept in the key so a catalog id and a goal-template id never collide. */
export type ActionEntrySource = 'catalog' | 'goal';

/**
 * The stable key of a plan entry:
 *
 *   rs1:<cycle>:<page id, lower-case hex without dashes>:<source>:<catalog or template id>
 *
 * It is built from identities only — never from the title, the due date, the score or `now` — so a
 * later run finds the item it created before instead of adding a second one. The cycle is
 * URI-encoded because a cycle name is free text and could hold a `:`; ids are kebab-case already.
 */
export function actionKey(
  review: Pick<Review, 'pageId' | 'cycle'>,
  source: ActionEntrySource,
  entryId: string,
): string {
  return [
    ACTION_KEY_VERSION,
    encodeURIComponent(review.cycle),
    normalisePageId(review.pageId),
    source,
    entryId,
  ].join(':');
}

/** The start every key of one review's entries shares, so items can be told apart by review. */
export function reviewKeyPrefix(review: Pick<Review, 'pageId' | 'cycle'>): string {
  return `${[ACTION_KEY_VERSION, encodeURIComponent(review.cycle), normalisePageId(review.pageId)].join(':')}:`;
}

// Notion answers with dashed ids but accepts both; the key must not depend on which form we were given.
function normalisePageId(pageId: string): string {
  return pageId.replace(/-/g, '').toLowerCase();
}

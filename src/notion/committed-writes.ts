import type { AppendBlockChildrenResponse, CreatePageResponse } from '@notionhq/client';
import type { Committed } from './error-details.ts';

// A write that failed after committing (a 503 naming what it committed) is answered from the ids the
// server named, in the shape the caller would have had from a success, with no verification read.

/**
 * A create whose failure names the page it committed. Only the id is known, and the id is all a caller
 * of `pages.create` reads.
 */
export function committedPage(committed: Committed): CreatePageResponse | null {
  if (committed.resourceId === null) return null;
  return { object: 'page', id: committed.resourceId };
}

/** An append whose failure names every child it committed: those are the appended blocks, in order. */
export function committedChildren(committed: Committed, sent: number): AppendBlockChildrenResponse | null {
  // Fewer ids than blocks sent would be a partial append, which verification handles instead.
  if (committed.childIds.length < sent) return null;
  return {
    object: 'list',
    results: committed.childIds.map((id) => ({ object: 'block', id })),
    next_cursor: null,
    has_more: false,
    type: 'block',
    block: {},
  };
}

import type { CommentObjectResponse, ListCommentsResponse } from '@notionhq/client';
import { archivedError } from './blocks.ts';
import type { NotionContext } from './context.ts';
import { bodyValidationError, notFound, validationError } from './errors.ts';
import { newId, normalizeId } from './ids.ts';
import { pageSizeOf, paginate } from './pagination.ts';
import { toRichText } from './rich-text.ts';
import type { CommentRecord, ContainerParent, NotionStore } from './store.ts';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function renderComment(store: NotionStore, comment: CommentRecord): CommentObjectResponse {
  const author = store.users.get(comment.createdBy);
  return {
    object: 'comment',
    id: comment.id,
    parent: comment.parent,
    discussion_id: comment.discussionId,
    created_time: comment.createdTime,
    last_edited_time: comment.lastEditedTime,
    created_by: { object: 'user', id: comment.createdBy },
    rich_text: comment.richText,
    display_name: { type: 'integration', resolved_name: author?.name ?? null },
  } satisfies CommentObjectResponse;
}

/** New comments open a discussion on a page or block, or reply to an existing discussion. */
export function createComment(ctx: NotionContext): CommentObjectResponse {
  const { store, body } = ctx;
  let parent: ContainerParent;
  let discussionId: string;
  if (typeof body.discussion_id === 'string') {
    const existing = [...store.comments.values()].find(
      (c) => c.discussionId === normalizeId(String(body.discussion_id)),
    );
    if (!existing) throw notFound('comment', body.discussion_id);
    parent = existing.parent;
    discussionId = existing.discussionId;
  } else if (isRecord(body.parent)) {
    const id = typeof body.parent.page_id === 'string' ? body.parent.page_id : body.parent.block_id;
    if (typeof id !== 'string') throw bodyValidationError('body.parent', 'should have a page_id or block_id');
    const target = store.container(id);
    if (store.isTrashed(target)) throw archivedError(store.pages.has(target.id) ? 'page' : 'block');
    parent = store.pages.has(target.id)
      ? { type: 'page_id', page_id: target.id }
      : { type: 'block_id', block_id: target.id };
    discussionId = newId();
  } else {
    throw bodyValidationError('body.parent', 'should be defined, instead was `undefined`');
  }
  if (body.rich_text === undefined)
    throw validationError(
      'body failed validation: body.rich_text should be defined, instead was `undefined`.',
    );
  const now = store.timestamp();
  const comment: CommentRecord = {
    id: newId(),
    parent,
    discussionId,
    richText: toRichText(body.rich_text, 'body.rich_text', store),
    createdTime: now,
    lastEditedTime: now,
    createdBy: store.botId,
  };
  store.comments.set(comment.id, comment);
  return renderComment(store, comment);
}

export function listComments(ctx: NotionContext): ListCommentsResponse {
  const { store } = ctx;
  const query = ctx.url.searchParams;
  const blockId = query.get('block_id');
  if (!blockId)
    throw validationError(
      'body failed validation: query.block_id should be defined, instead was `undefined`.',
    );
  const target = store.container(blockId);
  const pageSize = pageSizeOf(query.get('page_size') ?? undefined, 'query.page_size');
  const comments = [...store.comments.values()].filter((c) =>
    c.parent.type === 'page_id' ? c.parent.page_id === target.id : c.parent.block_id === target.id,
  );
  const window = paginate(comments, query.get('start_cursor'), pageSize, (c) => c.id);
  return {
    object: 'list',
    results: window.results.map((c) => renderComment(store, c)),
    next_cursor: window.next_cursor,
    has_more: window.has_more,
    type: 'comment',
    comment: {},
  } satisfies ListCommentsResponse;
}

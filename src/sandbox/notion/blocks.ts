import type {
  AppendBlockChildrenResponse,
  BlockObjectResponse,
  ListBlockChildrenResponse,
} from '@notionhq/client';
import { param, type NotionContext } from './context.ts';
import { bodyValidationError, validationError } from './errors.ts';
import { normalizeId } from './ids.ts';
import { enforceBlockTree } from './limits.ts';
import { convertContent, createBlock, renderBlock, renderPageAsBlock } from './block-object.ts';
import { pageSizeOf, paginate } from './pagination.ts';
import { onChildrenRead } from './templates.ts';
import type { BlockRecord, ContainerParent, NotionStore, PageRecord } from './store.ts';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function archivedError(kind: 'block' | 'page'): Error {
  return validationError(
    `Can't edit ${kind} that is archived. You must unarchive the ${kind} before editing.`,
  );
}

function renderAny(store: NotionStore, record: PageRecord | BlockRecord): BlockObjectResponse {
  return store.pages.has(record.id)
    ? renderPageAsBlock(store, record as PageRecord)
    : renderBlock(store, record as BlockRecord);
}

export function retrieveBlock(ctx: NotionContext): BlockObjectResponse {
  return renderAny(ctx.store, ctx.store.container(param(ctx, 0)));
}

/** Where new children go: `position` (SDK v5) wins over the deprecated `after`; default is the end. */
function insertionIndex(
  store: NotionStore,
  container: PageRecord | BlockRecord,
  body: Record<string, unknown>,
): number {
  const position = body.position;
  let afterId: string | undefined = typeof body.after === 'string' ? body.after : undefined;
  if (isRecord(position)) {
    if (position.type === 'start') return 0;
    if (position.type === 'end') return container.childIds.length;
    const after = isRecord(position.after_block) ? position.after_block.id : undefined;
    if (position.type !== 'after_block' || typeof after !== 'string') {
      throw bodyValidationError('body.position', 'should be one of `start`, `end` or `after_block`');
    }
    afterId = after;
  }
  if (afterId === undefined) return container.childIds.length;
  const index = container.childIds.indexOf(normalizeId(afterId));
  const sibling = store.blocks.get(normalizeId(afterId));
  if (index < 0 || !sibling || sibling.inTrash) {
    throw validationError(`Block ${afterId} is not a child of ${container.id}.`);
  }
  return index + 1;
}

/** Appends children; nested children are created too, within the nesting and size limits. */
export function appendChildren(ctx: NotionContext): AppendBlockChildrenResponse {
  const { store, body } = ctx;
  const container = store.container(param(ctx, 0));
  if (!Array.isArray(body.children))
    throw bodyValidationError('body.children', 'should be defined, instead was `undefined`');
  enforceBlockTree(body.children, 'body.children');
  if (store.isTrashed(container)) throw archivedError(store.pages.has(container.id) ? 'page' : 'block');
  const parent: ContainerParent = store.pages.has(container.id)
    ? { type: 'page_id', page_id: container.id }
    : { type: 'block_id', block_id: container.id };
  const index = insertionIndex(store, container, body);
  const created = body.children.map((child, i) => createBlock(store, child, parent, `body.children[${i}]`));
  container.childIds.splice(index, 0, ...created.map((block) => block.id));
  container.lastEditedTime = store.timestamp();
  return {
    object: 'list',
    results: created.map((block) => renderBlock(store, block)),
    next_cursor: null,
    has_more: false,
    type: 'block',
    block: {},
  } satisfies AppendBlockChildrenResponse;
}

export function listChildren(ctx: NotionContext): ListBlockChildrenResponse {
  const { store } = ctx;
  const container = store.container(param(ctx, 0));
  const pageSize = pageSizeOf(ctx.url.searchParams.get('page_size') ?? undefined, 'query.page_size');
  onChildrenRead(store, container.id);
  // Pages created under a page are listed among its blocks as `child_page`, in creation order, as Notion does.
  const children = container.childIds.flatMap((id) => {
    const block = store.blocks.get(id);
    if (block) return block.inTrash ? [] : [{ id, render: () => renderBlock(store, block) }];
    const page = store.pages.get(id);
    return page && !store.isTrashed(page) ? [{ id, render: () => renderPageAsBlock(store, page) }] : [];
  });
  const window = paginate(children, ctx.url.searchParams.get('start_cursor'), pageSize, (b) => b.id);
  return {
    object: 'list',
    results: window.results.map((child) => child.render()),
    next_cursor: window.next_cursor,
    has_more: window.has_more,
    type: 'block',
    block: {},
  } satisfies ListBlockChildrenResponse;
}

export function updateBlock(ctx: NotionContext): BlockObjectResponse {
  const { store, body } = ctx;
  const record = store.container(param(ctx, 0));
  const trashFlag =
    typeof body.in_trash === 'boolean'
      ? body.in_trash
      : typeof body.archived === 'boolean'
        ? body.archived
        : undefined;
  const contentKeys = Object.keys(body).filter((key) => !['in_trash', 'archived', 'type'].includes(key));
  if (store.pages.has(record.id)) {
    if (contentKeys.length > 0)
      throw validationError('Pages cannot be updated through the blocks API; use pages.update.');
  } else {
    const block = record as BlockRecord;
    const restoring = trashFlag === false;
    if (store.isTrashed(block) && !restoring) throw archivedError('block');
    for (const key of contentKeys) {
      if (key !== block.type)
        throw bodyValidationError(`body.${key}`, `should be not present for a ${block.type} block`);
      const patch = body[key];
      if (!isRecord(patch)) throw bodyValidationError(`body.${key}`, 'should be an object');
      Object.assign(
        block.content,
        convertContent(store, block.type, { ...block.content, ...patch }, `body.${key}`),
      );
    }
  }
  if (trashFlag !== undefined) record.inTrash = trashFlag;
  record.lastEditedTime = store.timestamp();
  record.lastEditedBy = store.botId;
  return renderAny(store, record);
}

/** Delete moves the block (or page) to the trash; it stays retrievable with `in_trash: true`. */
export function deleteBlock(ctx: NotionContext): BlockObjectResponse {
  const { store } = ctx;
  const record = store.container(param(ctx, 0));
  if (record.inTrash) throw archivedError(store.pages.has(record.id) ? 'page' : 'block');
  record.inTrash = true;
  record.lastEditedTime = store.timestamp();
  return renderAny(store, record);
}

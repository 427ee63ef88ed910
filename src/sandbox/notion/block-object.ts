import type { BlockObjectResponse } from '@notionhq/client';
import { bodyValidationError } from './errors.ts';
import { newId } from './ids.ts';
import { blockTypeOf } from './limits.ts';
import { toRichText } from './rich-text.ts';
import type { BlockRecord, ContainerParent, NotionStore, PageRecord } from './store.ts';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const COLORED = new Set([
  'paragraph',
  'bulleted_list_item',
  'numbered_list_item',
  'quote',
  'toggle',
  'to_do',
  'callout',
  'heading_1',
  'heading_2',
  'heading_3',
  'heading_4',
]);

export const BLOCK_TYPES = new Set([
  ...COLORED,
  'code',
  'divider',
  'table',
  'table_row',
  'equation',
  'bookmark',
  'embed',
  'table_of_contents',
  'breadcrumb',
  'column_list',
  'column',
  'link_to_page',
]);

/** Defaults Notion fills in when a block is created, so responses look like the real ones. */
function defaults(type: string): Record<string, unknown> {
  const base: Record<string, unknown> = COLORED.has(type) ? { color: 'default' } : {};
  if (type.startsWith('heading_')) base.is_toggleable = false;
  if (type === 'to_do') base.checked = false;
  // SDK 5.26's types give paragraphs an icon as well as callouts; null when none was set.
  if (type === 'callout' || type === 'paragraph') base.icon = null;
  if (type === 'code') Object.assign(base, { caption: [], language: 'plain text' });
  if (type === 'table') Object.assign(base, { has_column_header: false, has_row_header: false });
  if (type === 'bookmark' || type === 'embed') base.caption = [];
  return base;
}

/** Converts request content (rich text, captions, table cells) to stored response form. */
export function convertContent(
  store: NotionStore,
  type: string,
  raw: Record<string, unknown>,
  path: string,
): Record<string, unknown> {
  const content: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (key === 'children') continue;
    if (key === 'rich_text' || key === 'caption') content[key] = toRichText(value, `${path}.${key}`, store);
    else if (key === 'cells' && Array.isArray(value)) {
      content[key] = value.map((cell, i) => toRichText(cell, `${path}.cells[${i}]`, store));
    } else content[key] = value;
  }
  // Notion refuses a to-do whose checked is anything but a boolean; the tool's ticks must stay booleans.
  if (type === 'to_do' && 'checked' in content && typeof content.checked !== 'boolean') {
    throw bodyValidationError(
      `${path}.checked`,
      `should be a boolean, instead was \`${JSON.stringify(content.checked)}\``,
    );
  }
  if (
    type !== 'divider' &&
    type !== 'breadcrumb' &&
    type !== 'column_list' &&
    !('rich_text' in content) &&
    COLORED.has(type)
  ) {
    throw bodyValidationError(`${path}.rich_text`, 'should be defined, instead was `undefined`');
  }
  return content;
}

/** Stores a new block made by the integration now; the caller links it into its container. */
export function storeBlock(
  store: NotionStore,
  fields: Pick<BlockRecord, 'id' | 'parent' | 'type' | 'content'>,
): BlockRecord {
  const now = store.timestamp();
  const record: BlockRecord = {
    ...fields,
    childIds: [],
    inTrash: false,
    createdTime: now,
    lastEditedTime: now,
    createdBy: store.botId,
    lastEditedBy: store.botId,
  };
  store.blocks.set(record.id, record);
  return record;
}

/** Creates a block record (and its nested children) from a request block. */
export function createBlock(
  store: NotionStore,
  raw: unknown,
  parent: ContainerParent,
  path: string,
): BlockRecord {
  if (!isRecord(raw)) throw bodyValidationError(path, 'should be an object');
  const type = blockTypeOf(raw);
  if (!type || !BLOCK_TYPES.has(type)) {
    throw bodyValidationError(`${path}.${String(type)}`, 'should be not present, instead was `{...}`');
  }
  const body = isRecord(raw[type]) ? raw[type] : {};
  const record = storeBlock(store, {
    id: newId(),
    parent,
    type,
    content: { ...defaults(type), ...convertContent(store, type, body, `${path}.${type}`) },
  });
  const children = Array.isArray(body.children) ? body.children : [];
  children.forEach((child, index) => {
    const created = createBlock(
      store,
      child,
      { type: 'block_id', block_id: record.id },
      `${path}.${type}.children[${index}]`,
    );
    record.childIds.push(created.id);
  });
  return record;
}

export function liveChildren(store: NotionStore, container: PageRecord | BlockRecord): BlockRecord[] {
  return container.childIds
    .map((id) => store.blocks.get(id))
    .filter((block): block is BlockRecord => block !== undefined && !block.inTrash);
}

function common(store: NotionStore, record: PageRecord | BlockRecord) {
  return {
    object: 'block' as const,
    id: record.id,
    created_time: record.createdTime,
    created_by: { object: 'user' as const, id: record.createdBy },
    last_edited_time: record.lastEditedTime,
    last_edited_by: { object: 'user' as const, id: record.lastEditedBy },
    has_children: liveChildren(store, record).length > 0,
    in_trash: record.inTrash,
    archived: record.inTrash,
  };
}

export function renderBlock(store: NotionStore, block: BlockRecord): BlockObjectResponse {
  // Content is typed per block type; one generic renderer cannot satisfy each member of the union.
  return {
    ...common(store, block),
    parent: block.parent,
    type: block.type,
    [block.type]: block.content,
  } as unknown as BlockObjectResponse;
}

/** A page seen through the blocks API is a `child_page` block. */
export function renderPageAsBlock(store: NotionStore, page: PageRecord): BlockObjectResponse {
  const parent =
    page.parent.type === 'data_source_id'
      ? { type: 'database_id' as const, database_id: page.parent.database_id }
      : page.parent;
  return {
    ...common(store, page),
    parent,
    type: 'child_page',
    child_page: { title: store.pageTitle(page.id) ?? '' },
  } satisfies BlockObjectResponse;
}

import type { RichTextItemResponse } from '@notionhq/client';
import { liveChildren } from './block-object.ts';
import { renderProperty } from './schema.ts';
import { plainText, toRequestRichText } from './rich-text.ts';
import type { NotionSeed, NotionPageSeed, NotionTemplateSeed } from './seed-schema.ts';
import type { BlockRecord, NotionStore, PageRecord, StoredValue } from './store.ts';

/** Turns a stored value back into the shape pages.create takes, so a dump is a valid seed. */
function toRequestValue(stored: StoredValue): unknown {
  const { type, value } = stored;
  switch (type) {
    case 'title':
    case 'rich_text':
      return { [type]: toRequestRichText(value as RichTextItemResponse[]) };
    case 'select':
    case 'status':
      return { [type]: value === null ? null : { name: (value as { name: string }).name } };
    case 'multi_select':
      return { multi_select: (value as { name: string }[]).map((o) => ({ name: o.name })) };
    case 'people':
    case 'relation':
      return { [type]: (value as { id: string }[]).map((item) => ({ id: item.id })) };
    default:
      return { [type]: value };
  }
}

function dumpBlock(store: NotionStore, block: BlockRecord): unknown {
  const content: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(block.content)) {
    if (key === 'rich_text' || key === 'caption')
      content[key] = toRequestRichText(value as RichTextItemResponse[]);
    else if (key === 'cells') content[key] = (value as RichTextItemResponse[][]).map(toRequestRichText);
    else content[key] = value;
  }
  const children = liveChildren(store, block);
  if (children.length > 0) content.children = children.map((child) => dumpBlock(store, child));
  // A block a person wrote keeps its author, so a reloaded state still tells theirs from the tool's.
  const author =
    block.createdBy === store.botId ? {} : { created_by: { object: 'user', id: block.createdBy } };
  return { type: block.type, [block.type]: content, ...author };
}

function dumpChildren(store: NotionStore, page: PageRecord): unknown[] | undefined {
  // A child_database block is implied by the database's own parent in the seed.
  const children = liveChildren(store, page).filter((block) => block.type !== 'child_database');
  return children.length > 0 ? children.map((block) => dumpBlock(store, block)) : undefined;
}

function dumpPage(store: NotionStore, page: PageRecord): NotionPageSeed {
  const properties: Record<string, unknown> = {};
  for (const [name, stored] of Object.entries(page.properties)) {
    if (stored.type === 'created_time' || stored.type === 'last_edited_time') continue;
    properties[name] = toRequestValue(stored);
  }
  const children = dumpChildren(store, page);
  return {
    id: page.id,
    properties,
    ...(children ? { children } : {}),
    ...(page.inTrash ? { in_trash: true } : {}),
    created_time: page.createdTime,
    last_edited_time: page.lastEditedTime,
  };
}

/** A data source's templates as seeded; a template still pending on a page is not shown, as a read would not. */
function dumpTemplates(store: NotionStore, dataSourceId: string): { templates?: NotionTemplateSeed[] } {
  const templates = [...store.templates.values()]
    .filter((t) => t.dataSourceId === dataSourceId)
    .map((t) => ({ id: t.id, name: t.name, is_default: t.isDefault, children: t.children }));
  return templates.length > 0 ? { templates } : {};
}

/** The whole Notion state in seed format: `GET /__sandbox/state` and round-trips through a reload. */
export function dumpNotion(store: NotionStore): NotionSeed {
  const pages = [...store.pages.values()];
  return {
    users: [...store.users.values()],
    pages: pages
      .filter((page) => page.parent.type !== 'data_source_id')
      .map((page) => {
        const children = dumpChildren(store, page);
        return {
          id: page.id,
          title: store.pageTitle(page.id) ?? '',
          ...(page.parent.type === 'page_id' ? { parent: { page_id: page.parent.page_id } } : {}),
          ...(page.inTrash ? { in_trash: true } : {}),
          ...(children ? { children } : {}),
        };
      }),
    databases: [...store.databases.values()].map((database) => ({
      id: database.id,
      title: plainText(database.title),
      ...(database.parent.type === 'page_id' ? { parent: { page_id: database.parent.page_id } } : {}),
      dataSources: database.dataSourceIds.map((id) => {
        const source = store.dataSource(id);
        return {
          id,
          title: plainText(source.title),
          properties: Object.fromEntries(source.properties.map((p) => [p.name, renderProperty(p)])),
          ...dumpTemplates(store, id),
          pages: pages
            .filter((page) => page.parent.type === 'data_source_id' && page.parent.data_source_id === id)
            .map((page) => dumpPage(store, page)),
        };
      }),
    })),
  };
}

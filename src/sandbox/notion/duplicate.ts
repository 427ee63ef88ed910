import { newId, normalizeId } from './ids.ts';
import type { BlockRecord, ContainerParent, NotionStore, PageRecord } from './store.ts';

// Notion's "Duplicate" as a person does it in the app (the API has no such endpoint): a new page under
// the same parent with a copy of every property value, the tool-owned ones included, and a copy of the
// body. Every copied block is new, with its own id, and created by the person who duplicated the page,
// not by whoever wrote the original: that is how a copy of the tool's summary ends up a person's block.

function copyBlock(store: NotionStore, source: BlockRecord, parent: ContainerParent, by: string): string {
  const now = store.timestamp();
  const copy: BlockRecord = {
    id: newId(),
    parent,
    type: source.type,
    content: structuredClone(source.content),
    childIds: [],
    inTrash: false,
    createdTime: now,
    lastEditedTime: now,
    createdBy: by,
    lastEditedBy: by,
  };
  store.blocks.set(copy.id, copy);
  for (const childId of source.childIds) {
    const child = store.blocks.get(childId);
    if (child && !child.inTrash) {
      copy.childIds.push(copyBlock(store, child, { type: 'block_id', block_id: copy.id }, by));
    }
  }
  return copy.id;
}

/** Duplicates a page as the person `byUserId`; returns the new page's id. */
export function duplicatePage(store: NotionStore, pageId: string, byUserId: string): string {
  const source = store.page(pageId);
  const by = store.user(byUserId).id;
  const now = store.timestamp();
  const page: PageRecord = {
    id: newId(),
    parent: structuredClone(source.parent),
    properties: structuredClone(source.properties),
    inTrash: false,
    createdTime: now,
    lastEditedTime: now,
    createdBy: normalizeId(by),
    lastEditedBy: normalizeId(by),
    childIds: [],
  };
  store.pages.set(page.id, page);
  for (const childId of source.childIds) {
    const child = store.blocks.get(childId);
    if (child && !child.inTrash) {
      page.childIds.push(copyBlock(store, child, { type: 'page_id', page_id: page.id }, page.createdBy));
    }
  }
  return page.id;
}

import type { BlockObjectRequest } from '@notionhq/client';
import type { NotionGateway } from './gateway.ts';
import { PAGE_SIZE } from './paginate.ts';
import { verifiedWrite } from './verified-write.ts';

/** What a listing tells the callers: the id, the type, who made it, a child page's or callout's title. */
export interface ListedBlock {
  id: string;
  type?: string;
  created_by?: { id?: string };
  child_page?: { title?: string };
  callout?: { rich_text?: { plain_text?: string }[] };
}

/** Every child of a block or page, following the cursor (⌈children/100⌉ requests). */
export async function listChildren(gw: NotionGateway, blockId: string): Promise<ListedBlock[]> {
  const found: ListedBlock[] = [];
  let cursor: string | undefined;
  do {
    const response = await gw.blocks.children.list({
      block_id: blockId,
      page_size: PAGE_SIZE,
      start_cursor: cursor,
    });
    found.push(...(response.results as ListedBlock[]));
    cursor = response.has_more && response.next_cursor ? response.next_cursor : undefined;
  } while (cursor);
  return found;
}

/**
 * Appends batches of children under `parentId`, which holds `before` children already. An append is not
 * idempotent: after an unknown outcome the parent's child count says whether it landed, and only a
 * count short of the batch sends it again.
 */
export async function appendBatches(
  gw: NotionGateway,
  parentId: string,
  batches: readonly BlockObjectRequest[][],
  before: number,
): Promise<void> {
  let expected = before;
  for (const batch of batches) {
    const target = expected + batch.length;
    await verifiedWrite(
      async () => {
        await gw.blocks.children.append({ block_id: parentId, children: batch });
        return true;
      },
      async () => ((await listChildren(gw, parentId)).length >= target ? true : null),
    );
    expected = target;
  }
}

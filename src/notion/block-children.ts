import type { BlockObjectRequest } from '@notionhq/client';
import type { NotionGateway } from './gateway.ts';
import { PAGE_SIZE } from './paginate.ts';
import { MAX_ARRAY_ITEMS } from './rich-text.ts';
import { verifiedWrite } from './verified-write.ts';

/** Notion refuses a request that carries more than 1,000 blocks, nested ones included. */
export const MAX_BLOCKS_PER_REQUEST = 1000;

/** What a listing tells the callers: the id, the type, who made it, and a child page's title. */
export interface ListedBlock {
  id: string;
  type?: string;
  created_by?: { id?: string };
  child_page?: { title?: string };
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

/** The block and everything nested in it, as Notion counts them against the per-request limit. */
export function blockCount(block: BlockObjectRequest): number {
  const type = (block as { type?: string }).type;
  const body = type === undefined ? undefined : (block as Record<string, unknown>)[type];
  const children = (body as { children?: BlockObjectRequest[] } | undefined)?.children ?? [];
  let count = 1;
  for (const child of children) count += blockCount(child);
  return count;
}

/**
 * Top-level blocks split into requests Notion accepts: at most 100 in one children array and at most
 * 1,000 blocks in all. A large table (a calibration view of a big team) is what fills a request first.
 */
export function batchBlocks(blocks: readonly BlockObjectRequest[]): BlockObjectRequest[][] {
  const batches: BlockObjectRequest[][] = [];
  let current: BlockObjectRequest[] = [];
  let total = 0;
  for (const block of blocks) {
    const size = blockCount(block);
    if (current.length > 0 && (current.length === MAX_ARRAY_ITEMS || total + size > MAX_BLOCKS_PER_REQUEST)) {
      batches.push(current);
      current = [];
      total = 0;
    }
    current.push(block);
    total += size;
  }
  if (current.length > 0) batches.push(current);
  return batches;
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

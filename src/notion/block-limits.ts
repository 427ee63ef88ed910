import type { BlockObjectRequest } from '@notionhq/client';
import { MAX_ARRAY_ITEMS, richText } from './rich-text.ts';

// Notion's limits on what one request may carry, shared by every write that sends blocks: the summary
// container and the cycle overview page.

/** Notion refuses a request that carries more than 1,000 blocks, nested ones included. */
export const MAX_BLOCKS_PER_REQUEST = 1000;

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
 * Blocks split into requests Notion accepts: at most 100 in one children array and at most `maxBlocks`
 * (1,000 unless the request carries a parent of its own) in all. A large table (a calibration view of a
 * big team) is what fills a request first.
 */
export function batchBlocks(
  blocks: readonly BlockObjectRequest[],
  maxBlocks = MAX_BLOCKS_PER_REQUEST,
): BlockObjectRequest[][] {
  const batches: BlockObjectRequest[][] = [];
  let current: BlockObjectRequest[] = [];
  let total = 0;
  for (const block of blocks) {
    const size = blockCount(block);
    if (current.length > 0 && (current.length === MAX_ARRAY_ITEMS || total + size > maxBlocks)) {
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

/** A row of plain-text cells, as the summary's table and the charts' text tables both build them. */
export function tableRow(cells: readonly string[]): BlockObjectRequest {
  return { object: 'block', type: 'table_row', table_row: { cells: cells.map((cell) => richText(cell)) } };
}

/**
 * Rows as tables of at most 100 children each, the header repeated on top of every one, since one
 * children array holds 100 blocks. Always at least one table, so an empty one still shows its header.
 */
export function splitTable(
  header: BlockObjectRequest,
  rows: readonly BlockObjectRequest[],
  options: { width: number; rowHeader: boolean },
): BlockObjectRequest[] {
  const perTable = MAX_ARRAY_ITEMS - 1;
  const out: BlockObjectRequest[] = [];
  for (let start = 0; start < Math.max(rows.length, 1); start += perTable) {
    out.push({
      object: 'block',
      type: 'table',
      table: {
        table_width: options.width,
        has_column_header: true,
        has_row_header: options.rowHeader,
        children: [header, ...rows.slice(start, start + perTable)],
      },
    } as BlockObjectRequest);
  }
  return out;
}

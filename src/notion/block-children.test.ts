import type { BlockObjectRequest } from '@notionhq/client';
import { describe, expect, it } from 'vitest';
import { batchBlocks, blockCount } from './block-children.ts';

const paragraph = (): BlockObjectRequest => ({ type: 'paragraph', paragraph: { rich_text: [] } });
function table(rows: number): BlockObjectRequest {
  return {
    type: 'table',
    table: {
      table_width: 1,
      children: Array.from({ length: rows }, () => ({
        type: 'table_row' as const,
        table_row: { cells: [[]] },
      })),
    },
  };
}

describe('blockCount', () => {
  it.each<[string, BlockObjectRequest, number]>([
    ['a paragraph', paragraph(), 1],
    ['a table of 99 rows', table(99), 100],
    [
      'a callout holding a table',
      { type: 'callout', callout: { rich_text: [], children: [table(3)] } } as BlockObjectRequest,
      5,
    ],
  ])('counts %s as %i', (_name, block, count) => {
    expect(blockCount(block)).toBe(count);
  });
});

describe('batchBlocks', () => {
  it.each<[string, BlockObjectRequest[], number[]]>([
    ['nothing', [], []],
    ['250 paragraphs, by 100 a request', Array.from({ length: 250 }, paragraph), [100, 100, 50]],
    // 11 tables of 100 blocks: ten fill the first request's 1,000, the eleventh starts the next.
    ['11 full tables', Array.from({ length: 11 }, () => table(99)), [10, 1]],
    ['a heading before each of 2 tables', [paragraph(), table(99), paragraph(), table(99)], [4]],
  ])('splits %s', (_name, blocks, sizes) => {
    const batches = batchBlocks(blocks);
    expect(batches.map((b) => b.length)).toEqual(sizes);
    expect(batches.flat()).toEqual(blocks);
    for (const batch of batches) {
      expect(batch.reduce((n, b) => n + blockCount(b), 0)).toBeLessThanOrEqual(1000);
    }
  });
});

import type { BlockObjectRequest } from '@notionhq/client';
import { describe, expect, it } from 'vitest';
import { batchBlocks, blockCount, splitTable, tableRow } from './block-limits.ts';
import { splitForAppend } from './summary-blocks.ts';

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

describe('splitTable', () => {
  const row = (text: string): BlockObjectRequest => ({
    type: 'table_row',
    table_row: { cells: [[{ type: 'text', text: { content: text } }]] },
  });
  const rowsOf = (table: BlockObjectRequest | undefined) =>
    (table as { table: { children: BlockObjectRequest[] } } | undefined)?.table.children ?? [];

  it.each<[number, number[]]>([
    [0, [1]],
    [99, [100]],
    [100, [100, 2]],
    [250, [100, 100, 53]],
  ])('puts %i rows in tables of %j children, the header on top of each', (count, sizes) => {
    const header = row('Code');
    const tables = splitTable(
      header,
      Array.from({ length: count }, (_, i) => row(`r${i}`)),
      { width: 1, rowHeader: false },
    );
    expect(tables.map((t) => rowsOf(t).length)).toEqual(sizes);
    expect(tables.every((t) => rowsOf(t)[0] === header)).toBe(true);
  });
});

describe('tableRow', () => {
  it('makes one rich-text cell per string, an empty string an empty cell', () => {
    expect(tableRow(['CQ', ''])).toEqual({
      object: 'block',
      type: 'table_row',
      table_row: { cells: [[{ type: 'text', text: { content: 'CQ' } }], []] },
    });
  });
});

describe('splitForAppend', () => {
  it('sends the container with what one request takes and appends the rest', () => {
    const children = Array.from({ length: 11 }, () => table(99));
    const container = {
      type: 'callout',
      callout: { rich_text: [], children },
    } as BlockObjectRequest;
    const { first, firstChildren, rest } = splitForAppend(container);
    // Nine full tables and the container are 901 blocks; a tenth would pass 1,000.
    expect(firstChildren).toBe(9);
    expect(blockCount(first)).toBeLessThanOrEqual(1000);
    expect(rest.map((batch) => batch.length)).toEqual([2]);
  });

  it('leaves a small container whole', () => {
    const container = {
      type: 'callout',
      callout: { rich_text: [], children: [table(3)] },
    } as BlockObjectRequest;
    expect(splitForAppend(container)).toEqual({ first: container, firstChildren: 1, rest: [] });
  });
});

import { describe, expect, it } from 'vitest';
import {
  formatSummaryPointer,
  readSummaryPointer,
  summaryRecord,
  type SummaryPointer,
} from './summary-pointer.ts';

const PAGE = 'a0000000-0000-4000-8000-000000000001';
const OTHER = 'a0000000-0000-4000-8000-000000000002';
const BLOCK = 'b0000000-0000-4000-8000-000000000009';
const bare = (id: string) => id.replace(/-/g, '');

describe('the "Summary block" pointer rule', () => {
  it.each<[string, string | null, SummaryPointer]>([
    ['empty', null, { kind: 'none' }],
    ['blank', '   ', { kind: 'none' }],
    ['this page, as written', `${PAGE}/${BLOCK}`, { kind: 'own', blockId: BLOCK }],
    ['this page, undashed', `${bare(PAGE)}/${BLOCK}`, { kind: 'own', blockId: BLOCK }],
    [
      'another page: a duplicate copied it',
      `${OTHER}/${BLOCK}`,
      { kind: 'foreign', pageId: OTHER, blockId: BLOCK },
    ],
    ['a bare id of an earlier release', BLOCK, { kind: 'legacy', blockId: BLOCK }],
    ['a bare id with spaces around', ` ${BLOCK} `, { kind: 'legacy', blockId: BLOCK }],
    ['text a person typed', 'see the callout', { kind: 'none' }],
    ['three parts', `${PAGE}/${BLOCK}/x`, { kind: 'none' }],
    ['no block part', `${PAGE}/`, { kind: 'none' }],
  ])('%s', (_label, text, expected) => {
    expect(readSummaryPointer(text, PAGE)).toEqual(expected);
  });

  it('writes the page with the block, dashed, so it reads back as this page’s own', () => {
    const written = formatSummaryPointer(bare(PAGE), bare(BLOCK));
    expect(written).toBe(`${PAGE}/${BLOCK}`);
    expect(readSummaryPointer(written, PAGE)).toEqual({ kind: 'own', blockId: BLOCK });
    expect(readSummaryPointer(written, OTHER).kind).toBe('foreign');
  });
});

describe('summaryRecord: what planning sees', () => {
  it.each<[string, string | null, ReturnType<typeof summaryRecord>]>([
    ['no record', null, { summaryHash: 'h1', summaryBlock: null }],
    ['its own record', `${PAGE}/${BLOCK}`, { summaryHash: 'h1', summaryBlock: BLOCK }],
    [
      'an earlier release’s bare id',
      BLOCK,
      { summaryHash: 'h1', summaryBlock: BLOCK, summaryBlockUnverified: true },
    ],
    // A copied hash with a foreign record means "never written here": both are dropped.
    [
      'a copied record',
      `${OTHER}/${BLOCK}`,
      { summaryHash: null, summaryBlock: null, summaryCopiedFrom: OTHER },
    ],
  ])('%s', (_label, pointer, expected) => {
    expect(summaryRecord('h1', pointer, PAGE)).toEqual(expected);
  });
});

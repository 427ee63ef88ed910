import { describe, expect, it } from 'vitest';
import { forEachListPage, type CursorPage } from './paginate.ts';

interface Page extends CursorPage {
  items: string[];
}

describe('forEachListPage', () => {
  it.each<[string, Page[], (string | undefined)[]]>([
    ['one page', [{ items: ['a'], has_more: false, next_cursor: null }], [undefined]],
    [
      'three pages, each asked for with the cursor before it',
      [
        { items: ['a'], has_more: true, next_cursor: 'c1' },
        { items: ['b'], has_more: true, next_cursor: 'c2' },
        { items: ['c'], has_more: false, next_cursor: null },
      ],
      [undefined, 'c1', 'c2'],
    ],
    [
      'has_more without a cursor, which stops rather than asking for the first page again',
      [{ items: ['a'], has_more: true, next_cursor: null }],
      [undefined],
    ],
  ])('%s', async (_, pages, cursors) => {
    const asked: (string | undefined)[] = [];
    const seen: string[] = [];
    await forEachListPage(
      (cursor) => {
        asked.push(cursor);
        const page = pages[asked.length - 1];
        if (!page) throw new Error('asked for a page past the last');
        return Promise.resolve(page);
      },
      (page) => seen.push(...page.items),
    );
    expect(asked).toEqual(cursors);
    expect(seen).toEqual(pages.flatMap((p) => p.items));
  });
});

import { describe, expect, it } from 'vitest';
import { richText, splitText } from './rich-text.ts';

describe('rich text', () => {
  it.each([
    ['empty', 0, []],
    ['exactly 2000', 2000, [2000]],
    ['2001', 2001, [2000, 1]],
    ['6000', 6000, [2000, 2000, 2000]],
  ])('splits %s characters into text objects of at most 2000', (_name, length, sizes) => {
    expect(splitText('a'.repeat(length)).map((chunk) => chunk.length)).toEqual(sizes);
  });

  it('never cuts an emoji in half', () => {
    const text = `${'a'.repeat(1999)}😀b`;
    const chunks = splitText(text);
    expect(chunks.map((c) => c.length)).toEqual([1999, 3]);
    expect(chunks.join('')).toBe(text);
  });

  it('keeps text literal and caps the array at 100 items', () => {
    expect(richText('=1+1 **x**')).toEqual([{ type: 'text', text: { content: '=1+1 **x**' } }]);
    const items = richText('z'.repeat(2000 * 120));
    expect(items).toHaveLength(100);
    expect(items.every((item) => item.text.content.length <= 2000)).toBe(true);
    expect(items[99]?.text.content.endsWith('[truncated]')).toBe(true);
  });
});

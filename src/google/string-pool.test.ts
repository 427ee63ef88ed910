import { describe, expect, it } from 'vitest';
import { createStringPool, detachedCopy } from './string-pool.ts';

describe('createStringPool', () => {
  // Strings compare by value, so a test sees the texts, not that they are shared; the bench's peak
  // memory figure is what shows the sharing.
  it('gives back each text as it was, however often it is asked for', () => {
    const pool = createStringPool();
    const file = 'ana@example.com,ana@example.com,N/A';
    expect([file.slice(0, 15), file.slice(16, 31), file.slice(32), file.slice(0, 15)].map(pool)).toEqual([
      'ana@example.com',
      'ana@example.com',
      'N/A',
      'ana@example.com',
    ]);
  });
});

describe('detachedCopy', () => {
  it.each([
    ['plain text', 'Worked well with the team on the orders service.'],
    ['empty', ''],
    ['quotes and line breaks', 'said "yes"\r\nthen left'],
    ['non-Latin text', 'Zusammenarbeit mit 田中 — gut'],
    ['a lone surrogate', 'broken \ud800 pair'],
  ])('keeps %s as it was', (_name, text) => {
    expect(detachedCopy(text)).toBe(text);
  });
});

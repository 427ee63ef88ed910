import { describe, expect, it } from 'vitest';
import { scoreCell } from './format.ts';

describe('scoreCell', () => {
  it.each<[number | null, boolean, string]>([
    [3.456, false, '3.46'],
    [4, false, '4.00'],
    [1.005, false, '1.01'],
    [null, false, '—'],
    [3.5, true, 'awaiting others'],
    [null, true, 'awaiting others'],
  ])('shows %j (awaiting others: %s) as %j', (value, awaiting, cell) => {
    expect(scoreCell(value, awaiting)).toBe(cell);
  });
});

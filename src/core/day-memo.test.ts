import { describe, expect, it } from 'vitest';
import { createDayMemo } from './day-memo.ts';

describe('createDayMemo', () => {
  it('computes each zone, day and count of days once', () => {
    const memo = createDayMemo<string>();
    let computed = 0;
    const ask = (zone: string, day: string | number, days: number) =>
      memo.get(zone, day, days, () => `${zone} ${day} ${days} #${++computed}`);
    expect([ask('UTC', '2026-01-01', 0), ask('UTC', '2026-01-01', 0)]).toEqual([
      'UTC 2026-01-01 0 #1',
      'UTC 2026-01-01 0 #1',
    ]);
    expect(ask('UTC', '2026-01-01', 1)).toBe('UTC 2026-01-01 1 #2');
    expect(ask('Europe/Berlin', '2026-01-01', 0)).toBe('Europe/Berlin 2026-01-01 0 #3');
    expect(ask('UTC', 5, 0)).toBe('UTC 5 0 #4');
  });

  it('keeps an undefined answer, and starts afresh at its bound', () => {
    const memo = createDayMemo<number | undefined>(2);
    let computed = 0;
    const ask = (day: string) => memo.get('UTC', day, 0, () => (++computed, undefined));
    ask('a');
    ask('a');
    expect(computed).toBe(1);
    ask('b');
    ask('c');
    ask('a');
    expect(computed).toBe(4);
  });

  it('caches nothing when the computation throws', () => {
    const memo = createDayMemo<number>();
    expect(() =>
      memo.get('UTC', 'x', 0, () => {
        throw new RangeError('bad');
      }),
    ).toThrow(RangeError);
    expect(memo.get('UTC', 'x', 0, () => 7)).toBe(7);
  });
});

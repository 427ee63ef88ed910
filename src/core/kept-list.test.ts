import { describe, expect, it } from 'vitest';
import { keptList } from './kept-list.ts';

describe('keptList', () => {
  it.each<[readonly unknown[]]>([[[]], [['self-assessment']], [[1, 2, 3]]])(
    'keeps %j as it was, in a new array',
    (list) => {
      const kept = keptList(list);
      expect(kept).toEqual(list);
      expect(kept).not.toBe(list);
    },
  );
});

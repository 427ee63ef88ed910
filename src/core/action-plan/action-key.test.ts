import { describe, expect, it } from 'vitest';
import { actionKey } from './action-key.ts';

describe('actionKey', () => {
  it('follows rs1:<cycle>:<page id without dashes>:<source>:<id>', () => {
    expect(
      actionKey({ pageId: '1F2E3D4C-5B6A-4978-8877-665544332211', cycle: '2026-H2' }, 'catalog', 'cq-course'),
    ).toEqual('rs1:2026-H2:1f2e3d4c5b6a49788877665544332211:catalog:cq-course');
  });

  it('gives the same key for the dashed and the undashed page id', () => {
    const dashed = actionKey({ pageId: '1f2e3d4c-5b6a-4978-8877-665544332211', cycle: 'c' }, 'goal', 'x');
    const plain = actionKey({ pageId: '1f2e3d4c5b6a49788877665544332211', cycle: 'c' }, 'goal', 'x');
    expect(dashed).toEqual(plain);
  });

  it.each<[string, string]>([
    ['2026:H2', 'rs1:2026%3AH2:p:catalog:a'],
    ['2026 H2', 'rs1:2026%20H2:p:catalog:a'],
  ])('encodes a cycle name with separators (%s)', (cycle, expected) => {
    expect(actionKey({ pageId: 'p', cycle }, 'catalog', 'a')).toEqual(expected);
  });

  it('keeps a catalog id and a goal-template id of the same name apart', () => {
    const review = { pageId: 'p', cycle: 'c' };
    expect(actionKey(review, 'catalog', 'same')).not.toEqual(actionKey(review, 'goal', 'same'));
  });
});

import { describe, expect, it } from 'vitest';
import { colourEnabled, paint } from './colour.ts';

describe('colour', () => {
  it.each([
    ['a terminal', true, {}, true],
    ['a pipe or a log', false, {}, false],
    ['a terminal with NO_COLOR set', true, { NO_COLOR: '1' }, false],
    ['a terminal with NO_COLOR empty (unset, per the convention)', true, { NO_COLOR: '' }, true],
    ['a dumb terminal', true, { TERM: 'dumb' }, false],
  ])('on %s: %s', (_label, isTTY, env, expected) => {
    expect(colourEnabled({ isTTY }, env)).toBe(expected);
  });

  it('wraps text only when enabled', () => {
    expect(paint('failed', 'red', false)).toBe('failed');
    expect(paint('failed', 'red', true)).toBe('\u001b[31mfailed\u001b[39m');
  });
});

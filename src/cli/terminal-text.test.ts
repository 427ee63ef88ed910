import { describe, expect, it } from 'vitest';
import { escapeControl } from './terminal-text.ts';

describe('escapeControl', () => {
  it.each([
    ['a colour change', 'Ada \u001b[31mred', 'Ada \\x1B[31mred'],
    ['a window-title sequence', '\u001b]0;pwned\u0007', '\\x1B]0;pwned\\x07'],
    ['a carriage return that would overwrite the line', 'ok\rFAILED', 'ok\\rFAILED'],
    ['a backspace', 'a\bb', 'a\\x08b'],
    ['a NUL', 'a\u0000b', 'a\\x00b'],
    ['DEL', 'a\u007fb', 'a\\x7Fb'],
    ['a one-byte CSI', 'a\u009b2Jb', 'a\\x9B2Jb'],
    ['tabs and line breaks, which stay', 'a\tb\nc', 'a\tb\nc'],
    ['accents and emoji, which stay', 'Zoë 👍 — “quoted”', 'Zoë 👍 — “quoted”'],
  ])('%s', (_label, input, expected) => {
    expect(escapeControl(input)).toBe(expected);
  });
});

import { createHmac } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareDigests, hmacSha256 } from './order-key.ts';

function hex(words: Int32Array): string {
  return [...words].map((word) => (word >>> 0).toString(16).padStart(8, '0')).join('');
}

function native(key: string, message: string): string {
  return createHmac('sha256', key).update(message, 'utf8').digest('hex');
}

describe('hmacSha256', () => {
  it.each<[string, string, string]>([
    ['an undashed page id', '6c0000015b6a49788877665544332211', 'overall\u0000Worked well with Ann'],
    ['an empty key and message', '', ''],
    ['a key of exactly one block', 'k'.repeat(64), 'm'],
    ['a key one byte over a block', 'k'.repeat(65), 'm'],
    ['a long non-ASCII key', 'é'.repeat(100), 'x'],
    ['messages across the padding boundaries', 'key', 'a'.repeat(55)],
    ['a message of 56 bytes', 'key', 'a'.repeat(56)],
    ['a message of 64 bytes', 'key', 'a'.repeat(64)],
    ['a long message', 'key', 'Zoë 😀 '.repeat(500)],
    ['lone surrogates, which UTF-8 writes as U+FFFD', '\ud800key', 'a\udc00b\ud83d'],
  ])('equals createHmac for %s', (_name, key, message) => {
    expect(hex(hmacSha256(key)(message))).toEqual(native(key, message));
  });

  it('equals createHmac for any key and message, and orders as the hex strings do', () => {
    const text = fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ maxLength: 70 }));
    fc.assert(
      fc.property(text, text, text, (key, a, b) => {
        const keyed = hmacSha256(key);
        const [x, y] = [keyed(a), keyed(b)];
        expect([hex(x), hex(y)]).toEqual([native(key, a), native(key, b)]);
        const byHex = hex(x) === hex(y) ? 0 : hex(x) < hex(y) ? -1 : 1;
        expect(Math.sign(compareDigests(x, y))).toEqual(byHex);
      }),
      { numRuns: 500 },
    );
  });
});

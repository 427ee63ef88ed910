import { describe, expect, it } from 'vitest';
import { parseRequestKey, requestKey } from './rules.ts';

describe('request keys', () => {
  it('reads back the key it builds', () => {
    expect(parseRequestKey(requestKey('p-ada', 'u-bob'))).toEqual({
      reviewPageId: 'p-ada',
      peerUserId: 'u-bob',
    });
  });

  it.each<[string, { reviewPageId: string; peerUserId: string } | null]>([
    [' p-ada / u-bob ', { reviewPageId: 'p-ada', peerUserId: 'u-bob' }],
    ['', null],
    ['p-ada', null],
    ['p-ada/', null],
    ['/u-bob', null],
    [' / ', null],
    ['p-ada/u-bob/copy', null],
  ])('parseRequestKey(%j) is %j', (key, expected) => {
    expect(parseRequestKey(key)).toEqual(expected);
  });
});

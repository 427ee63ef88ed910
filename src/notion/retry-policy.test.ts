import { APIResponseError } from '@notionhq/client';
import { describe, expect, it } from 'vitest';
import { backoffMs, retryAfterMs } from './retry-policy.ts';

function rateLimited(retryAfter: string): unknown {
  return new APIResponseError({
    code: 'rate_limited' as never,
    status: 429,
    message: 'slow down',
    headers: new Headers({ 'retry-after': retryAfter }),
    rawBodyText: '{}',
    additional_data: undefined,
    request_id: undefined,
  });
}

const options = { baseMs: 500, maxMs: 30_000, random: () => 0.5 };

describe('retryAfterMs', () => {
  it.each([
    ['Retry-After in seconds', '2', 2_000],
    ['a zero Retry-After', '0', 0],
    // No cap here: the run's wait budget decides whether a long wait is worth it.
    ['a long Retry-After', '3600', 3_600_000],
    ['an unusable Retry-After', 'soon', null],
  ])('reads %s', (_label, header, expected) => {
    expect(retryAfterMs(rateLimited(header))).toBe(expected);
  });

  it('is null for anything but an HTTP error, which then backs off with jitter', () => {
    expect(retryAfterMs(new Error('socket hang up'))).toBeNull();
    expect(backoffMs(3, options)).toBe(1_500);
  });
});

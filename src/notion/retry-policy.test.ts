import { APIResponseError } from '@notionhq/client';
import { describe, expect, it } from 'vitest';
import { MAX_RETRY_AFTER_MS, backoffMs, retryDelayMs } from './retry-policy.ts';

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

describe('retryDelayMs', () => {
  it.each([
    ['Retry-After in seconds', '2', 2_000],
    ['a zero Retry-After', '0', 0],
    ['a Retry-After beyond the cap', '3600', MAX_RETRY_AFTER_MS],
  ])('honours %s', (_label, header, expected) => {
    expect(retryDelayMs(rateLimited(header), 1, options)).toBe(expected);
  });

  it('falls back to backoff with jitter when the server says nothing', () => {
    expect(retryDelayMs(new Error('socket hang up'), 3, options)).toBe(backoffMs(3, options));
    expect(backoffMs(3, options)).toBe(1_500);
  });
});

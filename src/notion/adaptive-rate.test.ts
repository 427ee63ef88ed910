import { describe, expect, it } from 'vitest';
import { AdaptiveRate, MIN_RATE_PER_SECOND } from './adaptive-rate.ts';

/** A fake clock: sleeping moves time forward, so slots can be read off the clock. */
function clocked(maxPerSecond: number) {
  let time = 0;
  const starts: number[] = [];
  const rate = new AdaptiveRate({
    maxPerSecond,
    now: () => time,
    sleep: (ms) => {
      time += ms;
      return Promise.resolve();
    },
  });
  const take = async () => {
    await rate.take();
    starts.push(time);
  };
  return { rate, starts, take, advance: (ms: number) => (time += ms) };
}

describe('AdaptiveRate', () => {
  it('spaces starts at the configured rate', async () => {
    const { starts, take } = clocked(4);
    for (let i = 0; i < 4; i += 1) await take();
    expect(starts).toEqual([0, 250, 500, 750]);
  });

  it('halves after a 429, holds everyone until Retry-After, then recovers slowly to the ceiling', async () => {
    const { rate, starts, take } = clocked(4);
    await take();
    rate.throttled(2_000);
    expect(rate.perSecond).toBe(2);
    await take();
    expect(starts[1]).toBe(2_000);
    rate.succeeded();
    expect(rate.perSecond).toBeCloseTo(2.04);
    for (let i = 0; i < 200; i += 1) rate.succeeded();
    expect(rate.perSecond).toBe(4);
  });

  it('never drops below its floor, however many 429s arrive', () => {
    const { rate } = clocked(3);
    for (let i = 0; i < 50; i += 1) rate.throttled(null);
    expect(rate.perSecond).toBe(MIN_RATE_PER_SECOND);
  });
});

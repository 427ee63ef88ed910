import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planState, syntheticTeam } from '../../scripts/bench/synthetic-team.ts';
import { parseConfig } from '../config/load.ts';
import { plan } from './plan.ts';
import { planResponsive } from './plan-responsive.ts';

const NOW = new Date('2026-11-25T08:00:00Z');

describe('planResponsive', () => {
  it('gives exactly the plan plan() gives, and never holds the event loop for 200 ms', async () => {
    const text = await readFile(join(import.meta.dirname, '..', '..', 'demo', 'review-sync.yaml'), 'utf8');
    const config = parseConfig(text);
    const state = planState(config, syntheticTeam(config, 40));
    const expected = plan(state, config, NOW);

    let last = performance.now();
    let longest = 0;
    const ticker = setInterval(() => {
      const now = performance.now();
      longest = Math.max(longest, now - last);
      last = now;
    }, 5);
    try {
      last = performance.now();
      const planned = await planResponsive(state, config, NOW);
      expect(planned).toEqual(expected);
    } finally {
      clearInterval(ticker);
    }
    expect(longest).toBeLessThan(200);
  });
});

import { describe } from 'vitest';
import { syntheticTeamOf } from './fault-harness.ts';
import { randomFaultSuite, SEEDS_AT_10 } from './random-suite.ts';

// The synthetic team's two fault rates are split over two files, so that they run side by side.
describe('random faults at 10 percent, synthetic team of 100', () =>
  randomFaultSuite(() => syntheticTeamOf(100), { at10: SEEDS_AT_10, at30: [] }));

import { describe } from 'vitest';
import { syntheticTeamOf } from './fault-harness.ts';
import { randomFaultSuite, SEEDS_AT_30 } from './random-suite.ts';

describe('random faults at 30 percent, synthetic team of 100', () =>
  randomFaultSuite(() => syntheticTeamOf(100), { at10: [], at30: SEEDS_AT_30 }));

import { describe } from 'vitest';
import { syntheticTeamOf } from './fault-harness.ts';
import { randomFaultSuite } from './random-suite.ts';

describe('random faults, synthetic team of 100', () => randomFaultSuite(() => syntheticTeamOf(100)));

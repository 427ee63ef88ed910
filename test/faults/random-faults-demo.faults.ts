import { describe } from 'vitest';
import { demoTeam } from './fault-harness.ts';
import { randomFaultSuite } from './random-suite.ts';

describe('random faults, demo team', () => randomFaultSuite(demoTeam));

import fc from 'fast-check';
import { afterEach } from 'vitest';
import { assertContractHeld } from './support/contract/violations.ts';

// Every test sees UTC so that a test that forgets to pass a zone fails the same way everywhere.
process.env.TZ = 'UTC';

// Property tests use a fixed seed so CI is repeatable; `FC_SEED=random npm test` (or a number) explores
// other inputs, and a failure prints the seed and path to replay it.
const seedSetting = process.env.FC_SEED;
if (seedSetting !== 'random') {
  fc.configureGlobal({ seed: seedSetting === undefined ? 20261128 : Number(seedSetting) });
}

// Every sandbox a test builds through test/support goes through observeContract; a drift from the SDKs'
// published types fails the test whose traffic showed it (docs/sandbox.md, "The contract check").
afterEach(() => assertContractHeld());

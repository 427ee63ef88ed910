import { beforeAll, expect, it } from 'vitest';
import {
  cleanState,
  FAULT_CLIENT,
  serve,
  syncOnce,
  viewState,
  type StateView,
  type Team,
} from './fault-harness.ts';

// Random faults on every request (429, 500, 502, 503, 504, 529, a slow answer past the client timeout,
// a reset before any byte, a lost reply, a 504 after the work was done), reproducible by seed. One team
// per file, so that the two teams run side by side.

export const SEEDS_AT_10 = [1, 2, 3, 4, 5, 6, 7];
export const SEEDS_AT_30 = [11, 12, 13];

export function randomFaultSuite(
  loadTeam: () => Promise<Team>,
  rates: { at10: number[]; at30: number[] } = { at10: SEEDS_AT_10, at30: SEEDS_AT_30 },
): void {
  let team: Team;
  let clean: StateView;
  beforeAll(async () => {
    team = await loadTeam();
    clean = await cleanState(team);
  }, 300_000);

  if (rates.at10.length > 0)
    it.each(rates.at10)(
      'seed %i at a 10 percent fault rate: the first run ends in the fault-free state with exit 0',
      async (seed) => {
        const served = await serve(team.seed, { faultRate: 0.1, faultSeed: seed });
        try {
          const run = await syncOnce(team, served.url, { notionOverrides: FAULT_CLIENT });
          expect(run.report?.reviews.filter((r) => r.errors.length > 0) ?? run.error).toEqual([]);
          expect(run.code).toBe(0);
          expect(served.sandbox.requests.entries().some((e) => e.fault !== undefined)).toBe(true);
          expect(viewState(served.sandbox)).toEqual(clean);
        } finally {
          await served.close();
        }
      },
    );

  if (rates.at30.length > 0)
    it.each(rates.at30)('seed %i at a 30 percent fault rate: converges within two runs', async (seed) => {
      const served = await serve(team.seed, { faultRate: 0.3, faultSeed: seed });
      try {
        const first = await syncOnce(team, served.url, { notionOverrides: FAULT_CLIENT });
        const second =
          first.code === 0 ? first : await syncOnce(team, served.url, { notionOverrides: FAULT_CLIENT });
        // The failing reviews' errors first, so a failure says what went wrong, not only the exit code.
        expect(second.report?.reviews.filter((r) => r.errors.length > 0) ?? second.error).toEqual([]);
        expect(second.code).toBe(0);
        expect(viewState(served.sandbox)).toEqual(clean);
      } finally {
        await served.close();
      }
    });
}

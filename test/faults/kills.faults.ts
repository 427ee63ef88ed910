import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import type { FaultEffect } from '../../src/sandbox/faults.ts';
import { runSyncInProcess, spawnCli, writeTestConfig } from '../e2e/harness.ts';
import { isWrite, ROOT, serve, viewState, type Served, type StateView } from './fault-harness.ts';

// SIGKILL at chosen points of a real `review-sync sync` process. A scripted `hang` holds the chosen write
// unanswered and not carried out (the kill falls between two writes); `hang-applied` carries it out first
// (the kill falls after a write whose reply never arrived). Then one more run must leave exactly the
// state of a run that was never interrupted: no duplicate summary, item or comment, no lost reminder.

// In the first sync Hugo's review creates action items, updates a goal, appends a summary and writes
// his properties; Elena's deletes an old summary; Daniel's posts a reminder. Hugo's summary is replaced
// by the second sync.
const ELENA = '6a000000-0000-4000-8000-000000000005';
const DANIEL = '6a000000-0000-4000-8000-000000000004';
const HUGO = '6a000000-0000-4000-8000-000000000008';

let firstConfig = '';
let replacingConfig = '';
let demoSeed: unknown;
/** The state after an uninterrupted first sync, and its exit code. */
let afterFirst: { seed: unknown; view: StateView; code: number | null; writes: number };
/** The state after an uninterrupted summary-replacing sync started from `afterFirst`. */
let afterReplacing: { view: StateView; code: number | null; replaced: number };

async function cleanRun(seed: unknown, config: string): Promise<{ served: Served; code: number | null }> {
  const served = await serve(seed);
  const result = await runSyncInProcess(served.url, ['--config', config]);
  return { served, code: result.code };
}

beforeAll(async () => {
  demoSeed = JSON.parse(await readFile(join(ROOT, 'demo/seed.json'), 'utf8'));
  const { dir, configPath } = await writeTestConfig();
  firstConfig = configPath;
  // Tripling one code's weight changes most scores, so the next sync replaces their summaries.
  const config = parse(await readFile(configPath, 'utf8')) as {
    framework: { competencies: { weight?: number }[] };
  };
  const first = config.framework.competencies[0];
  if (first) first.weight = (first.weight ?? 1) * 3;
  replacingConfig = join(dir, 'replacing.yaml');
  await writeFile(replacingConfig, stringify(config));

  const one = await cleanRun(demoSeed, firstConfig);
  afterFirst = {
    seed: one.served.sandbox.state(),
    view: viewState(one.served.sandbox),
    code: one.code,
    writes: one.served.sandbox.requests.entries().filter(isWrite).length,
  };
  await one.served.close();
  const two = await cleanRun(afterFirst.seed, replacingConfig);
  const deletes = two.served.sandbox.requests.entries().filter((e) => e.method === 'DELETE').length;
  afterReplacing = { view: viewState(two.served.sandbox), code: two.code, replaced: deletes };
  await two.served.close();
}, 120_000);

/** Writes of an uninterrupted run, to place the kill points. */
async function writesOf(seed: unknown, args: string[]): Promise<number> {
  const served = await serve(seed);
  try {
    await runSyncInProcess(served.url, args);
    return served.sandbox.requests.entries().filter(isWrite).length;
  } finally {
    await served.close();
  }
}

/** Runs with a hang scripted on the nth write, kills the process there, then runs once more in full. */
async function killThenRerun(
  seed: unknown,
  killedArgs: string[],
  rerunArgs: string[],
  nth: number,
  effect: FaultEffect,
): Promise<{ view: StateView; code: number | null }> {
  const served = await serve(seed);
  try {
    served.sandbox.faults.script({ writes: true, nth, respond: effect });
    const { child, done } = spawnCli(served.url, killedArgs);
    const hit = await new Promise<boolean>((resolve) => {
      const timer = setInterval(() => {
        const fired = served.sandbox.requests.entries().some((e) => e.fault === `script:${String(effect)}`);
        if (fired || child.exitCode !== null) {
          clearInterval(timer);
          child.kill('SIGKILL');
          resolve(fired);
        }
      }, 2);
    });
    await done;
    expect(hit, 'the kill landed on the chosen write, not after the run ended').toBe(true);
    served.sandbox.faults.clear();
    const rerun = await runSyncInProcess(served.url, rerunArgs);
    return { view: viewState(served.sandbox), code: rerun.code };
  } finally {
    await served.close();
  }
}

const both: FaultEffect[] = ['hang', 'hang-applied'];

describe('SIGKILL during the first sync, then one more run', () => {
  // The first, a middle and the last write but one of the whole run (it has about fifty).
  it.each([0, 0.5, 1].flatMap((at) => both.map((effect) => [at, effect] as const)))(
    'killed at the write %f of the way through (%s)',
    async (at, effect) => {
      const nth = Math.max(1, Math.round(at * (afterFirst.writes - 1)));
      const args = ['--config', firstConfig];
      const after = await killThenRerun(demoSeed, args, args, nth, effect);
      expect(after.code).toBe(afterFirst.code);
      expect(after.view).toEqual(afterFirst.view);
    },
  );

  it.each([
    ['Hugo', HUGO, 7],
    ['Elena', ELENA, 4],
    ['Daniel', DANIEL, 4],
  ])(
    'killed between every pair of writes of one review (%s)',
    async (_name, review, atLeast) => {
      const only = ['--config', firstConfig, '--review', review];
      const writes = await writesOf(demoSeed, only);
      expect(writes).toBeGreaterThanOrEqual(atLeast);
      const points: [number, FaultEffect][] = [
        ...Array.from({ length: writes }, (_, i): [number, FaultEffect] => [i + 1, 'hang']),
        [writes, 'hang-applied'],
      ];
      for (const [nth, effect] of points) {
        const after = await killThenRerun(demoSeed, only, ['--config', firstConfig], nth, effect);
        expect(after.code, `killed at write ${nth} (${effect})`).toBe(afterFirst.code);
        expect(after.view, `killed at write ${nth} (${effect})`).toEqual(afterFirst.view);
      }
    },
    600_000,
  );
});

describe('SIGKILL during a sync that replaces summaries, then one more run', () => {
  it('replaces summaries at all (the scenario is real)', () => {
    expect(afterReplacing.replaced).toBeGreaterThanOrEqual(3);
  });

  it.each([1, 6].flatMap((nth) => both.map((effect) => [nth, effect] as const)))(
    'killed at write %i (%s)',
    async (nth, effect) => {
      const args = ['--config', replacingConfig];
      const after = await killThenRerun(afterFirst.seed, args, args, nth, effect);
      expect(after.code).toBe(afterReplacing.code);
      expect(after.view).toEqual(afterReplacing.view);
    },
  );

  it('killed between every pair of writes of one review', async () => {
    const only = ['--config', replacingConfig, '--review', HUGO];
    const writes = await writesOf(afterFirst.seed, only);
    expect(writes).toBeGreaterThanOrEqual(3);
    const points: [number, FaultEffect][] = [
      ...Array.from({ length: writes }, (_, i): [number, FaultEffect] => [i + 1, 'hang']),
      [writes, 'hang-applied'],
    ];
    for (const [nth, effect] of points) {
      const after = await killThenRerun(afterFirst.seed, only, ['--config', replacingConfig], nth, effect);
      expect(after.code, `killed at write ${nth} (${effect})`).toBe(afterReplacing.code);
      expect(after.view, `killed at write ${nth} (${effect})`).toEqual(afterReplacing.view);
    }
  }, 600_000);
});

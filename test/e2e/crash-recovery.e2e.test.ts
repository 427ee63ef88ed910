import { beforeAll, describe, expect, it } from 'vitest';
import {
  isWrite,
  runSyncInProcess,
  spawnCli,
  startDemoSandbox,
  writeTestConfig,
  type RunningSandbox,
} from './harness.ts';
import { countSummaries, viewState, type StateView } from './snapshot-state.ts';

// In its own file so that it runs beside the other end-to-end tests rather than after them. The killed
// runs are real child processes (a SIGKILL is the crash); the clean run and the reruns go in-process.

let configPath = '';
let clean: { view: StateView; writes: number };
beforeAll(async () => {
  ({ configPath } = await writeTestConfig());
  clean = await cleanRun();
}, 60_000);

/** One clean run from the seed: every case compares with it, and it is the same for all of them. */
async function cleanRun(): Promise<{ view: StateView; writes: number }> {
  const sandbox = await startDemoSandbox();
  try {
    const result = await runSyncInProcess(sandbox.url, ['--config', configPath]);
    expect(result.code).toBe(0); // the seed's one unusable page is a warning, not a failure
    const writes = sandbox.sandbox.requests.entries().filter(isWrite).length;
    return { view: viewState(sandbox.sandbox), writes };
  } finally {
    await sandbox.close();
  }
}

/** Kills the run once it has made `writes` writes: a crash at a chosen point in the middle of apply. */
async function killAfterWrites(sandbox: RunningSandbox, configPath: string, writes: number): Promise<void> {
  const { child, done } = spawnCli(sandbox.url, ['--config', configPath]);
  await new Promise<void>((resolve) => {
    const timer = setInterval(() => {
      if (sandbox.sandbox.requests.entries().filter(isWrite).length >= writes || child.exitCode !== null) {
        clearInterval(timer);
        child.kill('SIGKILL');
        resolve();
      }
    }, 2);
  });
  await done;
}

// The kill points avoid the moment between a reminder's record and its comment: a crash there loses the
// reminder by design (it is never posted twice), and the comment counts would then differ from the clean run.
describe('a run killed part-way', () => {
  it.each([3, 30])(
    'after %i writes, then run again, ends in the same state as one clean run',
    async (writes) => {
      const killed = await startDemoSandbox();
      try {
        await killAfterWrites(killed, configPath, writes);
        const writesBeforeKill = killed.sandbox.requests.entries().filter(isWrite).length;
        expect(writesBeforeKill).toBeGreaterThanOrEqual(writes);
        // The kill really landed in the middle of apply, not after a finished run.
        expect(writesBeforeKill).toBeLessThan(clean.writes);
        const rerun = await runSyncInProcess(killed.url, ['--config', configPath]);
        expect(rerun.code).toBe(0);
        const after = viewState(killed.sandbox);
        expect(after.pages).toEqual(clean.view.pages);
        expect(after.comments).toEqual(clean.view.comments);
        expect(Object.values(countSummaries(after)).filter((n) => n !== 1 && n !== 0)).toEqual([]);
      } finally {
        await killed.close();
      }
    },
    90_000,
  );
});

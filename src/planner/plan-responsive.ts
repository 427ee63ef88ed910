import { performance } from 'node:perf_hooks';
import type { Config } from '../core/config-schema.ts';
import type { Review } from '../core/domain.ts';
import { planSteps, type SyncPlan, type SyncState } from './plan.ts';

// plan() is pure and synchronous; on a large team it runs for seconds. Run in one go, it would hold the
// event loop that long: keep-alive sockets time out under it, timers fire late and a terminal cannot
// be interrupted. This drives the same steps (planSteps) and hands the loop back whenever a slice has
// run SLICE_MS, so it gives exactly the plan plan() gives.

/** Longest stretch of planning between two turns of the event loop; well under the 200 ms promise. */
export const SLICE_MS = 40;

const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

export async function planResponsive(
  state: SyncState,
  config: Config,
  now: Date,
  selected: (review: Review) => boolean = () => true,
): Promise<SyncPlan> {
  const steps = planSteps(state, config, now, selected);
  let sliceStart = performance.now();
  for (;;) {
    const next = steps.next();
    if (next.done === true) return next.value;
    if (next.value === 'turn' || performance.now() - sliceStart >= SLICE_MS) {
      await turn();
      sliceStart = performance.now();
    }
  }
}

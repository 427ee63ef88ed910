import { performance } from 'node:perf_hooks';
import type { Config } from '../core/config-schema.ts';
import type { Review } from '../core/types.ts';
import { checkResponses, settleResponses, type CheckedResponses } from '../core/validation/index.ts';
import {
  finishPlan,
  planContext,
  planOneReview,
  validationReviews,
  type SyncPlan,
  type SyncState,
} from './plan.ts';
import type { ReviewPlan } from './plan-review.ts';

// plan() is pure and synchronous; on a large team it runs for seconds. Run in one go, it would hold the
// event loop that long: keep-alive sockets time out under it, timers fire late and a terminal cannot
// be interrupted. This drives the same steps in slices of at most SLICE_MS, handing the loop back
// between slices, and gives exactly the plan plan() gives.

/** Longest stretch of planning between two turns of the event loop; well under the 200 ms promise. */
export const SLICE_MS = 40;
const RESPONSES_PER_CHECK = 64;

const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Runs `step` over `items`, yielding to the event loop whenever a slice has run SLICE_MS. */
async function sliced<T>(items: readonly T[], step: (item: T) => void): Promise<void> {
  let sliceStart = performance.now();
  for (const item of items) {
    step(item);
    if (performance.now() - sliceStart >= SLICE_MS) {
      await turn();
      sliceStart = performance.now();
    }
  }
}

export async function planResponsive(
  state: SyncState,
  config: Config,
  now: Date,
  selected: (review: Review) => boolean = () => true,
): Promise<SyncPlan> {
  const ctx = { reviews: validationReviews(state), config, now };
  const chunks: (typeof state.responses)[] = [];
  for (let i = 0; i < state.responses.length; i += RESPONSES_PER_CHECK)
    chunks.push(state.responses.slice(i, i + RESPONSES_PER_CHECK));
  const checked: CheckedResponses = { accepted: [], rejected: [] };
  await sliced(chunks, (chunk) => {
    const part = checkResponses(chunk, ctx);
    checked.accepted.push(...part.accepted);
    checked.rejected.push(...part.rejected);
  });
  const validation = settleResponses(checked);
  await turn();
  const context = planContext(state, config, now, validation.valid);
  const reviews: ReviewPlan[] = [];
  await sliced(state.reviews.filter(selected), (review) => {
    const planned = planOneReview(context, review);
    if (planned) reviews.push(planned);
  });
  return finishPlan(context, reviews, validation);
}

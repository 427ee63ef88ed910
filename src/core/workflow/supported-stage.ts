import type { StageKey } from '../domain.ts';
import { checkGuard, type GuardContext } from './guards.ts';
import { nextStage } from './stages.ts';

// The furthest stage the data supports, worked out from scratch: start at notStarted and follow the
// guards forward until one holds the review back. Because guards never look at the page's current stage,
// this is also where a forward-only advance from any earlier stage ends.

export interface StageWalk {
  /** The furthest stage the data supports. */
  stage: StageKey;
  /** Notes from guards passed without the work done, in stage order (e.g. "self-assessment missing"). */
  notes: string[];
  /** What holds the review in `stage`; null once completed. */
  missing: string | null;
}

export function walkStages(ctx: GuardContext): StageWalk {
  const notes: string[] = [];
  let stage: StageKey = 'notStarted';
  for (;;) {
    const next = nextStage(stage, ctx.config);
    if (next === null) return { stage, notes, missing: null };
    const outcome = checkGuard(stage, ctx);
    if (!outcome.passes) return { stage, notes, missing: outcome.missing };
    if (outcome.note !== null) notes.push(outcome.note);
    stage = next;
  }
}

/** The furthest stage the data supports for this review. */
export function supportedStage(ctx: GuardContext): StageKey {
  return walkStages(ctx).stage;
}

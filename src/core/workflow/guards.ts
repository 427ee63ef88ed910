import type { Config, CycleConfig } from '../config-schema.ts';
import type { Review, StageKey } from '../domain.ts';
import type { WorkflowFacts } from './types.ts';
import type { CalendarMemo } from './calendar-day.ts';
import { cycleHasOpened, dueDateFor, isOverdue } from './due-dates.ts';

// One guard per stage: whether a review may leave that stage. A guard looks only at the data, never at
// the stage the page is in, so the same guards give both the forward move and the "furthest stage the
// data supports" check. Due-date guards use the due date itself; reminder grace days (`nudges.graceDays`) do not delay them.

export interface GuardContext {
  review: Review;
  cycle: CycleConfig;
  facts: WorkflowFacts;
  config: Config;
  now: Date;
  /** The run's calendar memo; without one, each question is worked out afresh. */
  calendar?: CalendarMemo;
}

/** The guard holds: the review may leave the stage. `note` says when it left without the work done. */
export interface GuardPass {
  passes: true;
  note: string | null;
}

/** The guard fails: `missing` names what is still needed, for violation messages. */
export interface GuardHold {
  passes: false;
  missing: string;
}

export type GuardOutcome = GuardPass | GuardHold;

const pass = (note: string | null = null): GuardPass => ({ passes: true, note });
const hold = (missing: string): GuardHold => ({ passes: false, missing });

function duePassed(ctx: GuardContext, stage: StageKey): boolean {
  const due = dueDateFor(ctx.review, ctx.cycle, stage, ctx.config, ctx.calendar);
  return due !== null && isOverdue(due, ctx.config.timeZone, ctx.now, 0, ctx.calendar);
}

function peers(n: number): string {
  return n === 1 ? '1 peer response' : `${n} peer responses`;
}

/** Whether a review may leave `stage` now. */
export function checkGuard(stage: StageKey, ctx: GuardContext): GuardOutcome {
  const { review, facts, config } = ctx;
  const props = config.notion.reviews.properties;
  switch (stage) {
    case 'notStarted':
      return cycleHasOpened(ctx.cycle, config.timeZone, ctx.now, ctx.calendar)
        ? pass()
        : hold(`the cycle has not opened yet (opens ${ctx.cycle.opens})`);
    case 'selfAssessment':
      if (facts.selfResponded) return pass();
      return duePassed(ctx, 'selfAssessment')
        ? pass('self-assessment missing')
        : hold('self-assessment missing');
    case 'feedback': {
      const needed = config.raters.minPeerResponses;
      if (facts.peerResponses >= needed) return pass();
      if (duePassed(ctx, 'feedback')) {
        const got = facts.peerResponses === 0 ? 'no peer responses' : `only ${peers(facts.peerResponses)}`;
        return pass(`${got} by the feedback due date (${needed} wanted)`);
      }
      return hold(`only ${peers(facts.peerResponses)} of ${needed} needed`);
    }
    case 'managerEvaluation':
      return facts.managerRatedAllRequired ? pass() : hold('manager ratings missing');
    case 'calibration':
      // With calibration switched off the stage is skipped, and a page left sitting in it moves on.
      if (!config.calibration.enabled || review.calibrated) return pass();
      return hold(`"${props.calibrated}" is not ticked`);
    case 'feedbackDelivery':
      return review.delivered || review.deliveredOn !== null
        ? pass()
        : hold(`neither "${props.delivered}" nor "${props.deliveredOn}" is set`);
    case 'completed':
      return hold('the review is complete');
  }
}

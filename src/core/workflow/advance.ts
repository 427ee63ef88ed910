import type { Config, CycleConfig } from '../config-schema.ts';
import type { Review, StageKey } from '../domain.ts';
import type { StageViolation, WorkflowFacts, WorkflowResult } from './types.ts';
import { overdueFor } from './overdue.ts';
import { stageChain, stageIndex, stageName } from './stages.ts';
import { walkStages } from './supported-stage.ts';
import type { CalendarMemo } from './calendar-day.ts';
import { keptList } from '../kept-list.ts';

// The review state machine. Rules (docs/workflow.md has the long form):
// - Work out the furthest stage the data supports from scratch (see supported-stage.ts).
// - If the page is at or before it, move forward to it through every stage in between, in one run.
// - If the page is beyond it (a person moved it too far), never move forward; report a violation.
//   Without `enforce` the page stays; with it the page goes back to the supported stage.
// - Notes describe the data, not the move, so running again gives the same notes.

export interface AdvanceInput {
  review: Review;
  cycle: CycleConfig;
  facts: WorkflowFacts;
  config: Config;
  now: Date;
  /** The run's calendar memo; without one, each question is worked out afresh. */
  calendar?: CalendarMemo;
}

function violationFor(
  stage: StageKey,
  supported: StageKey,
  missing: string | null,
  config: Config,
): StageViolation {
  const because = missing === null ? '' : ` but ${missing}`;
  const fix = config.enforce
    ? `moved back to ${stageName(config, supported)}`
    : `the data supports ${stageName(config, supported)}`;
  return { stage, supported, message: `Stage is ${stageName(config, stage)}${because}; ${fix}` };
}

/** Stages entered when moving forward from `from` to `to`, skipping stages not in this config's chain. */
function forwardPath(from: StageKey, to: StageKey, config: Config): StageKey[] {
  const lo = stageIndex(from);
  const hi = stageIndex(to);
  return keptList(stageChain(config).filter((stage) => stageIndex(stage) > lo && stageIndex(stage) <= hi));
}

/** Advances one review as far as its data allows, or reports that a person moved it too far. */
export function advanceReview(input: AdvanceInput): WorkflowResult {
  const { review, config, now } = input;
  const from = review.stage;
  const walk = walkStages(input);
  const supported = walk.stage;

  let to: StageKey;
  let path: StageKey[];
  let violation: StageViolation | null = null;
  if (stageIndex(from) > stageIndex(supported)) {
    violation = violationFor(from, supported, walk.missing, config);
    to = config.enforce ? supported : from;
    path = config.enforce ? [supported] : [];
  } else {
    to = supported;
    path = forwardPath(from, supported, config);
  }

  return {
    from,
    to,
    path,
    notes: walk.notes,
    violation,
    overdue: overdueFor(review, input.cycle, to, config, now, input.calendar),
  };
}

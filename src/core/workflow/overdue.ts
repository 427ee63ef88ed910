import type { Config, CycleConfig } from '../config-schema.ts';
import type { DueStage, Review, StageKey } from '../domain.ts';
import type { DueOwner, OverdueInfo } from './types.ts';
import type { CalendarMemo } from './calendar-day.ts';
import { dueDateFor, isDueStage, isOverdue } from './due-dates.ts';

// Who owes the work of each stage, i.e. whom a reminder comment mentions when the stage runs late.
export const DUE_OWNERS: Readonly<Record<DueStage, DueOwner>> = {
  selfAssessment: 'reviewee',
  feedback: 'reviewers',
  managerEvaluation: 'manager',
  calibration: 'manager',
  feedbackDelivery: 'manager',
};

/**
 * Whether a review sitting in `stage` is late at `now`: the stage's due date (page override first) plus
 * `config.nudges.graceDays` has ended in the team's zone. notStarted and completed are never late.
 */
export function overdueFor(
  review: Review,
  cycle: CycleConfig,
  stage: StageKey,
  config: Config,
  now: Date,
  calendar?: CalendarMemo,
): OverdueInfo | null {
  if (!isDueStage(stage)) return null;
  const due = dueDateFor(review, cycle, stage, config, calendar);
  if (due === null || !isOverdue(due, config.timeZone, now, config.nudges.graceDays, calendar)) return null;
  return { stage, due, owedBy: DUE_OWNERS[stage] };
}

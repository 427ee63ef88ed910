// The workflow's public surface: the state machine, its guards and the due-date rules it runs on.
export { advanceReview, type AdvanceInput } from './advance.ts';
export { endOfDayExclusive, startOfDay, toCalendarDay } from './calendar-day.ts';
export { cycleHasOpened, dueDateFor, isDueStage, isOverdue } from './due-dates.ts';
export {
  checkGuard,
  type GuardContext,
  type GuardHold,
  type GuardOutcome,
  type GuardPass,
} from './guards.ts';
export { DUE_OWNERS, overdueFor } from './overdue.ts';
export {
  DEFAULT_STAGE_NAMES,
  nextStage,
  stageChain,
  stageFromName,
  stageIndex,
  stageName,
} from './stages.ts';
export { supportedStage, walkStages, type StageWalk } from './supported-stage.ts';

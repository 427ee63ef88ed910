import { createActionPlanMemos, type ActionPlanMemos } from './action-plan/memos.ts';
import { createScoringMemos, type ScoringMemos } from './scoring/memos.ts';
import { createSummaryMemos, type SummaryMemos } from './summary/memos.ts';
import { createValidationMemos, type ValidationMemos } from './validation/memos.ts';
import { createCalendarMemo, type CalendarMemo } from './workflow/calendar-day.ts';

/**
 * The indexes and memos one run builds from its config and what it read, made once per plan and passed
 * down to validation, scoring, the summary, the action plan and trends. Core keeps no module state:
 * two runs in one process (tests under isolate:false, a long-lived worker) share nothing, and a test
 * that wants a clean slate makes a new context. Every memo is bounded or keyed by an object of the run,
 * so dropping the context drops them all. Functions that take a memo build a fresh one when none is
 * given: the answer is the same, only slower, which suits a single call from a test or an adapter.
 * Each folder declares the memos it keeps (its memos.ts) and takes only those, so no folder imports
 * this file: it sits above them all.
 */
export interface RunContext extends ValidationMemos, ScoringMemos, SummaryMemos, ActionPlanMemos {
  /** Calendar days, first and last instants of days, by zone, day and extra days. */
  calendar: CalendarMemo;
}

export function createRunContext(): RunContext {
  // One calendar for the whole run: the summary's progress section and the workflow read the same days.
  return {
    ...createActionPlanMemos(),
    ...createSummaryMemos(),
    ...createValidationMemos(),
    ...createScoringMemos(),
    calendar: createCalendarMemo(),
  };
}

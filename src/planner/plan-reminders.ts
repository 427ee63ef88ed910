import type { Config, CycleConfig } from '../core/config-schema.ts';
import { stageName } from '../core/workflow/stages.ts';
import type { Person, Review, StageKey } from '../core/domain.ts';
import type { OverdueInfo, WorkflowFacts, WorkflowResult } from '../core/workflow/types.ts';
import type { CalendarMemo } from '../core/workflow/calendar-day.ts';
import { overdueFor, stageIndex } from '../core/workflow/index.ts';
import type { ReminderChange } from '../core/changes.ts';
import { reminderLine, type ReminderRecord } from './sync-notes.ts';

export interface ReminderPlan {
  change: ReminderChange;
  recordLine: string;
}

export interface ReminderInput {
  review: Review;
  cycle: CycleConfig;
  workflow: WorkflowResult;
  facts: WorkflowFacts;
  /** Reminders already posted, as the page's sync notes record them. */
  recorded: readonly ReminderRecord[];
  config: Config;
  now: Date;
  calendar?: CalendarMemo;
}

const WHAT_IS_OWED: Record<OverdueInfo['owedBy'], string> = {
  reviewee: 'the self-assessment is still missing',
  reviewers: 'fewer peer responses than needed have arrived',
  manager: 'the manager’s part is still open',
};

/**
 * Self-assessment and 360 feedback time out at their due date and the review moves on, so their
 * lateness is judged from the data (no self response, too few peers) rather than from the stage the
 * page is in. Manager stages wait for people, so they are late while the page sits in them.
 */
function lateStages(input: ReminderInput): OverdueInfo[] {
  const { review, cycle, workflow, facts, config, now } = input;
  const late: OverdueInfo[] = [];
  const reached = (stage: 'selfAssessment' | 'feedback') => stageIndex(workflow.to) >= stageIndex(stage);
  if (!facts.selfResponded && reached('selfAssessment')) {
    const info = overdueFor(review, cycle, 'selfAssessment', config, now, input.calendar);
    if (info) late.push(info);
  }
  if (facts.peerResponses < config.raters.minPeerResponses && reached('feedback')) {
    const info = overdueFor(review, cycle, 'feedback', config, now, input.calendar);
    if (info) late.push(info);
  }
  if (workflow.overdue && !late.some((l) => l.stage === workflow.overdue?.stage)) late.push(workflow.overdue);
  return late;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Whether a comment's text is the tool's reminder for `stage` (it opens with "<stage> was due on <day>:"). */
export function isReminderFor(commentText: string, stage: StageKey, config: Pick<Config, 'stages'>): boolean {
  const pattern = new RegExp(
    `(^|\\s)${escapeRegExp(stageName(config, stage))} was due on \\d{4}-\\d{2}-\\d{2}:`,
  );
  return pattern.test(commentText);
}

/** At most one reminder per page and stage: a stage with a recorded reminder never gets another. */
export function remindersFor(input: ReminderInput): ReminderPlan[] {
  const { review, recorded, config } = input;
  if (!config.nudges.enabled || review.stage === 'completed') return [];
  return lateStages(input)
    .filter((late) => !recorded.some((r) => r.stage === late.stage))
    .map((late) => {
      // Peer reviewers stay anonymous, so their reminder goes to the manager, who can chase them.
      const person: Person | null = late.owedBy === 'reviewee' ? review.reviewee : review.manager;
      const text =
        `${stageName(config, late.stage)} was due on ${late.due}: ${WHAT_IS_OWED[late.owedBy]} ` +
        `for ${review.title}. (review-sync posts one reminder per stage.)`;
      return {
        change: {
          kind: 'reminder',
          reviewPageId: review.pageId,
          stage: late.stage,
          owedBy: late.owedBy,
          mention: person ? [person] : [],
          text,
        },
        recordLine: reminderLine(late.stage, late.due, config),
      };
    });
}

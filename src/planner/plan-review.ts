import { actionItemPages, type Config, type CycleConfig } from '../core/config-schema.ts';
import { stageName } from '../core/workflow/stages.ts';
import { goalProgress, goalStatus, goalsOnTrackText } from '../core/goals/index.ts';
import { codeScoreEntries, sameCodeScores } from '../core/trends/index.ts';
import { buildActionPlan } from '../core/action-plan/index.ts';
import { stageIndex } from '../core/workflow/stages.ts';
import type { RunContext } from '../core/run-context.ts';
import { scoreReview } from '../core/scoring/index.ts';
import { round2OrNull } from '../core/numbers/round.ts';
import { buildSummary, summaryHash } from '../core/summary/index.ts';
import type { Goal, PastReview, Review } from '../core/domain.ts';
import type { ActionPlanEntry } from '../core/action-plan/types.ts';
import type { ReviewScore } from '../core/scoring/types.ts';
import type { GoalSummary, SummaryModel } from '../core/summary/types.ts';
import type { ValidResponse } from '../core/validation/types.ts';
import type { WorkflowResult } from '../core/workflow/types.ts';
import { advanceReview, startOfDay } from '../core/workflow/index.ts';
import type { Change, ReviewPropertyWrite } from '../core/changes.ts';
import { goalChanges } from './plan-goals.ts';
import { remindersFor } from './plan-reminders.ts';
import { ticksSource } from './plan-todos.ts';
import { composeSyncNotes, copiedRecordLine, parseReminders, personCopyLines } from './sync-notes.ts';
import { keptList } from '../core/kept-list.ts';

export interface ReviewPlanInput {
  review: Review;
  cycle: CycleConfig;
  responses: ValidResponse[];
  goals: Goal[];
  /** Workspace names by lower-case email, for redacting respondents' names from free text. */
  directory: ReadonlyMap<string, string>;
  config: Config;
  now: Date;
  /** The reviewee's pages in the `history` cycles, oldest first. */
  past?: PastReview[];
  /** Objective titles by page id, for goals related to one. */
  objectives?: ReadonlyMap<string, string>;
  /**
   * `sync --review … --rewrite`: write the summary even though its hash has not changed (a person
   * deleted it, say). A frozen review is rewritten only with the content it was delivered with.
   */
  rewrite?: boolean;
  /** The run's indexes and memos, made once per plan. */
  run: RunContext;
}

export interface ReviewPlan {
  review: Review;
  score: ReviewScore;
  workflow: WorkflowResult;
  summary: SummaryModel;
  hash: string;
  /** The summary (and with it the action plan) differs from what the page holds. */
  summaryChanged: boolean;
  /**
   * A completed review that was synced before: its scores, summary and plan are what was delivered
   * to the person, so late data never rewrites them.
   */
  frozen: boolean;
  /** The action plan as built, whether or not the summary shows it: what action items reconcile with. */
  actionPlan: ActionPlanEntry[];
  /**
   * This review's action items must be read and reconciled before applying (see reconcilePlanItems):
   * its summary changed, it is at or past `actionPlan.createFrom`, and action items are configured.
   */
  itemsNeeded: boolean;
  changes: Change[];
}

function ownedWrites(
  input: ReviewPlanInput,
  plan: Omit<ReviewPlan, 'changes' | 'review' | 'frozen' | 'actionPlan' | 'itemsNeeded'>,
  notes: string,
  frozen: boolean,
) {
  const { review } = input;
  const write: ReviewPlanInput['review']['owned'] = review.owned;
  const next: ReviewPropertyWrite = {};
  const reasons: string[] = [];
  if (plan.workflow.to !== plan.workflow.from) {
    next.stage = plan.workflow.to;
    reasons.push(
      `stage ${stageName(input.config, plan.workflow.from)} → ${stageName(input.config, plan.workflow.to)}`,
    );
  }
  // Score and band follow the summary's scores section: not on the page before that stage.
  const released = plan.summary.overall !== null;
  const overall = released ? round2OrNull(plan.score.overall) : null;
  const band = released ? plan.score.band : null;
  if (frozen) {
    // Only `--rewrite` writes a frozen summary, with the content it was delivered with.
    if (plan.summaryChanged) {
      next.summaryHash = plan.hash;
      reasons.push('summary');
    }
    return finishNotes();
  }
  if (overall !== round2OrNull(write.overallScore)) {
    next.overallScore = overall;
    reasons.push(`score ${write.overallScore ?? '–'} → ${overall ?? '–'}`);
  }
  if (band !== write.band) {
    next.band = band;
    reasons.push(`band ${write.band ?? '–'} → ${band ?? '–'}`);
  }
  if (plan.score.raters.peers !== write.peerResponses) {
    next.peerResponses = plan.score.raters.peers;
    reasons.push(`peer responses ${write.peerResponses ?? '–'} → ${plan.score.raters.peers}`);
  }
  if (plan.summaryChanged) {
    next.summaryHash = plan.hash;
    reasons.push('summary');
  }
  return finishNotes();

  // Later cycles read these for trends. A frozen review only gets them once, if it never had them.
  // Per-code scores are scores: on the page only once the scores section is (`visibility.scores`).
  function codeScores() {
    if (write.codeScores === undefined) return;
    const scores = released ? codeScoreEntries(plan.score) : [];
    const held = write.codeScores ?? { entries: [], exact: true };
    // What the page shows is what was written only when its text is exactly the tool's.
    const same = held.exact && sameCodeScores(scores, held.entries);
    const heldAny = !held.exact || held.entries.length > 0;
    if (same || (frozen && heldAny)) return;
    next.codeScores = scores;
    reasons.push('code scores');
  }

  // Goals keep moving after a review is completed, and notes must always reach the page.
  function finishNotes() {
    codeScores();
    const onTrack = goalsOnTrackText((plan.summary.goals ?? []).map((g) => g.status));
    if (onTrack !== (write.goalsOnTrack ?? '')) {
      next.goalsOnTrack = onTrack;
      reasons.push('goals on track');
    }
    if (notes !== write.syncNotes) {
      next.syncNotes = notes;
      reasons.push('sync notes');
    }
    return { next, reasons: keptList(reasons) };
  }
}

/** Objective and milestone counts, only when they apply, so summaries without them keep their hash. */
function goalExtras(goal: Goal, objectives: ReadonlyMap<string, string> | undefined): Partial<GoalSummary> {
  const extras: Partial<GoalSummary> = {};
  if (objectives !== undefined) {
    extras.objective = goal.objectiveId ? (objectives.get(goal.objectiveId) ?? null) : null;
  }
  if (goal.milestones && goal.milestones.length > 0) {
    extras.milestones = {
      done: goal.milestones.filter((m) => m.done).length,
      total: goal.milestones.length,
    };
  }
  return extras;
}

/** Plans start when the feedback is delivered; a fixed day keeps entries (and the hash) stable across runs. */
function planStart(cycle: CycleConfig, config: Config, run: RunContext): Date {
  const day = cycle.due.feedbackDelivery ?? cycle.closes ?? cycle.opens;
  return startOfDay(day, config.timeZone, run.calendar);
}

const withTicks = (from: string | null) => (from === null ? {} : { ticksFrom: from });

/** Everything one review needs this run, in the order apply must follow for crash safety. */
export function planReview(input: ReviewPlanInput): ReviewPlan {
  const { review, config, now, responses, run } = input;
  const { calendar } = run;
  const score = scoreReview({ review, responses, config, run });
  const facts = {
    selfResponded: responses.some((r) => r.role === 'self'),
    peerResponses: score.raters.peers,
    // Codes are unique (a config rule), so this is every required code having a manager rating.
    managerRatedAllRequired: score.awaitingManager.length === 0,
  };
  const workflow = advanceReview({ review, cycle: input.cycle, config, now, facts, calendar });
  const goalSummaries: GoalSummary[] = input.goals.map((goal) => ({
    ...goalExtras(goal, input.objectives),
    title: goal.title,
    progress: round2OrNull(goalProgress(goal)),
    status: goalStatus(goal, {
      now,
      timeZone: config.timeZone,
      tolerance: config.goals.tolerance,
      cycleOpens: input.cycle.opens,
      calendar,
    }),
    due: goal.due,
  }));
  const actionPlan = buildActionPlan({
    review,
    score,
    config,
    startsOn: planStart(input.cycle, config, run),
    run,
  });
  const frozen = review.stage === 'completed' && review.owned.summaryHash !== null;
  const summary = buildSummary({
    review,
    cycle: input.cycle,
    stage: workflow.to,
    score,
    responses,
    goals: goalSummaries,
    actionPlan,
    // Filled in by reconcilePlanItems once the items are read; the hash leaves the kept list out.
    kept: [],
    directory: input.directory,
    config,
    past: input.past ?? [],
    run,
  });
  const hash = summaryHash(summary, run.shapes);
  const unchanged = hash === review.owned.summaryHash;
  const summaryChanged = (!frozen && !unchanged) || (input.rewrite === true && unchanged);
  const itemsNeeded =
    summaryChanged &&
    actionItemPages(config) !== null &&
    stageIndex(workflow.to) >= stageIndex(config.actionPlan.createFrom);

  const recorded = parseReminders(review.owned.syncNotes, config);
  const reminders = remindersFor({
    review,
    cycle: input.cycle,
    workflow,
    facts,
    recorded,
    config,
    now,
    calendar,
  });
  const copies = personCopyLines(review.owned.syncNotes);
  const copiedFrom = review.owned.summaryCopiedFrom;
  const notes = composeSyncNotes(
    [
      ...copies,
      ...(copiedFrom === undefined ? [] : [copiedRecordLine(copiedFrom)]),
      ...(workflow.violation ? [workflow.violation.message] : []),
      ...workflow.notes,
    ],
    [...recorded.map((r) => r.line), ...reminders.map((r) => r.recordLine)],
  );
  const partial = { score, workflow, summary, hash, summaryChanged };
  const { next, reasons } = ownedWrites(input, partial, notes, frozen);

  // Order matters: items (prepended by reconcilePlanItems) and goals first, then the summary, then any reminder, then the page
  // properties, whose summary hash acts as the commit marker. A reminder is recorded in the notes only
  // after the comment exists; a crash in between is healed by the next run, which finds the comment in
  // the page's comments and records it without posting again.
  const changes: Change[] = [];
  changes.push(...goalChanges(review.pageId, input.goals, goalSummaries));
  if (summaryChanged) {
    const currentBlock = review.owned.summaryBlock;
    changes.push({
      kind: 'replace-summary',
      reviewPageId: review.pageId,
      model: summary,
      hash,
      currentBlock,
      ...withTicks(ticksSource(review, summary, config)),
      // Apply lists the page first: to check a bare id of an earlier release before deleting it, to
      // look again for a reported person copy, or because a rewrite was asked for.
      ...(review.owned.summaryBlockUnverified === true || copies.length > 0 || input.rewrite === true
        ? { listFirst: true as const }
        : {}),
    });
  }
  changes.push(...reminders.map((r) => r.change));
  if (Object.keys(next).length > 0) {
    next.lastSynced = now.toISOString();
    changes.push({ kind: 'update-review', reviewPageId: review.pageId, properties: next, reasons });
  }
  return { review, ...partial, frozen, actionPlan, itemsNeeded, changes: keptList(changes) };
}

import { planAsTodos, type Config, type CycleConfig, type SummarySection } from '../config-schema.ts';
import type { PastReview, Review, StageKey } from '../domain.ts';
import type { ActionPlanEntry } from '../action-plan/types.ts';
import type { ReviewScore } from '../scoring/types.ts';
import type { GoalSummary, KeptActionItem, SummaryModel } from './types.ts';
import type { ValidResponse } from '../validation/types.ts';
import { createSummaryMemos, type SummaryMemos } from './memos.ts';
import { stageIndex } from '../workflow/stages.ts';
import { buildCodeLists } from './code-lists.ts';
import { round2OrNull } from '../numbers/round.ts';
import { selectHighlights } from './highlights.ts';
import { buildProgress, provisionalNotes } from './progress.ts';
import { redactText, reviewIdentities } from './redact.ts';
import { buildRows } from './rows.ts';
import { overallTrend } from '../trends/trends.ts';
import { summaryCharts } from './charts.ts';

export interface SummaryInput {
  review: Review;
  cycle: CycleConfig;
  /** The stage the page is in after this run: it decides which sections are written. */
  stage: StageKey;
  score: ReviewScore;
  responses: ValidResponse[];
  goals: GoalSummary[];
  actionPlan: ActionPlanEntry[];
  /** Items a person moved that are no longer planned; empty when action items were not read. */
  kept?: KeptActionItem[];
  /** Workspace names by lower-case email, for redacting respondents' names from free text. */
  directory?: ReadonlyMap<string, string>;
  config: Config;
  /** The reviewee's pages in the `history` cycles, oldest first (see `pastReviewsOf`). */
  past?: PastReview[];
  /** The run's indexes and memos; without one, the call builds its own. */
  run?: SummaryMemos;
}

export type Shown = Record<SummarySection, boolean>;

/** Which sections a stage releases (`visibility`): the same for every review at that stage. */
function visibleSections(config: Config, at: number, visibility: SummaryMemos['visibility']): Shown {
  let byStage = visibility.get(config.visibility);
  if (byStage === undefined) {
    byStage = [];
    visibility.set(config.visibility, byStage);
  }
  let shown = byStage[at];
  if (shown === undefined) {
    shown = Object.fromEntries(
      Object.entries(config.visibility).map(([section, from]) => [section, at >= stageIndex(from)]),
    ) as Shown;
    byStage[at] = shown;
  }
  return shown;
}

/**
 * The summary of one review as a plain value: what the page's summary section shows, with no
 * Notion blocks in it. Every part is ordered by rules (framework order, scores, keyed hashes), never
 * by the order responses arrived, so the same data always gives the same model and the same hash.
 * Sections are released by stage (`visibility`); the progress section is always there.
 */
export function buildSummary(input: SummaryInput): SummaryModel {
  const { review, score, responses, goals, actionPlan, config, stage } = input;
  const run = input.run ?? createSummaryMemos();
  const at = stageIndex(stage);
  const shown = visibleSections(config, at, run.visibility);
  const lists = shown.strengths || shown.blindSpots ? buildCodeLists(score, config) : null;
  // Without `history` the model has no trend fields at all, so existing summaries keep their hash.
  const withTrends = config.history.length > 0;
  const overall = round2OrNull(score.overall);
  const model: SummaryModel = {
    // The reviewee's name, or the page title; never their email, which is a respondent's email too.
    reviewee: redactText(review.reviewee.name ?? review.title, undefined, run.words),
    cycle: review.cycle,
    progress: buildProgress(input),
    provisional: shown.scores ? provisionalNotes(score, config) : null,
    overall: shown.scores
      ? {
          score: overall,
          band: score.band,
          raters: { ...score.raters },
          peersHiddenBelow: score.peersVisible ? null : config.raters.minPeerResponses,
          ...(withTrends ? { trend: overallTrend(overall, input.past ?? []) } : {}),
        }
      : null,
    rows: shown.scores ? buildRows(score, config, withTrends ? (input.past ?? []) : undefined) : null,
    strengths: shown.strengths ? (lists?.strengths ?? []) : null,
    growthAreas: shown.strengths ? (lists?.growthAreas ?? []) : null,
    blindSpots: shown.blindSpots ? (lists?.blindSpots ?? []) : null,
    highlights: shown.highlights
      ? // Respondents' names are indexed only when a comment is about to be shown.
        selectHighlights(
          responses,
          score,
          config,
          review.pageId,
          () => reviewIdentities(responses, review, input.directory ?? new Map(), run.identities),
          run,
        )
      : null,
    goals: shown.goals ? goals.map((goal) => ({ ...goal })) : null,
    actionPlan: shown.actionPlan
      ? {
          draft: at < stageIndex(config.actionPlan.createFrom),
          entries: actionPlan.map((entry) => ({ ...entry })),
          kept: (input.kept ?? []).map((item) => ({ ...item })),
          // Only in todos mode, so summaries written as bullets keep their hash.
          ...(planAsTodos(config) ? { todos: true as const } : {}),
        }
      : null,
  };
  // Drawn from the rows and overall just built, so a chart never shows what the table hides.
  const charts = summaryCharts(model, config);
  return charts === null ? model : { ...model, charts };
}

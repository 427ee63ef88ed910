import type { Config } from '../core/config-schema.ts';
import type { Goal, Objective, PastReview, Review } from '../core/domain.ts';
import type { NotionGateway } from './gateway.ts';
import { resolveDataSource } from './data-source.ts';
import { readGoals } from './read-goals.ts';
import { readHistory } from './read-history.ts';
import { readObjectives } from './read-objectives.ts';
import { readReviews, type PageProblem, type ReviewFilter, type StagePropertyType } from './read-reviews.ts';

export interface NotionState {
  dataSources: { reviews: string; goals: string | null; actionItems: string | null };
  reviews: Review[];
  /** Pages held back as problems (duplicates); responses are still matched against them. */
  heldReviews: Review[];
  goals: Goal[];
  /** Review pages of the `history` cycles (trends). */
  past: PastReview[];
  /** Undefined when no Objectives data source is configured. */
  objectives: Objective[] | undefined;
  problems: PageProblem[];
  /** How to write the stage back (see buildReviewProperties); 'status' when no page told us. */
  stageType: StagePropertyType;
}

/**
 * Everything the plan needs from Notion, in bulk. Cost: 1 + ⌈reviews/100⌉ for reviews and, with goals
 * configured, 1 + ⌈goals/100⌉. Action items are left out on purpose (`dataSources.actionItems` is null):
 * the caller resolves them with `resolveDataSource` only when a plan has entries to check, which keeps
 * a no-change run within ⌈reviews/100⌉ + ⌈goals/100⌉ + 3. With `history`, add ⌈earlier pages/100⌉; with
 * objectives, 1 + ⌈objectives/100⌉.
 */
export async function readNotionState(
  gw: NotionGateway,
  config: Config,
  opts: {
    cycles: string[];
    reviewFilter?: ReviewFilter;
    /** Data sources already resolved (by the preflight), so they are not resolved twice. */
    resolved?: { reviews: string; goals: string | null };
  },
): Promise<NotionState> {
  const reviewsSource = opts.resolved?.reviews ?? (await resolveDataSource(gw, config.notion.reviews));
  const read = await readReviews(gw, config, reviewsSource, opts);
  const goalsSource = !config.notion.goals
    ? null
    : (opts.resolved?.goals ?? (await resolveDataSource(gw, config.notion.goals)));
  const goals = goalsSource
    ? await readGoals(gw, config, goalsSource, new Set(read.reviews.map((r) => r.pageId)))
    : { goals: [], problems: [] };
  // Trends: one more paged query, only when `history` lists cycles that are not being synced.
  const past = await readHistory(gw, config, reviewsSource, opts.cycles);
  const objectives = config.notion.objectives
    ? await readObjectives(gw, config, await resolveDataSource(gw, config.notion.objectives))
    : undefined;
  return {
    dataSources: { reviews: reviewsSource, goals: goalsSource, actionItems: null },
    reviews: read.reviews,
    heldReviews: read.held,
    goals: goals.goals,
    past,
    objectives: objectives?.objectives,
    problems: [...read.problems, ...goals.problems, ...(objectives?.problems ?? [])],
    stageType: read.stageType ?? 'status',
  };
}

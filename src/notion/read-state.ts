import type { Config } from '../core/config-schema.ts';
import type { Goal, Review } from '../core/types.ts';
import type { NotionGateway } from './gateway.ts';
import { resolveDataSource } from './data-source.ts';
import { readGoals } from './read-goals.ts';
import { readReviews, type PageProblem, type ReviewFilter, type StagePropertyType } from './read-reviews.ts';

export interface NotionState {
  dataSources: { reviews: string; goals: string | null; actionItems: string | null };
  reviews: Review[];
  goals: Goal[];
  problems: PageProblem[];
  /** How to write the stage back (see buildReviewProperties); 'status' when no page told us. */
  stageType: StagePropertyType;
}

/**
 * Everything the plan needs from Notion, in bulk. Cost: 1 + ⌈reviews/100⌉ for reviews and, with goals
 * configured, 1 + ⌈goals/100⌉. Action items are left out on purpose (`dataSources.actionItems` is null):
 * the caller resolves them with `resolveDataSource` only when a plan has entries to check, which keeps
 * a no-change run within ⌈reviews/100⌉ + ⌈goals/100⌉ + 3.
 */
export async function readNotionState(
  gw: NotionGateway,
  config: Config,
  opts: { cycles: string[]; reviewFilter?: ReviewFilter },
): Promise<NotionState> {
  const reviewsSource = await resolveDataSource(gw, config.notion.reviews.database);
  const read = await readReviews(gw, config, reviewsSource, opts);
  const goalsSource = config.notion.goals ? await resolveDataSource(gw, config.notion.goals.database) : null;
  const goals = goalsSource
    ? await readGoals(gw, config, goalsSource, new Set(read.reviews.map((r) => r.pageId)))
    : { goals: [], problems: [] };
  return {
    dataSources: { reviews: reviewsSource, goals: goalsSource, actionItems: null },
    reviews: read.reviews,
    goals: goals.goals,
    problems: [...read.problems, ...goals.problems],
    stageType: read.stageType ?? 'status',
  };
}

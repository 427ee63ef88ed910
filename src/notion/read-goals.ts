import type { Config } from '../core/config-schema.ts';
import { parseMilestones } from '../core/goals/index.ts';
import type { Goal } from '../core/domain.ts';
import { NotionApiError } from '../errors.ts';
import { queryPropertyNames } from './filter-properties.ts';
import type { NotionGateway } from './gateway.ts';
import { canonicalId } from './ids.ts';
import { forEachPage, readFullList } from './paginate.ts';
import { GOAL_PROPERTIES } from '../core/notion-contract/contract.ts';
import { contractSpecs, keysOf } from './contract-specs.ts';
import { dayOf, parseProperties } from './property-values.ts';
import type { PageProblem } from './read-reviews.ts';
import { plainText } from './rich-text.ts';

type GoalsConfig = NonNullable<Config['notion']['goals']>;

function goalSpecs(goals: GoalsConfig) {
  return contractSpecs(GOAL_PROPERTIES, goals.properties, keysOf(GOAL_PROPERTIES));
}

export interface GoalsRead {
  goals: Goal[];
  problems: PageProblem[];
}

/**
 * Goals come through their relation to reviews. Notion cannot filter a relation by "one of these
 * pages" in one condition, so the query takes every goal with a review (⌈n/100⌉ requests) and keeps
 * those pointing at a review read in this run.
 */
export async function readGoals(
  gw: NotionGateway,
  config: Config,
  dataSourceId: string,
  reviewPageIds: ReadonlySet<string>,
): Promise<GoalsRead> {
  const goalsConfig = config.notion.goals;
  const result: GoalsRead = { goals: [], problems: [] };
  if (!goalsConfig || reviewPageIds.size === 0) return result;
  const specs = goalSpecs(goalsConfig);
  const filter = { property: goalsConfig.properties.review, relation: { is_not_empty: true as const } };
  const query = { data_source_id: dataSourceId, filter, filter_properties: queryPropertyNames(specs) };
  await forEachPage(gw, query, async (page) => {
    const pageId = canonicalId(page.id);
    const { values: v, problems } = parseProperties(page.properties, specs);
    if (problems.length > 0 || !v.goal || !v.review) {
      result.problems.push({ pageId, dataSource: 'goals', message: problems.join('; ') });
      return;
    }
    let related = v.review.relation;
    if (v.review.has_more) {
      try {
        related = (await readFullList(gw, page.id, v.review.id)).relation;
      } catch (error) {
        if (error instanceof NotionApiError && error.isAuth) throw error;
        result.problems.push({
          pageId,
          dataSource: 'goals',
          message: `could not read the review relation in full`,
        });
        return;
      }
    }
    const reviewPageId = related.map((r) => canonicalId(r.id)).find((id) => reviewPageIds.has(id));
    if (!reviewPageId) return;
    const metric = v.metric ? plainText(v.metric.rich_text) : '';
    result.goals.push({
      pageId,
      title: plainText(v.goal.title),
      reviewPageId,
      competency: v.competency?.select?.name ?? null,
      metric: metric === '' ? null : metric,
      baseline: v.baseline?.number ?? null,
      target: v.target?.number ?? null,
      current: v.current?.number ?? null,
      start: dayOf(v.start),
      due: dayOf(v.due),
      owned: { progress: v.progress?.number ?? null, status: v.status?.select?.name ?? null },
      // A goal serves at most one objective; with several related, the first one counts.
      objectiveId: v.objective?.relation[0] ? canonicalId(v.objective.relation[0].id) : null,
      milestones: parseMilestones(v.milestones ? plainText(v.milestones.rich_text) : null),
    });
  });
  return result;
}

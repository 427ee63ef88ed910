import type { Config } from '../core/config-schema.ts';
import {
  actionItemsProperties,
  feedbackRequestsProperties,
  goalsProperties,
} from '../core/notion-schema/creation.ts';
import { stageName } from '../core/workflow/stages.ts';
import type { StageKey } from '../core/domain.ts';
import type {
  ViewConfiguration,
  ViewFilter,
  ViewPropertyFilter,
  ViewRequest,
} from '../notion/view-filter.ts';
import type { InitDatabaseKey } from './notion-schemas.ts';

// The views `init` adds, built from the config's names and the property ids Notion gave the data source.
// Group-by and filters name properties by id; a property missing from the data source skips its view with
// a note instead of a request Notion would refuse.

export interface PropertyRef {
  id: string;
  type: string;
}

/** A data source's properties by name. */
export type DataSourceProperties = Readonly<Record<string, PropertyRef>>;

export type PlannedView = Omit<ViewRequest, 'databaseId' | 'dataSourceId'>;

export interface ViewPlan {
  views: PlannedView[];
  /** One line per view that cannot be built here, saying why. */
  skipped: string[];
}

type GroupBy = NonNullable<Extract<ViewConfiguration, { type: 'table' }>['group_by']>;

/** Manual group order follows the option order, and init creates stage options in stage order. */
function groupBy(ref: PropertyRef): GroupBy {
  if (ref.type === 'status')
    return { type: 'status', property_id: ref.id, group_by: 'option', sort: { type: 'manual' } };
  if (ref.type === 'relation') return { type: 'relation', property_id: ref.id, sort: { type: 'ascending' } };
  return { type: 'select', property_id: ref.id, sort: { type: 'manual' } };
}

function equalsOption(ref: PropertyRef, option: string): ViewPropertyFilter {
  return ref.type === 'status'
    ? { property: ref.id, status: { equals: option } }
    : { property: ref.id, select: { equals: option } };
}

/**
 * Pages whose own due-date property for their current stage is before today. A page in a stage is not
 * Completed, so no separate Completed condition is needed, and the filter stays within two levels.
 */
function overdueFilter(
  config: Config,
  stage: PropertyRef,
  properties: DataSourceProperties,
): ViewFilter | null {
  const branches = Object.entries(config.notion.reviews.properties.dueDates).flatMap(([key, name]) => {
    const due = name === undefined ? undefined : properties[name];
    if (!due) return [];
    const onStage = equalsOption(stage, stageName(config, key as StageKey));
    return [{ and: [onStage, { property: due.id, date: { before: 'today' } }] }];
  });
  return branches.length === 0 ? null : { or: branches };
}

function missing(view: string, property: string): string {
  return `view "${view}" skipped: the data source has no property "${property}"`;
}

function reviewViews(config: Config, properties: DataSourceProperties): ViewPlan {
  const names = config.notion.views;
  const p = config.notion.reviews.properties;
  const plan: ViewPlan = { views: [], skipped: [] };
  const stage = properties[p.stage];
  const cycle = properties[p.cycle];
  const manager = properties[p.manager];
  if (stage)
    plan.views.push({
      name: names.reviewsByStage,
      type: 'board',
      configuration: { type: 'board', group_by: groupBy(stage) },
    });
  else plan.skipped.push(missing(names.reviewsByStage, p.stage));
  if (cycle && manager) {
    plan.views.push({
      name: names.reviewsByCycle,
      type: 'table',
      configuration: { type: 'table', group_by: groupBy(cycle) },
      sorts: [{ property: manager.id, direction: 'ascending' }],
    });
  } else plan.skipped.push(missing(names.reviewsByCycle, cycle ? p.manager : p.cycle));
  const filter = stage ? overdueFilter(config, stage, properties) : null;
  if (filter)
    plan.views.push({ name: names.overdue, type: 'table', configuration: { type: 'table' }, filter });
  else {
    plan.skipped.push(
      `view "${names.overdue}" skipped: no stage names a due-date property (notion.reviews.properties.dueDates) in the data source; a view filter cannot compare with the config's cycle due dates`,
    );
  }
  return plan;
}

/**
 * "My feedback requests": a table grouped by Status. Notion's "Me" filter is not in the API's filter
 * shape (a people filter takes one user id), so the view is made without it and init says how to add it.
 */
function feedbackRequestViews(config: Config, properties: DataSourceProperties): ViewPlan {
  const name = config.notion.views.myFeedbackRequests;
  const status = feedbackRequestsProperties(config).status;
  const ref = properties[status];
  if (!ref) return { views: [], skipped: [missing(name, status)] };
  return {
    views: [{ name, type: 'table', configuration: { type: 'table', group_by: groupBy(ref) } }],
    skipped: [],
  };
}

/** The views of one database, in the order they are created. */
export function plannedViews(
  config: Config,
  key: InitDatabaseKey,
  properties: DataSourceProperties,
): ViewPlan {
  if (key === 'reviews') return reviewViews(config, properties);
  if (key === 'feedbackRequests') return feedbackRequestViews(config, properties);
  const names = config.notion.views;
  const [name, property] =
    key === 'goals'
      ? [names.goalsByReview, goalsProperties(config).review]
      : [names.actionItemsByStatus, actionItemsProperties(config).status];
  const ref = properties[property];
  if (!ref) return { views: [], skipped: [missing(name, property)] };
  const view: PlannedView =
    key === 'goals'
      ? { name, type: 'table', configuration: { type: 'table', group_by: groupBy(ref) } }
      : { name, type: 'board', configuration: { type: 'board', group_by: groupBy(ref) } };
  return { views: [view], skipped: [] };
}

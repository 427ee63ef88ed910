import type { CreateDatabaseParameters } from '@notionhq/client';
import { stageName } from '../core/workflow/stages.ts';
import { notionSchema, type Config } from '../core/config-schema.ts';
import { ACTION_KINDS, STAGE_KEYS, type GoalStatus } from '../core/types.ts';
import { ConfigError } from '../errors.ts';

// Pure builders for the three databases `init` creates. Every property type is one the readers accept
// (src/notion/review-specs.ts, read-goals.ts, read-action-items.ts), so a sync runs against the result
// without any manual step. Names come from config, so renamed properties are created under their names.

/** The property configuration `databases.create` takes in `initial_data_source.properties`. */
export type PropertyRequest = NonNullable<
  NonNullable<CreateDatabaseParameters['initial_data_source']>['properties']
>[string];

export type SchemaProperties = Record<string, PropertyRequest>;

export type InitDatabaseKey = 'reviews' | 'goals' | 'actionItems';

/** Titles of the created databases; the idempotence guard looks for them among the parent's children. */
export const DATABASE_TITLES: Readonly<Record<InitDatabaseKey, string>> = {
  reviews: 'Reviews',
  goals: 'Goals',
  actionItems: 'Action items',
};

const GOAL_STATUSES: readonly GoalStatus[] = ['Achieved', 'On track', 'At risk', 'Off track'];
/** Action item status belongs to people from creation on; these are the usual three to start from. */
/** Status options between the tool's own two (open first, withdrawn last): a person's progress. */
export const ACTION_ITEM_STATUSES: readonly string[] = ['In progress', 'Done'];

const title = (): PropertyRequest => ({ title: {} });
const richText = (): PropertyRequest => ({ rich_text: {} });
const number = (format: 'number' | 'percent' = 'number'): PropertyRequest => ({ number: { format } });
const date = (): PropertyRequest => ({ date: {} });
const checkbox = (): PropertyRequest => ({ checkbox: {} });
const people = (): PropertyRequest => ({ people: {} });
const select = (names: readonly string[]): PropertyRequest => ({
  select: { options: [...new Set(names)].map((name) => ({ name })) },
});
// One-way: a dual relation would add a column to Reviews that no config names.
const relation = (dataSourceId: string): PropertyRequest => ({
  relation: { data_source_id: dataSourceId, single_property: {} },
});

/**
 * Collects properties, refusing two config names that collide with different meanings: Notion keys
 * properties by name, so the second would silently replace the first.
 */
function collect(database: string, entries: [string, PropertyRequest][]): SchemaProperties {
  const result: SchemaProperties = {};
  for (const [name, property] of entries) {
    const existing = result[name];
    if (existing !== undefined && JSON.stringify(existing) !== JSON.stringify(property)) {
      throw new ConfigError(
        `${database}: the property name "${name}" is configured twice for different properties`,
        { details: ['Give each property in notion.*.properties and each managerProperty its own name.'] },
      );
    }
    result[name] = property;
  }
  return result;
}

/** Stage names in workflow order; Calibration only when the config uses it. */
export function stageOptions(config: Config): string[] {
  return STAGE_KEYS.filter((key) => key !== 'calibration' || config.calibration.enabled).map((key) =>
    stageName(config, key),
  );
}

/**
 * The Reviews schema. Stage is a select: the API cannot create status options, and the reader accepts
 * either type, so a person may convert it to a status property by hand later.
 */
export function reviewDatabaseSchema(config: Config): SchemaProperties {
  const p = config.notion.reviews.properties;
  const bands = [...config.scoring.bands.map((band) => band.name), config.scoring.insufficientBand];
  return collect(DATABASE_TITLES.reviews, [
    [p.name, title()],
    [p.reviewee, people()],
    [p.manager, people()],
    [p.cycle, select(config.cycles.map((cycle) => cycle.name))],
    [p.stage, select(stageOptions(config))],
    [p.calibrated, checkbox()],
    [p.delivered, checkbox()],
    [p.deliveredOn, date()],
    ...Object.values(p.dueDates).flatMap((name): [string, PropertyRequest][] =>
      name ? [[name, date()]] : [],
    ),
    ...config.framework.competencies.flatMap((c): [string, PropertyRequest][] =>
      c.managerProperty ? [[c.managerProperty, number()]] : [],
    ),
    [p.overallScore, number()],
    [p.band, select(bands)],
    [p.peerResponses, number()],
    [p.goalsOnTrack, richText()],
    [p.lastSynced, date()],
    [p.syncNotes, richText()],
    [p.summaryHash, richText()],
    [p.codeScores, richText()],
    [p.finalBand, select(bands)],
    [p.summaryBlock, richText()],
  ]);
}

type GoalsConfig = NonNullable<Config['notion']['goals']>;
type ActionItemsConfig = NonNullable<Config['notion']['actionItems']>;

/** Property names of the optional databases: from config when present, else the schema's defaults. */
export function goalsProperties(config: Config): GoalsConfig['properties'] {
  return (
    config.notion.goals?.properties ?? notionSchema.shape.goals.unwrap().parse({ database: '-' }).properties
  );
}

export function actionItemsProperties(config: Config): ActionItemsConfig['properties'] {
  return (
    config.notion.actionItems?.properties ??
    notionSchema.shape.actionItems.unwrap().parse({ database: '-' }).properties
  );
}

const codes = (config: Config) => config.framework.competencies.map((c) => c.code);

/** The Goals schema; Review relates to the reviews data source created just before. */
export function goalsDatabaseSchema(config: Config, reviewsDataSourceId: string): SchemaProperties {
  const p = goalsProperties(config);
  return collect(DATABASE_TITLES.goals, [
    [p.goal, title()],
    [p.review, relation(reviewsDataSourceId)],
    [p.competency, select(codes(config))],
    [p.metric, richText()],
    [p.baseline, number()],
    [p.target, number()],
    [p.current, number()],
    [p.start, date()],
    [p.due, date()],
    // Progress is a share 0..1; percent shows it as people read it without changing the value.
    [p.progress, number('percent')],
    [p.status, select(GOAL_STATUSES)],
  ]);
}

/** The Action items schema: Key is how re-runs find items they already created. */
export function actionItemsDatabaseSchema(config: Config, reviewsDataSourceId: string): SchemaProperties {
  const p = actionItemsProperties(config);
  const statuses =
    config.notion.actionItems?.statuses ??
    notionSchema.shape.actionItems.unwrap().parse({ database: '-' }).statuses;
  return collect(DATABASE_TITLES.actionItems, [
    [p.title, title()],
    [p.review, relation(reviewsDataSourceId)],
    [p.key, richText()],
    [p.kind, select(ACTION_KINDS)],
    [p.competency, select(codes(config))],
    [p.due, date()],
    [p.status, select([statuses.open, ...ACTION_ITEM_STATUSES, statuses.withdrawn])],
    // Tool-owned: the Status the tool last set, so a person's change can be told from the tool's.
    [p.syncedStatus, richText()],
  ]);
}

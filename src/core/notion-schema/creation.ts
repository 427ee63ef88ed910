import { notionSchema, type Config } from '../config-schema.ts';
import { ACTION_KINDS, GOAL_STATUSES, STAGE_KEYS } from '../domain.ts';
import { stageName } from '../workflow/stages.ts';
import {
  ACTION_ITEM_PROGRESS_STATUSES,
  ACTION_ITEM_PROPERTIES,
  DUE_DATE_PROPERTY,
  FEEDBACK_REQUEST_PROPERTIES,
  FEEDBACK_REQUEST_STATUSES,
  GOAL_PROPERTIES,
  MANAGER_RATING_PROPERTY,
  REVIEW_PROPERTIES,
  type OptionSource,
  type PropertyCreation,
  type PropertyDecl,
} from '../notion-contract/contract.ts';

// What `init` and `migrate` send to create a property: Notion's property configuration, built from the
// contract's `creates` and the config (select options, names). Pure, so both commands and their tests
// share one answer to "what would the tool create".

type Empty = Record<string, never>;

/** Notion's property configuration for the types the tool creates. */
export type PropertyConfig =
  | { title: Empty }
  | { rich_text: Empty }
  | { date: Empty }
  | { checkbox: Empty }
  | { people: Empty }
  | { url: Empty }
  | { number: { format: 'number' | 'percent' } }
  | { select: { options: { id?: string; name: string }[] } }
  | { relation: { data_source_id: string; single_property: Empty } };

export type SchemaProperties = Record<string, PropertyConfig>;

export type GoalsConfig = NonNullable<Config['notion']['goals']>;
export type ActionItemsConfig = NonNullable<Config['notion']['actionItems']>;
export type FeedbackRequestsConfig = NonNullable<Config['notion']['feedbackRequests']>;

/** Stage names in workflow order; Calibration only when the config uses it. */
export function stageOptions(config: Config): string[] {
  return STAGE_KEYS.filter((key) => key !== 'calibration' || config.calibration.enabled).map((key) =>
    stageName(config, key),
  );
}

/** Property names of the optional sections: from config when present, else the contract's defaults. */
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

export function feedbackRequestsProperties(config: Config): FeedbackRequestsConfig['properties'] {
  return (
    config.notion.feedbackRequests?.properties ??
    notionSchema.shape.feedbackRequests.unwrap().parse({ database: '-' }).properties
  );
}

function actionItemStatuses(config: Config): ActionItemsConfig['statuses'] {
  return (
    config.notion.actionItems?.statuses ??
    notionSchema.shape.actionItems.unwrap().parse({ database: '-' }).statuses
  );
}

/** The options a select is created with, in the order people read them. */
export function optionNames(config: Config, source: OptionSource): string[] {
  const bands = () => [...config.scoring.bands.map((band) => band.name), config.scoring.insufficientBand];
  const names: Record<OptionSource, () => readonly string[]> = {
    stages: () => stageOptions(config),
    bands,
    codes: () => config.framework.competencies.map((c) => c.code),
    cycles: () => config.cycles.map((cycle) => cycle.name),
    goalStatuses: () => GOAL_STATUSES,
    actionKinds: () => ACTION_KINDS,
    feedbackRequestStatuses: () => FEEDBACK_REQUEST_STATUSES,
    actionItemStatuses: () => {
      const statuses = actionItemStatuses(config);
      return [statuses.open, ...ACTION_ITEM_PROGRESS_STATUSES, statuses.withdrawn];
    },
    none: () => [],
  };
  return [...new Set(names[source]())];
}

/** A select's whole option list, as a create or an update sends it; existing options keep their ids. */
export function selectConfig(options: readonly { id?: string; name: string }[]): PropertyConfig {
  return { select: { options: options.map((o) => (o.id ? { id: o.id, name: o.name } : { name: o.name })) } };
}

export function propertyConfig(
  config: Config,
  creation: PropertyCreation,
  reviewsDataSourceId: string,
): PropertyConfig {
  switch (creation.type) {
    case 'number':
      return { number: { format: creation.format } };
    case 'select':
      return selectConfig(optionNames(config, creation.options).map((name) => ({ name })));
    case 'relation':
      return { relation: { data_source_id: reviewsDataSourceId, single_property: {} } };
    case 'title':
      return { title: {} };
    case 'rich_text':
      return { rich_text: {} };
    case 'date':
      return { date: {} };
    case 'checkbox':
      return { checkbox: {} };
    case 'people':
      return { people: {} };
    case 'url':
      return { url: {} };
  }
}

/** A property the tool would create: its config path, live name, declaration and configuration. */
export interface CreatableProperty {
  configPath: string;
  name: string;
  decl: PropertyDecl;
  config: PropertyConfig;
}

function section(
  config: Config,
  base: string,
  decls: Record<string, PropertyDecl>,
  names: Record<string, unknown>,
  reviewsDataSourceId: string,
  keys: readonly string[] = Object.keys(decls),
): CreatableProperty[] {
  return keys.flatMap((key) => {
    const decl = decls[key];
    const name = names[key];
    if (!decl?.creates || typeof name !== 'string' || name === '') return [];
    return [
      {
        configPath: `${base}.${key}`,
        name,
        decl,
        config: propertyConfig(config, decl.creates, reviewsDataSourceId),
      },
    ];
  });
}

/** The Reviews properties in the order `init` lays them out: people's inputs, then the tool's columns. */
export function reviewProperties(config: Config): CreatableProperty[] {
  const p = config.notion.reviews.properties;
  const base = 'notion.reviews.properties';
  const keys = Object.keys(REVIEW_PROPERTIES);
  const split = keys.indexOf('overallScore');
  const fixed = (part: string[]) => section(config, base, REVIEW_PROPERTIES, p, '', part);
  const family = (configPath: string, name: string, decl: PropertyDecl): CreatableProperty => ({
    configPath,
    name,
    decl,
    config: propertyConfig(config, decl.creates ?? { type: 'rich_text' }, ''),
  });
  return [
    ...fixed(keys.slice(0, split)),
    ...Object.entries(p.dueDates).flatMap(([stage, name]) =>
      name ? [family(`${base}.dueDates.${stage}`, name, DUE_DATE_PROPERTY)] : [],
    ),
    ...config.framework.competencies.flatMap((c, i) =>
      c.managerProperty
        ? [family(`framework.competencies[${i}].managerProperty`, c.managerProperty, MANAGER_RATING_PROPERTY)]
        : [],
    ),
    ...fixed(keys.slice(split)),
  ];
}

export function goalProperties(config: Config, reviewsDataSourceId: string): CreatableProperty[] {
  return section(
    config,
    'notion.goals.properties',
    GOAL_PROPERTIES,
    goalsProperties(config),
    reviewsDataSourceId,
  );
}

export function actionItemProperties(config: Config, reviewsDataSourceId: string): CreatableProperty[] {
  return section(
    config,
    'notion.actionItems.properties',
    ACTION_ITEM_PROPERTIES,
    actionItemsProperties(config),
    reviewsDataSourceId,
  );
}

export function feedbackRequestProperties(config: Config, reviewsDataSourceId: string): CreatableProperty[] {
  return section(
    config,
    'notion.feedbackRequests.properties',
    FEEDBACK_REQUEST_PROPERTIES,
    feedbackRequestsProperties(config),
    reviewsDataSourceId,
  );
}

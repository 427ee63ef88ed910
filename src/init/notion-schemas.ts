import type { CreateDatabaseParameters } from '@notionhq/client';
import type { Config } from '../core/config-schema.ts';
import { DATABASE_TITLES } from '../core/notion-contract/contract.ts';
import {
  actionItemProperties,
  feedbackRequestProperties,
  goalProperties,
  reviewProperties,
  type CreatableProperty,
} from '../core/notion-schema/creation.ts';
import { ConfigError } from '../errors.ts';

// The three databases `init` creates, from the schema contract: every property type is one the readers
// accept, so a sync runs against the result without any manual step. Names come from config, so renamed
// properties are created under their names.

/** The property configuration `databases.create` takes in `initial_data_source.properties`. */
export type PropertyRequest = NonNullable<
  NonNullable<CreateDatabaseParameters['initial_data_source']>['properties']
>[string];

export type SchemaProperties = Record<string, PropertyRequest>;

export type InitDatabaseKey = keyof typeof DATABASE_TITLES;

export { DATABASE_TITLES };

/**
 * Collects properties, refusing two config names that collide with different meanings: Notion keys
 * properties by name, so the second would silently replace the first.
 */
function collect(database: string, properties: readonly CreatableProperty[]): SchemaProperties {
  const result: SchemaProperties = {};
  for (const { name, config } of properties) {
    const existing = result[name];
    if (existing !== undefined && JSON.stringify(existing) !== JSON.stringify(config)) {
      throw new ConfigError(
        `${database}: the property name "${name}" is configured twice for different properties`,
        { details: ['Give each property in notion.*.properties and each managerProperty its own name.'] },
      );
    }
    result[name] = config;
  }
  return result;
}

/**
 * The Reviews schema. Stage is a select: the API cannot create status options, and the reader accepts
 * either type, so a person may convert it to a status property by hand later.
 */
export function reviewDatabaseSchema(config: Config): SchemaProperties {
  return collect(DATABASE_TITLES.reviews, reviewProperties(config));
}

/** The Goals schema; Review relates to the reviews data source created just before. */
export function goalsDatabaseSchema(config: Config, reviewsDataSourceId: string): SchemaProperties {
  return collect(DATABASE_TITLES.goals, goalProperties(config, reviewsDataSourceId));
}

/** The Action items schema: Key is how re-runs find items they already created. */
export function actionItemsDatabaseSchema(config: Config, reviewsDataSourceId: string): SchemaProperties {
  return collect(DATABASE_TITLES.actionItems, actionItemProperties(config, reviewsDataSourceId));
}

/** The Feedback requests schema: every property the tool's, Key how re-runs find each row. */
export function feedbackRequestsDatabaseSchema(
  config: Config,
  reviewsDataSourceId: string,
): SchemaProperties {
  return collect(DATABASE_TITLES.feedbackRequests, feedbackRequestProperties(config, reviewsDataSourceId));
}

import type { forms_v1 } from '@googleapis/forms';
import type { CreateDatabaseParameters } from '@notionhq/client';
import { planAsTodos, type Config } from '../core/config-schema.ts';
import { ConfigError } from '../errors.ts';
import type { Env } from '../google/auth.ts';
import { normaliseNotionId } from '../notion/ids.ts';
import { addViews, type AddedView } from './add-views.ts';
import { formRequests } from './form-requests.ts';
import { connectFormsForWrite, createGoogleForm, type CreatedForm } from './google-form.ts';
import { ensureWritable, writeIntoConfig, type ConfigFile } from './init-config-file.ts';
import {
  describeForm,
  describeSchema,
  feedbackRequestPermissionSteps,
  formSnippet,
  notionSnippet,
  stageNote,
} from './init-output.ts';
import { createInitNotion, hasNotionToken, type CreatedDatabase, type InitNotion } from './init-notion.ts';
import {
  actionItemsDatabaseSchema,
  DATABASE_TITLES,
  feedbackRequestsDatabaseSchema,
  goalsDatabaseSchema,
  reviewDatabaseSchema,
  type InitDatabaseKey,
  type SchemaProperties,
} from './notion-schemas.ts';

/** Where init prints its lines; the CLI passes its redacting console output. */
export interface InitOutput {
  info(line: string): void;
}

export interface InitOptions {
  config: Config;
  /** The parent page, as a URL or an id. */
  parent: string;
  env: Env;
  withForm: boolean;
  dryRun: boolean;
  /** Create even when the parent already holds databases with the same titles. */
  force: boolean;
  output: InitOutput;
  /** `--write-config`: the ids go into this file (checked before anything is created), not to paste. */
  writeConfig?: ConfigFile;
  /** `--feedback-requests`: also create the Feedback requests database (with it configured, always). */
  withFeedbackRequests?: boolean;
  /** `--views`: add the missing views to the databases the config names, and create nothing else. */
  viewsOnly?: boolean;
  /** Injected by tests; built from env otherwise. */
  notion?: InitNotion;
  connectForms?: (env: Env) => Promise<forms_v1.Forms>;
}

export interface InitResult {
  parentPageId: string;
  /** Titles of ours the parent already held. */
  conflicts: string[];
  databases: Partial<Record<InitDatabaseKey, CreatedDatabase>>;
  form: CreatedForm | null;
  views: AddedView[];
}

const print = (output: InitOutput, ...lines: string[]) => {
  for (const line of lines) output.info(line);
};

const KEYS: readonly InitDatabaseKey[] = ['reviews', 'goals', 'actionItems'];

/**
 * With the plan kept as to-dos in each summary, no run reads an Action items database: none is made.
 * Feedback requests only when asked for, or when the config already names the section.
 */
function databaseKeys(config: Config, withFeedbackRequests: boolean): readonly InitDatabaseKey[] {
  const keys = planAsTodos(config) ? KEYS.filter((key) => key !== 'actionItems') : KEYS;
  const requests = withFeedbackRequests || config.notion.feedbackRequests !== undefined;
  return requests ? [...keys, 'feedbackRequests'] : keys;
}
const PENDING_REVIEWS = '<reviews data source id>';

function schemaFor(key: InitDatabaseKey, config: Config, reviewsDataSourceId: string): SchemaProperties {
  if (key === 'reviews') return reviewDatabaseSchema(config);
  if (key === 'goals') return goalsDatabaseSchema(config, reviewsDataSourceId);
  if (key === 'feedbackRequests') return feedbackRequestsDatabaseSchema(config, reviewsDataSourceId);
  return actionItemsDatabaseSchema(config, reviewsDataSourceId);
}

function createParams(
  parentPageId: string,
  title: string,
  properties: SchemaProperties,
): CreateDatabaseParameters {
  return {
    parent: { type: 'page_id', page_id: parentPageId },
    title: [{ type: 'text', text: { content: title } }],
    initial_data_source: { properties },
  };
}

/**
 * Creates the Reviews, Goals and Action items databases under the parent page (and the form with
 * `withForm`), printing each id as soon as it exists, so a failure halfway still tells the user what
 * was made. A dry run sends no write: it prints the schemas and, when a token is set, still checks
 * the parent for databases of the same names.
 */
export async function runInit(options: InitOptions): Promise<InitResult> {
  if (options.viewsOnly) return runInitViews(options);
  const { config, output, env } = options;
  const keys = databaseKeys(config, options.withFeedbackRequests === true);
  // Every schema is built before the first request, so a config collision fails with nothing created.
  const pending = Object.fromEntries(keys.map((k) => [k, schemaFor(k, config, PENDING_REVIEWS)]));
  const parentPageId = normaliseNotionId(options.parent, '--parent');
  const form = options.withForm ? formRequests(config) : null;
  if (options.writeConfig) await ensureWritable(options.writeConfig, keys);
  const result: InitResult = { parentPageId, conflicts: [], databases: {}, form: null, views: [] };

  const notion =
    options.notion ??
    (options.dryRun && !hasNotionToken(env) ? null : createInitNotion(env, options.config.notion.apiVersion));
  if (notion) {
    const existing = new Set(await notion.childDatabaseTitles(parentPageId));
    result.conflicts = keys.map((k) => DATABASE_TITLES[k]).filter((t) => existing.has(t));
  } else output.info('NOTION_TOKEN is not set: the parent page was not checked for existing databases.');
  if (result.conflicts.length > 0 && !options.force) {
    throw new ConfigError(
      `the parent page ${parentPageId} already holds ${result.conflicts.map((t) => `"${t}"`).join(', ')}`,
      { details: ['init has probably run here before. Pass --force to create a second set anyway.'] },
    );
  }

  if (options.dryRun) {
    output.info(`dry run: nothing is created. Under the page ${parentPageId}, init would create:`);
    for (const key of keys) print(output, ...describeSchema(DATABASE_TITLES[key], pending[key] ?? {}));
    if (form) print(output, ...describeForm(form));
    const { actionItemsByStatus, myFeedbackRequests, ...always } = config.notion.views;
    const views = [
      ...Object.values(always),
      ...(planAsTodos(config) ? [] : [actionItemsByStatus]),
      ...(keys.includes('feedbackRequests') ? [myFeedbackRequests] : []),
    ].map((n) => `"${n}"`);
    output.info(`and the views ${views.join(', ')} (see docs/init.md).`);
    output.info(stageNote(config));
    if (keys.includes('feedbackRequests')) print(output, ...feedbackRequestPermissionSteps(config));
    if (options.writeConfig) output.info(`The ids would be written into ${options.writeConfig.path}.`);
    return result;
  }

  // Credentials first: a form that cannot be made should fail before any database exists.
  const forms = form ? await (options.connectForms ?? connectFormsForWrite)(env) : null;
  if (!notion) throw new ConfigError('NOTION_TOKEN is not set');
  let reviewsDataSource = PENDING_REVIEWS;
  for (const key of keys) {
    const title = DATABASE_TITLES[key];
    const created = await notion.createDatabase(
      createParams(parentPageId, title, schemaFor(key, config, reviewsDataSource)),
    );
    if (key === 'reviews') reviewsDataSource = created.dataSourceId;
    result.databases[key] = created;
    output.info(`created ${title}: database ${created.databaseId} (data source ${created.dataSourceId})`);
  }
  result.views = await addViews(notion, config, result.databases, (line) => output.info(line));
  output.info(stageNote(config));
  if (result.databases.feedbackRequests) print(output, ...feedbackRequestPermissionSteps(config));
  if (options.writeConfig) {
    print(output, ...(await writeIntoConfig(options.writeConfig, { databases: result.databases })));
  } else {
    print(
      output,
      'Paste into your config, replacing the database values:',
      ...notionSnippet(result.databases, planAsTodos(config)),
    );
  }

  if (form && forms) {
    result.form = await createGoogleForm(form, forms);
    print(
      output,
      `created Google Form "${result.form.title}" (${result.form.questions} questions): ${result.form.formId}`,
      ...(result.form.responderUri ? [`Send raters this link: ${result.form.responderUri}`] : []),
    );
    const made = { formId: result.form.formId, title: result.form.title, fields: form.fields };
    print(
      output,
      ...(options.writeConfig
        ? await writeIntoConfig(options.writeConfig, { databases: {}, form: made })
        : ['Add it to your config as a response source:', ...formSnippet(made.formId, made.fields)]),
    );
  }
  return result;
}

/** The databases the config names, for `--views`; the action items only when kept as pages. */
function configuredDatabases(
  config: Config,
): Partial<Record<InitDatabaseKey, { database?: string; dataSource?: string }>> {
  const { reviews, goals, actionItems, feedbackRequests } = config.notion;
  return {
    reviews,
    ...(goals ? { goals } : {}),
    ...(actionItems && !planAsTodos(config) ? { actionItems } : {}),
    ...(feedbackRequests ? { feedbackRequests } : {}),
  };
}

/** `init --views`: the views alone, added to databases that already exist. */
async function runInitViews(options: InitOptions): Promise<InitResult> {
  const { config, output, env } = options;
  const result: InitResult = { parentPageId: '', conflicts: [], databases: {}, form: null, views: [] };
  const notion = options.notion ?? createInitNotion(env, config.notion.apiVersion);
  for (const [key, ref] of Object.entries(configuredDatabases(config)) as [
    InitDatabaseKey,
    { database?: string; dataSource?: string },
  ][]) {
    result.databases[key] = await notion.locate(ref);
  }
  if (options.dryRun) {
    output.info('dry run: no view is created.');
    return result;
  }
  result.views = await addViews(notion, config, result.databases, (line) => output.info(line));
  output.info(`${result.views.length} view(s) created.`);
  return result;
}

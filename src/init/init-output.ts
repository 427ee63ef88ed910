import type { Config } from '../core/config-schema.ts';
import type { FieldMapping, FormPlan } from './form-requests.ts';
import type { CreatedDatabase } from './init-notion.ts';
import type { InitDatabaseKey, PropertyRequest, SchemaProperties } from './notion-schemas.ts';

// What init prints: the schemas (for a dry run), the ids created, and the YAML to paste into config.
// Everything is plain lines so the CLI can send them through its redacting output.

function typeOf(property: PropertyRequest): string {
  const [type] = Object.keys(property).filter((key) => key !== 'type' && key !== 'description');
  return type ?? 'unknown';
}

function describeProperty(name: string, property: PropertyRequest): string {
  const type = typeOf(property);
  if ('select' in property) {
    const names = (property.select.options ?? []).map((option) => option.name);
    return `${name} (select: ${names.join(', ')})`;
  }
  if ('relation' in property) return `${name} (relation to Reviews)`;
  return `${name} (${type})`;
}

export function describeSchema(title: string, properties: SchemaProperties): string[] {
  return [
    `${title}:`,
    ...Object.entries(properties).map(([name, property]) => `  ${describeProperty(name, property)}`),
  ];
}

/** Lines that show the form's questions in order, with their choices. */
export function describeForm(plan: FormPlan): string[] {
  const lines = [`Google Form "${plan.title}" (collects verified emails):`];
  for (const request of plan.requests) {
    const item = request.createItem?.item;
    if (!item) continue;
    const question = item.questionItem?.question;
    const choices = question?.choiceQuestion?.options?.map((o) => o.value ?? '') ?? [];
    const kind = choices.length > 0 ? `choice: ${choices.join(', ')}` : 'text';
    lines.push(`  ${item.title ?? ''} (${kind}${question?.required ? ', required' : ''})`);
  }
  return lines;
}

const CONFIG_KEYS: Record<InitDatabaseKey, string> = {
  reviews: 'reviews',
  goals: 'goals',
  actionItems: 'actionItems',
  feedbackRequests: 'feedbackRequests',
};

/**
 * The `notion:` block to paste; property names already in config stay as they are. It names each data
 * source, which every run then uses as is, sparing the `databases.retrieve` a database id would cost.
 */
export function notionSnippet(
  created: Partial<Record<InitDatabaseKey, CreatedDatabase>>,
  todos = false,
): string[] {
  const lines = ['notion:'];
  for (const key of ['reviews', 'goals', 'actionItems', 'feedbackRequests'] as const) {
    const db = created[key];
    if (db)
      lines.push(`  ${CONFIG_KEYS[key]}:`, `    dataSource: ${db.dataSourceId} # database ${db.databaseId}`);
  }
  if (todos)
    lines.push('  actionItems:', '    mode: todos # the plan as to-dos in each summary: no database');
  return lines;
}

const yamlString = (value: string): string => JSON.stringify(value);

/** The `sources:` entry for the new form, with the question titles it was built from. */
export function formSnippet(formId: string, fields: FieldMapping): string[] {
  const lines = ['sources:', '  - type: form', `    form: ${formId}`, '    fields:'];
  const keys = ['reviewee', 'relationship', 'cycle', 'comment'] as const;
  for (const key of keys) {
    const value = fields[key];
    if (value !== undefined) lines.push(`      ${key}: ${yamlString(value)}`);
  }
  return lines;
}

/** Why Stage is a select, and how to make it a status property if the team prefers one. */
export function stageNote(config: Config): string {
  const stage = config.notion.reviews.properties.stage;
  return (
    `Note: "${stage}" was created as a select, because the Notion API cannot create status options. ` +
    `review-sync reads and writes either type: to use a status property instead, change the property type ` +
    `to Status in Notion and add the same option names.`
  );
}

/**
 * The Feedback requests data source says who was asked and whether they answered: participation,
 * which doctor cannot guard because the API shows no permissions. So init says how to restrict it.
 */
export function feedbackRequestPermissionSteps(config: Config): string[] {
  const peer = config.notion.feedbackRequests?.properties.peer ?? 'Peer';
  return [
    'Restrict "Feedback requests" before the first sync writes a row (the API cannot do this for you):',
    '  1. Open the database as a full page, Share: set general access to "Only people invited".',
    '  2. Invite HR and the managers (a group is easiest), and keep the integration connected.',
    `  3. Business or Enterprise plan: under Share, add a page-level access rule on "${peer}" (Can view),`,
    '     so each peer opens only their own rows; give peers a linked view to find them.',
    '  4. Other plans have no page-level access: keep peers out of the database, or set',
    '     notion.feedbackRequests.answeredStatus: false, so no row says who has answered.',
    `  The view "${config.notion.views.myFeedbackRequests}" cannot be filtered to "Me" through the API:`,
    `  open it and add the filter "${peer}" contains "Me" by hand (see docs/feedback-requests.md).`,
  ];
}

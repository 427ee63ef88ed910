import type { CreateCommentParameters } from '@notionhq/client';
import type { Config } from '../core/config-schema.ts';
import type { ActionPlanEntry, GoalStatus, Person } from '../core/types.ts';
import { ConfigError } from '../errors.ts';
import type { NotionGateway } from './gateway.ts';
import type { ActionItemSchema } from './read-action-items.ts';
import { MAX_ARRAY_ITEMS, richText } from './rich-text.ts';
import type { PagePropertyValues } from './write-review.ts';

/**
 * The Status the tool sets, written together with the tool-owned record of it ("Synced status"), so
 * a later run can tell a person's change from the tool's own.
 */
function statusProperties(
  config: Pick<Config, 'notion'>,
  schema: ActionItemSchema,
  status: string,
): PagePropertyValues {
  const items = config.notion.actionItems;
  if (!items) throw new ConfigError('notion.actionItems is not configured');
  if (schema.statusOptions !== null && !schema.statusOptions.includes(status)) {
    throw new ConfigError(
      `the Action items status property "${items.properties.status}" has no option "${status}"`,
      {
        details: [
          'Add the option in Notion (the API cannot add status options), or set notion.actionItems.statuses.',
        ],
      },
    );
  }
  const p = items.properties;
  return {
    [p.status]: schema.statusType === 'status' ? { status: { name: status } } : { select: { name: status } },
    ...(schema.hasSyncedStatus ? { [p.syncedStatus]: { rich_text: richText(status) } } : {}),
  };
}

/**
 * Creates one action item, open. Not retried on 5xx (a repeated create could duplicate it); the stable
 * key lets the next run see whether it arrived. From creation on the Status is the person's; the tool
 * changes it only to withdraw or reopen an item nobody touched. Returns the new page id.
 */
export async function createActionItem(
  gw: NotionGateway,
  config: Pick<Config, 'notion'>,
  target: { dataSourceId: string; schema: ActionItemSchema },
  reviewPageId: string,
  entry: ActionPlanEntry,
): Promise<string> {
  const items = config.notion.actionItems;
  if (!items) throw new ConfigError('notion.actionItems is not configured');
  const p = items.properties;
  const page = await gw.pages.create({
    parent: { type: 'data_source_id', data_source_id: target.dataSourceId },
    properties: {
      [p.title]: { title: richText(entry.title) },
      [p.review]: { relation: [{ id: reviewPageId }] },
      [p.key]: { rich_text: richText(entry.key) },
      [p.kind]: { select: { name: entry.kind } },
      [p.competency]: { select: { name: entry.code } },
      [p.due]: { date: { start: entry.due } },
      ...statusProperties(config, target.schema, items.statuses.open),
    },
    // The detail goes in the page body in the same request: no extra call.
    ...(entry.detail.trim() === ''
      ? {}
      : {
          children: [
            { object: 'block', type: 'paragraph', paragraph: { rich_text: richText(entry.detail) } },
          ],
        }),
  });
  return page.id;
}

/** Withdraws or reopens an item: one idempotent `pages.update` of its Status and Synced status. */
export async function setActionItemStatus(
  gw: NotionGateway,
  config: Pick<Config, 'notion'>,
  schema: ActionItemSchema,
  itemPageId: string,
  status: string,
): Promise<void> {
  await gw.pages.update({ page_id: itemPageId, properties: statusProperties(config, schema, status) });
}

/** Writes the two tool-owned goal fields in one idempotent `pages.update`. */
export async function updateGoal(
  gw: NotionGateway,
  config: Pick<Config, 'notion'>,
  goalPageId: string,
  progress: number | null,
  status: GoalStatus | null,
): Promise<void> {
  const goals = config.notion.goals;
  if (!goals) throw new ConfigError('notion.goals is not configured');
  await gw.pages.update({
    page_id: goalPageId,
    properties: {
      [goals.properties.progress]: { number: progress },
      [goals.properties.status]: { select: status === null ? null : { name: status } },
    },
  });
}

// The SDK does not export its rich-text request type; take it from the comment parameters.
type RichTextItemRequest = Extract<CreateCommentParameters, { rich_text: unknown }>['rich_text'][number];

/**
 * A page comment that mentions who owes the work. People with a Notion user id get a real mention
 * (Notion notifies them); others are named in plain text. Comment text is never interpreted.
 */
export async function postNudge(
  gw: NotionGateway,
  pageId: string,
  mention: Person[],
  text: string,
): Promise<void> {
  const rich: RichTextItemRequest[] = [];
  for (const person of mention) {
    if (person.id) {
      rich.push({ type: 'mention', mention: { user: { id: person.id } } });
      rich.push({ type: 'text', text: { content: ' ' } });
    } else {
      const label = person.name ?? person.email;
      if (label) rich.push(...richText(`${label} `));
    }
  }
  rich.push(...richText(text));
  await gw.comments.create({ parent: { page_id: pageId }, rich_text: rich.slice(0, MAX_ARRAY_ITEMS) });
}

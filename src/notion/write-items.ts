import type { CreateCommentParameters } from '@notionhq/client';
import type { Config } from '../core/config-schema.ts';
import type { ActionPlanEntry, GoalStatus, Person } from '../core/types.ts';
import { ConfigError } from '../errors.ts';
import type { NotionGateway } from './gateway.ts';
import { MAX_ARRAY_ITEMS, richText } from './rich-text.ts';

/**
 * Creates one action item. Not retried on 5xx (a repeated create could duplicate it); the stable key
 * lets the next run see whether it arrived. Status is left out: from creation on it is the person's.
 * Returns the new page id.
 */
export async function createActionItem(
  gw: NotionGateway,
  config: Pick<Config, 'notion'>,
  dataSourceId: string,
  reviewPageId: string,
  entry: ActionPlanEntry,
): Promise<string> {
  const items = config.notion.actionItems;
  if (!items) throw new ConfigError('notion.actionItems is not configured');
  const p = items.properties;
  const page = await gw.pages.create({
    parent: { type: 'data_source_id', data_source_id: dataSourceId },
    properties: {
      [p.title]: { title: richText(entry.title) },
      [p.review]: { relation: [{ id: reviewPageId }] },
      [p.key]: { rich_text: richText(entry.key) },
      [p.kind]: { select: { name: entry.kind } },
      [p.competency]: { select: { name: entry.code } },
      [p.due]: { date: { start: entry.due } },
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

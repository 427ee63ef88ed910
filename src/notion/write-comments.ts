import type { CreateCommentParameters } from '@notionhq/client';
import type { Person } from '../core/domain.ts';
import type { NotionGateway } from './gateway.ts';
import { canonicalId } from './ids.ts';
import { MAX_ARRAY_ITEMS, plainText, richText } from './rich-text.ts';
import { verifiedWrite } from './verified-write.ts';

// Reminder comments on review pages: read the integration's own comments, post a reminder once.

// The SDK does not export its rich-text request type; take it from the comment parameters.
type RichTextItemRequest = Extract<CreateCommentParameters, { rich_text: unknown }>['rich_text'][number];

function reminderRichText(mention: Person[], text: string): RichTextItemRequest[] {
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
  return rich.slice(0, MAX_ARRAY_ITEMS);
}

/** The plain text of every comment the integration itself left on a page. */
export async function ownComments(gw: NotionGateway, pageId: string, botId: string): Promise<string[]> {
  const texts: string[] = [];
  let cursor: string | undefined;
  do {
    const response = await gw.comments.list({ block_id: pageId, page_size: 100, start_cursor: cursor });
    for (const comment of response.results) {
      if (canonicalId(comment.created_by.id) === canonicalId(botId)) texts.push(plainText(comment.rich_text));
    }
    cursor = response.has_more && response.next_cursor ? response.next_cursor : undefined;
  } while (cursor);
  return texts;
}

export interface ReminderToPost {
  pageId: string;
  mention: Person[];
  text: string;
  /** Recognises this reminder among the integration's comments, whatever its wording around it. */
  isThis: (commentText: string) => boolean;
}

/**
 * A page comment that mentions who owes the work. People with a Notion user id get a real mention
 * (Notion notifies them); others are named in plain text. Comment text is never interpreted.
 * The page's comments are read first: a reminder the integration already left (a run that died before
 * recording it) is not posted again, and a post with an unknown outcome is checked the same way.
 * Returns whether a comment was posted now.
 */
export async function postReminder(
  gw: NotionGateway,
  reminder: ReminderToPost,
  botId: string,
): Promise<boolean> {
  const exists = async () => (await ownComments(gw, reminder.pageId, botId)).some(reminder.isThis);
  if (await exists()) return false;
  return verifiedWrite(
    async () => {
      await gw.comments.create({
        parent: { page_id: reminder.pageId },
        rich_text: reminderRichText(reminder.mention, reminder.text),
      });
      return true;
    },
    async () => ((await exists()) ? true : null),
  );
}

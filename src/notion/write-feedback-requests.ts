import type { Config } from '../core/config-schema.ts';
import { isRequestReminder } from '../core/feedback-requests/rules.ts';
import type { CreateRequest, RequestFields, UpdateRequest } from '../core/feedback-requests/types.ts';
import { ConfigError } from '../errors.ts';
import type { NotionGateway } from './gateway.ts';
import { richText } from './rich-text.ts';
import { verifiedWrite } from './verified-write.ts';
import { findActionItemByKey } from './write-action-items.ts';
import { postReminder } from './write-comments.ts';
import type { PagePropertyValues } from './write-review.ts';

// Writes to the Feedback requests data source: create a row once, change only what differs, and
// remind the peer on the row itself. No answer's content is ever written here.

type Requests = NonNullable<Config['notion']['feedbackRequests']>;

function requestsOf(config: Pick<Config, 'notion'>): Requests {
  const requests = config.notion.feedbackRequests;
  if (!requests) throw new ConfigError('notion.feedbackRequests is not configured');
  return requests;
}

function fieldValues(p: Requests['properties'], set: Partial<RequestFields>): PagePropertyValues {
  return {
    ...(set.status === undefined ? {} : { [p.status]: { select: { name: set.status } } }),
    ...(set.due === undefined ? {} : { [p.due]: { date: set.due === null ? null : { start: set.due } } }),
    ...(set.link === undefined ? {} : { [p.link]: { url: set.link } }),
  };
}

/**
 * Creates one row. A create with an unknown outcome is never blindly repeated: the row is looked up by
 * its key first, and sent again only when it is not there. Returns the page id.
 */
export async function createFeedbackRequest(
  gw: NotionGateway,
  config: Pick<Config, 'notion'>,
  dataSourceId: string,
  change: CreateRequest,
): Promise<string> {
  const p = requestsOf(config).properties;
  const peerId = change.peer.id ?? '';
  const create = () =>
    gw.pages.create({
      parent: { type: 'data_source_id', data_source_id: dataSourceId },
      properties: {
        [p.title]: { title: richText(change.title) },
        [p.key]: { rich_text: richText(change.key) },
        [p.peer]: { people: [{ id: peerId }] },
        [p.review]: { relation: [{ id: change.reviewPageId }] },
        ...fieldValues(p, change.fields),
      },
    });
  return verifiedWrite(
    async () => (await create()).id,
    () => findActionItemByKey(gw, dataSourceId, p.key, change.key),
  );
}

/** A new row and, when it is already overdue, its one reminder: written as on an existing row. */
export async function createFeedbackRequestWithReminder(
  gw: NotionGateway,
  config: Pick<Config, 'notion'>,
  dataSourceId: string,
  change: CreateRequest,
  botId: () => Promise<string>,
): Promise<string> {
  const pageId = await createFeedbackRequest(gw, config, dataSourceId, change);
  if (change.reminder !== null) {
    await updateFeedbackRequest(
      gw,
      config,
      {
        kind: 'update-request',
        pageId,
        key: change.key,
        set: {},
        transition: null,
        reminder: change.reminder,
      },
      botId,
    );
  }
  return pageId;
}

/**
 * One row's change: the reminder first (it counts as posted only once the comment exists; the row's
 * own comments are read first, so one a crashed run left is not posted again), then the changed
 * fields and the Reminders record in one idempotent `pages.update`.
 */
export async function updateFeedbackRequest(
  gw: NotionGateway,
  config: Pick<Config, 'notion'>,
  change: UpdateRequest,
  botId: () => Promise<string>,
): Promise<void> {
  const p = requestsOf(config).properties;
  const { reminder } = change;
  if (reminder !== null) {
    await postReminder(
      gw,
      {
        pageId: change.pageId,
        mention: [reminder.peer],
        text: reminder.text,
        isThis: (text) => isRequestReminder(text, reminder.due),
      },
      await botId(),
    );
  }
  const properties: PagePropertyValues = {
    ...fieldValues(p, change.set),
    ...(reminder === null ? {} : { [p.reminders]: { rich_text: richText(reminder.record) } }),
  };
  if (Object.keys(properties).length === 0) return;
  await gw.pages.update({ page_id: change.pageId, properties });
}

import type { Config } from '../core/config-schema.ts';
import { InternalError } from '../errors.ts';
import type { NotionGateway } from '../notion/gateway.ts';
import type { StagePropertyType } from '../notion/read-reviews.ts';
import { replaceSummary } from '../notion/replace-summary.ts';
import { readPriorTodos } from '../notion/summary-todos.ts';
import type { ActionItemSchema } from '../notion/read-action-items.ts';
import { botIdentity } from '../notion/verified-write.ts';
import { createActionItem, setActionItemStatus } from '../notion/write-action-items.ts';
import { postReminder } from '../notion/write-comments.ts';
import { updateGoal } from '../notion/write-goals.ts';
import { updateReview } from '../notion/write-review.ts';
import type { NotionWriter } from './apply.ts';
import { isReminderFor } from '../planner/plan-reminders.ts';

/** Binds the Notion adapter's write functions to one run's gateway, config and live schema facts. */
export function notionWriter(
  gw: NotionGateway,
  config: Config,
  live: {
    stageType: StagePropertyType;
    actionItems: { dataSourceId: string; schema: ActionItemSchema } | null;
  },
): NotionWriter {
  const items = () => {
    if (live.actionItems === null) {
      throw new InternalError('action items were planned before their data source was resolved');
    }
    return live.actionItems;
  };
  const botId = botIdentity(gw);
  return {
    updateReview: (pageId, write) => updateReview(gw, config, pageId, write, live.stageType),
    replaceSummary: async (change) => {
      // Ticks are read by replaceSummary before it deletes the old container, once that container is
      // known to be this page's: they exist nowhere else.
      const { ticksFrom } = change;
      const written = await replaceSummary(
        gw,
        config,
        change.reviewPageId,
        change.model,
        change.currentBlock,
        botId,
        {
          ...(ticksFrom === undefined ? {} : { prior: (id: string) => readPriorTodos(gw, id) }),
          listFirst: change.listFirst === true,
        },
      );
      return { containerId: written.containerId, personCopies: written.personCopies };
    },
    createActionItem: async (reviewPageId, entry) => {
      await createActionItem(gw, config, items(), reviewPageId, entry);
    },
    setActionItemStatus: (itemPageId, status) =>
      setActionItemStatus(gw, config, items().schema, itemPageId, status),
    updateGoal: (goalPageId, progress, status) => updateGoal(gw, config, goalPageId, progress, status),
    postReminder: async (reminder) => {
      await postReminder(
        gw,
        {
          pageId: reminder.reviewPageId,
          mention: reminder.mention,
          text: reminder.text,
          isThis: (text) => isReminderFor(text, reminder.stage, config),
        },
        await botId(),
      );
    },
  };
}

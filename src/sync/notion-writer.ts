import type { Config } from '../core/config-schema.ts';
import { InternalError } from '../errors.ts';
import type { NotionGateway } from '../notion/gateway.ts';
import type { StagePropertyType } from '../notion/read-reviews.ts';
import { replaceSummary } from '../notion/replace-summary.ts';
import type { ActionItemSchema } from '../notion/read-action-items.ts';
import { createActionItem, postNudge, setActionItemStatus, updateGoal } from '../notion/write-items.ts';
import { updateReview } from '../notion/write-review.ts';
import type { NotionWriter } from './apply.ts';

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
  return {
    updateReview: (pageId, write) => updateReview(gw, config, pageId, write, live.stageType),
    replaceSummary: async (pageId, model) => {
      await replaceSummary(gw, config, pageId, model);
    },
    createActionItem: async (reviewPageId, entry) => {
      await createActionItem(gw, config, items(), reviewPageId, entry);
    },
    setActionItemStatus: (itemPageId, status) =>
      setActionItemStatus(gw, config, items().schema, itemPageId, status),
    updateGoal: (goalPageId, progress, status) => updateGoal(gw, config, goalPageId, progress, status),
    postNudge: (pageId, mention, text) => postNudge(gw, pageId, mention, text),
  };
}

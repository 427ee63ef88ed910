import type { Config } from '../core/config-schema.ts';
import { InternalError } from '../errors.ts';
import type { NotionGateway } from '../notion/gateway.ts';
import type { StagePropertyType } from '../notion/read-reviews.ts';
import { replaceSummary } from '../notion/replace-summary.ts';
import { createActionItem, postNudge, updateGoal } from '../notion/write-items.ts';
import { updateReview } from '../notion/write-review.ts';
import type { NotionWriter } from './apply.ts';

/** Binds the Notion adapter's write functions to one run's gateway, config and live schema facts. */
export function notionWriter(
  gw: NotionGateway,
  config: Config,
  live: { stageType: StagePropertyType; actionItemsDataSource: string | null },
): NotionWriter {
  return {
    updateReview: (pageId, write) => updateReview(gw, config, pageId, write, live.stageType),
    replaceSummary: async (pageId, model) => {
      await replaceSummary(gw, config, pageId, model);
    },
    createActionItem: async (reviewPageId, entry) => {
      if (live.actionItemsDataSource === null) {
        throw new InternalError('action items were planned before their data source was resolved');
      }
      await createActionItem(gw, config, live.actionItemsDataSource, reviewPageId, entry);
    },
    updateGoal: (goalPageId, progress, status) => updateGoal(gw, config, goalPageId, progress, status),
    postNudge: (pageId, mention, text) => postNudge(gw, pageId, mention, text),
  };
}

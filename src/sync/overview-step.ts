import type { Config } from '../core/config-schema.ts';
import { stageName } from '../core/workflow/stages.ts';
import { buildOverview, overviewHash, type OverviewModel } from '../core/overview/index.ts';
import { isKnownError } from '../errors.ts';
import type { NotionGateway } from '../notion/gateway.ts';
import {
  overviewAction,
  overviewPageTitle,
  parentPageId,
  readOverviewPages,
  writeOverview,
} from '../notion/overview-page.ts';
import { overviewLabels } from '../notion/overview-blocks.ts';
import type { SyncPlan } from '../planner/plan.ts';

export interface PlannedOverview {
  cycle: string;
  model: OverviewModel;
  hash: string;
}

export type OverviewPageAction = 'unchanged' | 'tidy' | 'replace';

export interface OverviewOutcome extends PlannedOverview {
  /** Null when no overview page is configured, or the run covered only part of the reviews. */
  page: { action: OverviewPageAction; pageId: string | null; written: boolean } | null;
  error: string | null;
}

/** Pure: one overview model per cycle, from the reviews as this run leaves them. */
export function planOverviews(plan: SyncPlan, config: Config, cycles: readonly string[]): PlannedOverview[] {
  return cycles.map((cycle) => {
    const model = buildOverview({
      cycle,
      reviews: plan.reviews,
      rejected: plan.rejected,
      config,
      stageLabel: (stage) => stageName(config, stage),
    });
    return { cycle, model, hash: overviewHash(model) };
  });
}

/**
 * Reads each cycle's overview page and, unless this is a dry run, replaces it when its hash differs.
 * Only a run over every review may write it (`complete`): a page built from a shard would be wrong.
 */
export async function syncOverviews(
  gw: NotionGateway,
  config: Config,
  planned: readonly PlannedOverview[],
  opts: { dryRun: boolean; complete: boolean },
): Promise<OverviewOutcome[]> {
  const settings = config.notion.overview;
  if (!settings || !opts.complete) return planned.map((p) => ({ ...p, page: null, error: null }));
  const parentId = parentPageId(settings.parentPage);
  const out: OverviewOutcome[] = [];
  for (const overview of planned) {
    const title = overviewPageTitle(settings.title, overview.cycle);
    try {
      const existing = await readOverviewPages(gw, parentId, title);
      const action = overviewAction(existing, overview.hash);
      let pageId = existing.find((p) => p.hash === overview.hash)?.pageId ?? null;
      if (!opts.dryRun && action !== 'unchanged') {
        pageId = await writeOverview(gw, {
          parentId,
          title,
          model: overview.model,
          hash: overview.hash,
          existing,
          labels: overviewLabels(config.notion.reviews.properties),
        });
      }
      out.push({
        ...overview,
        page: { action, pageId, written: !opts.dryRun && action !== 'unchanged' },
        error: null,
      });
    } catch (error) {
      // Auth failures stop the run as everywhere else; any other failure costs only this page.
      if (isKnownError(error) && 'isAuth' in error && error.isAuth === true) throw error;
      const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      out.push({ ...overview, page: null, error: message });
    }
  }
  return out;
}

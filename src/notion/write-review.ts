import type { UpdatePageParameters } from '@notionhq/client';
import type { Config } from '../core/config-schema.ts';
import { formatCodeScores } from '../core/trends/index.ts';
import { stageName } from '../core/workflow/stages.ts';
import type { ReviewPropertyWrite } from '../core/changes.ts';
import type { NotionGateway } from './gateway.ts';
import type { StagePropertyType } from './read-reviews.ts';
import { richText } from './rich-text.ts';
import { formatSummaryPointer } from './summary-pointer.ts';

export type PagePropertyValues = NonNullable<UpdatePageParameters['properties']>;

/**
 * The Notion property values for the tool-owned fields in `write`; absent keys are not sent, so a
 * person's edits to anything else are never overwritten. The stage goes out as the type the page has.
 */
export function buildReviewProperties(
  config: Pick<Config, 'notion' | 'stages'>,
  write: ReviewPropertyWrite,
  stageType: StagePropertyType = 'status',
): PagePropertyValues {
  const p = config.notion.reviews.properties;
  const out: PagePropertyValues = {};
  if (write.stage !== undefined) {
    const name = stageName(config, write.stage);
    out[p.stage] = stageType === 'status' ? { status: { name } } : { select: { name } };
  }
  if (write.overallScore !== undefined) out[p.overallScore] = { number: write.overallScore };
  if (write.band !== undefined) out[p.band] = { select: write.band === null ? null : { name: write.band } };
  if (write.peerResponses !== undefined) out[p.peerResponses] = { number: write.peerResponses };
  if (write.goalsOnTrack !== undefined) out[p.goalsOnTrack] = { rich_text: richText(write.goalsOnTrack) };
  // A full ISO instant keeps the time of day, so Last synced shows when, not just which day.
  if (write.lastSynced !== undefined) out[p.lastSynced] = { date: { start: write.lastSynced } };
  if (write.syncNotes !== undefined) out[p.syncNotes] = { rich_text: richText(write.syncNotes) };
  if (write.codeScores !== undefined)
    out[p.codeScores] = { rich_text: richText(formatCodeScores(write.codeScores)) };
  if (write.summaryHash !== undefined) out[p.summaryHash] = { rich_text: richText(write.summaryHash) };
  if (write.summaryBlock !== undefined) out[p.summaryBlock] = { rich_text: richText(write.summaryBlock) };
  return out;
}

/** One `pages.update` (idempotent, so retried on 5xx); nothing is sent for an empty write. */
export async function updateReview(
  gw: NotionGateway,
  config: Pick<Config, 'notion' | 'stages'>,
  pageId: string,
  write: ReviewPropertyWrite,
  stageType: StagePropertyType = 'status',
): Promise<void> {
  // The container is recorded with the page it sits on, so a duplicated page's copy is recognised.
  const recorded =
    write.summaryBlock === undefined
      ? write
      : { ...write, summaryBlock: formatSummaryPointer(pageId, write.summaryBlock) };
  const properties = buildReviewProperties(config, recorded, stageType);
  if (Object.keys(properties).length === 0) return;
  await gw.pages.update({ page_id: pageId, properties });
}

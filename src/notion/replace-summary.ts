import type { Config } from '../core/config-schema.ts';
import type { SummaryModel } from '../core/types.ts';
import { InternalError, NotionApiError } from '../errors.ts';
import type { NotionGateway } from './gateway.ts';
import { PAGE_SIZE } from './paginate.ts';
import { renderSummaryBlocks, splitForAppend } from './summary-blocks.ts';

interface ListedBlock {
  id: string;
  type?: string;
  callout?: { rich_text?: { plain_text?: string }[] };
}

/** Top-level callouts whose first text is the summary title: the tool's containers, all of them. */
export async function findSummaryContainers(
  gw: NotionGateway,
  pageId: string,
  title: string,
): Promise<string[]> {
  const found: string[] = [];
  let cursor: string | undefined;
  do {
    const response = await gw.blocks.children.list({
      block_id: pageId,
      page_size: PAGE_SIZE,
      start_cursor: cursor,
    });
    for (const block of response.results as ListedBlock[]) {
      if (block.type === 'callout' && block.callout?.rich_text?.[0]?.plain_text === title)
        found.push(block.id);
    }
    cursor = response.has_more && response.next_cursor ? response.next_cursor : undefined;
  } while (cursor);
  return found;
}

export interface SummaryReplacement {
  containerId: string;
  removed: string[];
}

/**
 * Replaces the page's summary section and converges from any earlier crash:
 *  1. list the top-level children and find every existing container;
 *  2. append the new container after the last old one (so it lands where the summary was), or at the end;
 *  3. delete every old container.
 * A crash between 2 and 3 leaves one extra container, which the next replacement removes; the append
 * is never retried on an unknown outcome, so it cannot add two at once. Cost: list + append + delete.
 */
export async function replaceSummary(
  gw: NotionGateway,
  config: Pick<Config, 'notion'>,
  pageId: string,
  model: SummaryModel,
): Promise<SummaryReplacement> {
  const title = config.notion.summaryTitle;
  const existing = await findSummaryContainers(gw, pageId, title);
  const [container] = renderSummaryBlocks(model, title);
  if (!container) throw new InternalError('summary rendered no container');
  const { first, rest } = splitForAppend(container);
  const last = existing[existing.length - 1];
  const appended = await gw.blocks.children.append({
    block_id: pageId,
    children: [first],
    ...(last ? { position: { type: 'after_block' as const, after_block: { id: last } } } : {}),
  });
  const containerId = appended.results[0]?.id;
  if (!containerId) throw new InternalError(`Notion returned no block for the summary appended to ${pageId}`);
  for (const batch of rest) await gw.blocks.children.append({ block_id: containerId, children: batch });
  for (const id of existing) {
    try {
      await gw.blocks.delete({ block_id: id });
    } catch (error) {
      // Already gone (a person or a parallel run deleted it): that is the state we want.
      if (!(error instanceof NotionApiError && error.status === 404)) throw error;
    }
  }
  return { containerId, removed: existing };
}

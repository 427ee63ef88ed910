import type { BlockObjectRequest } from '@notionhq/client';
import type { Config } from '../core/config-schema.ts';
import type { SummaryModel } from '../core/types.ts';
import { InternalError } from '../errors.ts';
import type { NotionGateway } from './gateway.ts';
import { canonicalId } from './ids.ts';
import { PAGE_SIZE } from './paginate.ts';
import { renderSummaryBlocks, splitForAppend } from './summary-blocks.ts';
import { alreadyGone, verifiedWrite } from './verified-write.ts';

interface ListedBlock {
  id: string;
  type?: string;
  created_by?: { id?: string };
}

async function listChildren(gw: NotionGateway, blockId: string): Promise<ListedBlock[]> {
  const found: ListedBlock[] = [];
  let cursor: string | undefined;
  do {
    const response = await gw.blocks.children.list({
      block_id: blockId,
      page_size: PAGE_SIZE,
      start_cursor: cursor,
    });
    found.push(...(response.results as ListedBlock[]));
    cursor = response.has_more && response.next_cursor ? response.next_cursor : undefined;
  } while (cursor);
  return found;
}

const sameId = (a: string, b: string) => canonicalId(a) === canonicalId(b);

/**
 * The tool's summary containers on a page: the one its "Summary block" property names, plus any
 * top-level callout the integration itself created (left over by a run that died before recording
 * its new container). Never found by title, so a person's own "Review summary" callout is never touched.
 */
export function ownContainers(
  blocks: readonly ListedBlock[],
  recorded: string | null,
  botId: string,
): string[] {
  return blocks
    .filter(
      (b) =>
        (recorded !== null && sameId(b.id, recorded)) ||
        (b.type === 'callout' && b.created_by?.id !== undefined && sameId(b.created_by.id, botId)),
    )
    .map((b) => b.id);
}

export interface SummaryReplacement {
  containerId: string;
  removed: string[];
}

/** Appends the rest of a long summary into its container, checking the child count after a lost reply. */
async function appendRest(
  gw: NotionGateway,
  containerId: string,
  first: BlockObjectRequest,
  rest: BlockObjectRequest[][],
) {
  const firstChildren = (first as { callout?: { children?: unknown[] } }).callout?.children?.length ?? 0;
  let expected = firstChildren;
  for (const batch of rest) {
    const before = expected;
    await verifiedWrite(
      async () => {
        await gw.blocks.children.append({ block_id: containerId, children: batch });
        return true;
      },
      async () => ((await listChildren(gw, containerId)).length >= before + batch.length ? true : null),
    );
    expected += batch.length;
  }
}

/**
 * Replaces the page's summary section and converges from any earlier crash or lost reply:
 *  1. list the page's top-level blocks and pick out the tool's containers (see ownContainers);
 *  2. append the new container after the last of them, or at the end; after an unknown outcome, list
 *     again: a new container of ours means the append landed, none means it is sent again;
 *  3. delete every old container ("already archived" counts as done).
 * The caller then records the new container id, with the hash, in the page's properties.
 */
export async function replaceSummary(
  gw: NotionGateway,
  config: Pick<Config, 'notion'>,
  pageId: string,
  model: SummaryModel,
  recorded: string | null,
  botId: string,
): Promise<SummaryReplacement> {
  const before = await listChildren(gw, pageId);
  const existing = ownContainers(before, recorded, botId);
  const [container] = renderSummaryBlocks(model, config.notion.summaryTitle);
  if (!container) throw new InternalError('summary rendered no container');
  const { first, rest } = splitForAppend(container);
  const last = existing[existing.length - 1];
  const known = new Set(before.map((b) => canonicalId(b.id)));
  const containerId = await verifiedWrite(
    async () => {
      const appended = await gw.blocks.children.append({
        block_id: pageId,
        children: [first],
        ...(last ? { position: { type: 'after_block' as const, after_block: { id: last } } } : {}),
      });
      const id = appended.results[0]?.id;
      if (!id) throw new InternalError(`Notion returned no block for the summary appended to ${pageId}`);
      return id;
    },
    async () => {
      const fresh = ownContainers(await listChildren(gw, pageId), null, botId).filter(
        (id) => !known.has(canonicalId(id)),
      );
      return fresh[0] ?? null;
    },
  );
  await appendRest(gw, containerId, first, rest);
  for (const id of existing) {
    try {
      await gw.blocks.delete({ block_id: id });
    } catch (error) {
      // Already gone (our own lost first try, a person, or a parallel run): the state we want.
      if (!alreadyGone(error)) throw error;
    }
  }
  return { containerId, removed: existing };
}

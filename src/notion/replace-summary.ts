import type { Config } from '../core/config-schema.ts';
import type { SummaryModel } from '../core/summary/types.ts';
import { InternalError } from '../errors.ts';
import type { NotionGateway } from './gateway.ts';
import { canonicalId } from './ids.ts';
import { appendBatches, listChildren, type ListedBlock } from './block-children.ts';
import { renderSummaryBlocks, splitForAppend } from './summary-blocks.ts';
import { NO_PRIOR_TODOS, type PriorTodo } from './summary-todos.ts';
import { alreadyGone, verifiedWrite } from './verified-write.ts';

const sameId = (a: string, b: string) => canonicalId(a) === canonicalId(b);

/**
 * The tool's summary containers on a page: the one its Summary block property names, plus any
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
  /**
   * Top-level callouts titled like the summary that a person wrote (a duplicate's copy of another
   * page's summary, say); never touched. Null when the page was not listed this time.
   */
  personCopies: string[] | null;
}

/** Reads the ticked to-dos of the container being replaced, once it is known to be this page's. */
export type PriorReader = (containerId: string) => Promise<readonly PriorTodo[]>;

export interface ReplaceOptions {
  prior?: readonly PriorTodo[] | PriorReader;
  /**
   * List the page before deleting anything: the record is a bare id from an earlier release (which a
   * duplicate may have copied), or a run asked for a check (`--rewrite`, a reported person copy).
   */
  listFirst?: boolean;
}

const calloutTitle = (block: ListedBlock): string =>
  (block.callout?.rich_text ?? []).map((item) => item.plain_text ?? '').join('');

/**
 * Callouts whose text starts with the summary's title but that the integration did not create. Notion
 * gives a block's author as a partial user (an id, no type), so "not our bot" is what can be told.
 */
export function personCopies(blocks: readonly ListedBlock[], title: string, botId: string): string[] {
  return blocks
    .filter(
      (b) =>
        b.type === 'callout' &&
        b.created_by?.id !== undefined &&
        !sameId(b.created_by.id, botId) &&
        calloutTitle(b).trim().startsWith(title.trim()),
    )
    .map((b) => b.id);
}

/** Deletes one block; "already archived" or 404 is reported as false, not thrown. */
async function deleteBlock(gw: NotionGateway, id: string): Promise<boolean> {
  try {
    await gw.blocks.delete({ block_id: id });
    return true;
  } catch (error) {
    if (!alreadyGone(error)) throw error;
    return false;
  }
}

/**
 * Replaces the page's summary section in three writes, with no read on the usual path, and converges
 * from any earlier crash or lost reply:
 *  1. delete the container the Summary block property records for this page;
 *  2. only when there is none recorded (a first summary, or a record copied from another page), its
 *     delete answered "already gone" (an earlier run died after its own delete, or our delete's first
 *     reply was lost, or a person removed it), or `listFirst` asks: list the page and delete every
 *     top-level callout the integration created on it (see ownContainers), the orphans a run that died
 *     after its append leaves behind. A `listFirst` record is deleted only when it is among them, so a
 *     bare id copied from another page never deletes that page's summary. The listing also finds the
 *     person-written callouts titled like the summary, which are reported and left alone;
 *  3. append the new container at the end of the page; after an unknown outcome, list the page: a new
 *     container of ours means the append landed, none means it is sent again.
 * The caller then records the new container id, with the hash, in the page's properties: until then a
 * crash leaves the recorded container deleted, so the next run's delete answers "already gone" and it
 * lists. `botId` is asked for (one `users.me` a run) only on the paths that list.
 */
export async function replaceSummary(
  gw: NotionGateway,
  config: Pick<Config, 'notion'>,
  pageId: string,
  model: SummaryModel,
  recorded: string | null,
  botId: () => Promise<string>,
  options: ReplaceOptions = {},
): Promise<SummaryReplacement> {
  const title = config.notion.summaryTitle;
  const readPrior = async (id: string | null): Promise<readonly PriorTodo[]> => {
    const { prior = NO_PRIOR_TODOS } = options;
    if (typeof prior !== 'function') return prior;
    return id === null ? NO_PRIOR_TODOS : prior(id);
  };
  const removed: string[] = [];
  // Blocks known to be there before the append, so verification never mistakes one for the new one.
  const known = new Set<string>();
  let copies: string[] | null = null;
  let prior: readonly PriorTodo[] = NO_PRIOR_TODOS;
  const listAndClear = async () => {
    const bot = await botId();
    const before = await listChildren(gw, pageId);
    for (const block of before) known.add(canonicalId(block.id));
    copies = personCopies(before, title, bot);
    return ownContainers(before, null, bot);
  };
  if (options.listFirst === true) {
    const mine = await listAndClear();
    const verified = recorded !== null && mine.some((id) => sameId(id, recorded)) ? recorded : null;
    // Read before the old container is deleted: its ticks exist nowhere else.
    prior = await readPrior(verified);
    for (const id of mine) if (await deleteBlock(gw, id)) removed.push(id);
  } else {
    prior = await readPrior(recorded);
    if (recorded !== null) {
      known.add(canonicalId(recorded));
      if (await deleteBlock(gw, recorded)) removed.push(recorded);
    }
    if (recorded === null || removed.length === 0) {
      for (const id of await listAndClear()) if (await deleteBlock(gw, id)) removed.push(id);
      if (recorded !== null && !removed.includes(recorded)) removed.unshift(recorded);
    }
  }
  const [container] = renderSummaryBlocks(model, title, prior);
  if (!container) throw new InternalError('summary rendered no container');
  const { first, firstChildren, rest } = splitForAppend(container);
  const containerId = await verifiedWrite(
    async () => {
      const appended = await gw.blocks.children.append({ block_id: pageId, children: [first] });
      const id = appended.results[0]?.id;
      if (!id) throw new InternalError(`Notion returned no block for the summary appended to ${pageId}`);
      return id;
    },
    async () => {
      const fresh = ownContainers(await listChildren(gw, pageId), null, await botId()).filter(
        (id) => !known.has(canonicalId(id)),
      );
      return fresh[fresh.length - 1] ?? null;
    },
  );
  await appendBatches(gw, containerId, rest, firstChildren);
  return { containerId, removed, personCopies: copies };
}

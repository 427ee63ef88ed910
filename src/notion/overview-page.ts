import type { BlockObjectRequest } from '@notionhq/client';
import type { OverviewModel } from '../core/overview/index.ts';
import { InternalError, NotionApiError } from '../errors.ts';
import type { NotionGateway } from './gateway.ts';
import { canonicalId, normaliseNotionId } from './ids.ts';
import { appendBatches, listChildren } from './block-children.ts';
import { batchBlocks } from './block-limits.ts';
import { renderOverviewBlocks, type OverviewLabels } from './overview-blocks.ts';
import { verifiedWrite } from './verified-write.ts';

// One tool-owned page per cycle under the configured parent page. Its title carries the content hash
// ("Cycle overview — 2026-H2 · ov1:…"), because the title is the one thing the parent's child listing
// shows: a run learns every page's hash from that single listing, with no read per page. Replacing the
// page creates the new one first and then moves every old one to the trash, so a crash in between leaves
// one page too many (removed next run), never none.

export interface ExistingOverview {
  pageId: string;
  hash: string | null;
}

const STAMP = ' · ';
const HASH = /^ov\d+:[0-9a-f]{16}$/;

/** The title without its hash: "Cycle overview — 2026-H2". */
export function overviewPageTitle(base: string, cycle: string): string {
  return `${base} — ${cycle}`;
}

/** The title a page is written with: the plain title, then the content hash. */
export function stampedOverviewTitle(title: string, hash: string): string {
  return `${title}${STAMP}${hash}`;
}

/**
 * The hash a listed title carries: a string for a stamped title, null for the bare title (a page written
 * before titles carried the hash, or renamed back by a person; replaced next run), undefined otherwise.
 */
export function hashInTitle(listed: string, title: string): string | null | undefined {
  if (listed === title) return null;
  if (!listed.startsWith(title + STAMP)) return undefined;
  const hash = listed.slice(title.length + STAMP.length);
  return HASH.test(hash) ? hash : undefined;
}

export function parentPageId(configured: string): string {
  return normaliseNotionId(configured.trim(), 'overview parent page');
}

interface ChildPage {
  pageId: string;
  title: string;
}

/** The pages directly under a page, with their titles, from its block listing. */
async function listChildPages(gw: NotionGateway, parentId: string): Promise<ChildPage[]> {
  const pages: ChildPage[] = [];
  for (const block of await listChildren(gw, parentId)) {
    if (block.type === 'child_page')
      pages.push({ pageId: canonicalId(block.id), title: block.child_page?.title ?? '' });
  }
  return pages;
}

/** The overview pages of one cycle with their hashes, from the parent's children alone (⌈n/100⌉ requests). */
export async function readOverviewPages(
  gw: NotionGateway,
  parentId: string,
  title: string,
): Promise<ExistingOverview[]> {
  const pages: ExistingOverview[] = [];
  for (const page of await listChildPages(gw, parentId)) {
    const hash = hashInTitle(page.title, title);
    if (hash !== undefined) pages.push({ pageId: page.pageId, hash });
  }
  return pages;
}

export interface OverviewWrite {
  parentId: string;
  title: string;
  model: OverviewModel;
  hash: string;
  existing: ExistingOverview[];
  labels: OverviewLabels;
}

/** What a write will do: nothing, only remove leftovers, or replace the page. */
export function overviewAction(
  existing: readonly ExistingOverview[],
  hash: string,
): 'unchanged' | 'tidy' | 'replace' {
  const current = existing.filter((p) => p.hash === hash);
  if (current.length === 0) return 'replace';
  return existing.length === 1 ? 'unchanged' : 'tidy';
}

/** Moves a page to the trash; one already gone is where we want it. Doctor's write check uses it too. */
export async function trash(gw: NotionGateway, pageId: string): Promise<void> {
  try {
    await gw.pages.update({ page_id: pageId, in_trash: true });
  } catch (error) {
    // Gone already (a person or a parallel run removed it): the state we want.
    if (!(error instanceof NotionApiError && error.status === 404)) throw error;
  }
}

const titleProperty = (content: string) => ({
  title: { title: [{ type: 'text' as const, text: { content } }] },
});

/**
 * Creates the page under the parent. After an unknown outcome (5xx, reset, timeout, lost reply) the
 * parent's listing says whether it landed: a page with the title just sent that was not there before is
 * the one, and only when there is none is the create sent again. So a lost reply never makes two pages.
 */
async function createPage(
  gw: NotionGateway,
  parentId: string,
  title: string,
  children: BlockObjectRequest[],
  known: ReadonlySet<string>,
): Promise<string> {
  return verifiedWrite(
    async () => {
      const created = await gw.pages.create({
        parent: { page_id: parentId },
        icon: { type: 'emoji', emoji: '🧭' },
        properties: titleProperty(title),
        children,
      });
      if (!created.id) throw new InternalError('Notion returned no id for the created overview page');
      return canonicalId(created.id);
    },
    async () => {
      const fresh = (await listChildPages(gw, parentId)).filter(
        (page) => page.title === title && !known.has(page.pageId),
      );
      return fresh[0]?.pageId ?? null;
    },
  );
}

/**
 * Brings the cycle's overview to `hash`. Unchanged: no request. Changed: one `pages.create` with the
 * blocks, one append for each further request's worth (100 top-level blocks or 1,000 in all: a big
 * team's calibration table), and one `pages.update` per old page.
 */
export async function writeOverview(gw: NotionGateway, write: OverviewWrite): Promise<string | null> {
  const action = overviewAction(write.existing, write.hash);
  if (action === 'unchanged') return write.existing[0]?.pageId ?? null;
  if (action === 'tidy') {
    const [keep, ...others] = write.existing.filter((p) => p.hash === write.hash);
    for (const page of [...others, ...write.existing.filter((p) => p.hash !== write.hash)])
      await trash(gw, page.pageId);
    return keep?.pageId ?? null;
  }
  const blocks = renderOverviewBlocks(write.model, write.hash, write.labels);
  const chunks = batchBlocks(blocks);
  const known = new Set(write.existing.map((p) => p.pageId));
  const title = stampedOverviewTitle(write.title, write.hash);
  const pageId = await createPage(gw, write.parentId, title, chunks[0] ?? [], known);
  await appendBatches(gw, pageId, chunks.slice(1), chunks[0]?.length ?? 0);
  for (const page of write.existing) await trash(gw, page.pageId);
  return pageId;
}

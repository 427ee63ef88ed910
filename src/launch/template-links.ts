import { z } from 'zod';
import { appendBatches, listChildren, type ListedBlock } from '../notion/block-children.ts';
import type { NotionGateway } from '../notion/gateway.ts';
import type { FeedbackLinks } from './feedback-links.ts';
import { linkBlocks } from './page-request.ts';

// A page made from a data source template is blank until Notion has applied the template in the
// background, and the API gives no signal when that is done. So the feedback links are written only
// once a read of the page's children finds the template's content, and then appended after it. The
// reads are bounded: when the bound runs out the links are left for the next `launch`, which finds the
// page without links and finishes it. Whether a page has its links is read from the page itself (a
// paragraph linking to the form's pre-fill address), so a page never gets them twice.

/** Reads of one page's children, at most, before its links are left for the next launch. */
export const TEMPLATE_READS = 5;
/** The wait before each of those reads: none before the first, then doubling (7.5 s in all). */
export const TEMPLATE_READ_DELAYS_MS: readonly number[] = [0, 500, 1000, 2000, 4000];

export type LinksOutcome = 'added' | 'present' | 'pending' | 'would-add';

export interface LinksResult {
  outcome: LinksOutcome;
  /** Reads of the page's children this took. */
  reads: number;
}

export interface LinkTarget {
  pageId: string;
  name: string;
  links: FeedbackLinks;
}

export interface TemplateLinksOptions {
  /** The form's responder address: a link to it marks the feedback links on a page. */
  responderUri: string;
  sleep: (ms: number) => Promise<void>;
  /** A dry run reads once and says what it would do. */
  dryRun: boolean;
}

const linkedText = z.object({
  text: z.object({ link: z.object({ url: z.string() }).nullish() }).nullish(),
  href: z.string().nullish(),
});
const paragraph = z.object({
  type: z.literal('paragraph'),
  paragraph: z.object({ rich_text: z.array(linkedText) }),
});

/** True when one of the page's top-level paragraphs links to the form's pre-fill address. */
export function hasFeedbackLinks(blocks: readonly ListedBlock[], responderUri: string): boolean {
  const base = responderUri.split('?')[0] ?? responderUri;
  return blocks.some((block) => {
    const parsed = paragraph.safeParse(block);
    if (!parsed.success) return false;
    return parsed.data.paragraph.rich_text.some((item) => {
      const url = item.text?.link?.url ?? item.href ?? '';
      return url.startsWith(base) && url.includes('usp=pp_url');
    });
  });
}

/**
 * Writes a page's feedback links after its template content: reads the page's children up to
 * TEMPLATE_READS times, waiting longer each time, and appends the links (at the end) as soon as the page
 * has content and no links yet. A page that stays blank keeps no links, and is reported as pending.
 */
export async function completeLinks(
  gw: NotionGateway,
  target: LinkTarget,
  options: TemplateLinksOptions,
): Promise<LinksResult> {
  const bound = options.dryRun ? 1 : TEMPLATE_READS;
  for (let read = 1; read <= bound; read += 1) {
    const wait = TEMPLATE_READ_DELAYS_MS[read - 1] ?? 0;
    if (wait > 0) await options.sleep(wait);
    const children = await listChildren(gw, target.pageId);
    if (hasFeedbackLinks(children, options.responderUri)) return { outcome: 'present', reads: read };
    // A dry run does not wait: a page without links would get them, once its template shows.
    if (options.dryRun) return { outcome: 'would-add', reads: read };
    if (children.length === 0) continue;
    await appendBatches(gw, target.pageId, [linkBlocks(target.name, target.links)], children.length);
    return { outcome: 'added', reads: read };
  }
  return { outcome: 'pending', reads: bound };
}

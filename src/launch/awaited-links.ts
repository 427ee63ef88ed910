import { NotionApiError } from '../errors.ts';
import type { NotionGateway } from '../notion/gateway.ts';
import type { LaunchReport } from './launch-report.ts';
import {
  completeLinks,
  TEMPLATE_READS,
  type LinkTarget,
  type TemplateLinksOptions,
} from './template-links.ts';

// The second pass of a launch with a template: once every page is created, each new page, and each
// earlier one still without its links, gets them after its template content, or is reported as pending.
// A page that fails here is reported like a failed create; the others go on.

export interface AwaitedLinks {
  target: LinkTarget;
  /** Its index in the report's `created`, or null for a page an earlier launch made. */
  created: number | null;
}

/** The second pass of a launch with a template: each page's links, once its template is applied. */
export async function writeAwaitedLinks(
  gw: NotionGateway,
  awaiting: readonly AwaitedLinks[],
  report: LaunchReport,
  options: TemplateLinksOptions,
): Promise<void> {
  for (const { target, created } of awaiting) {
    const named = { name: target.name, pageId: target.pageId };
    try {
      const result = await completeLinks(gw, target, options);
      if (report.template) report.template.reads += result.reads;
      const entry = created === null ? null : report.created[created];
      if (result.outcome === 'pending') {
        report.counts.linksPending += 1;
        report.linksPending.push(named);
      } else if (entry) {
        entry.links = true;
      } else if (result.outcome === 'added' || result.outcome === 'would-add') {
        report.counts.linksAdded += 1;
        report.linksAdded.push(named);
      }
    } catch (error) {
      if (error instanceof NotionApiError && error.isAuth) throw error;
      report.counts.failed += 1;
      report.failed.push({
        name: target.name,
        error: `feedback links: ${error instanceof Error ? error.message : String(error)}`,
      });
    }
  }
  if (report.counts.linksPending > 0) {
    report.linksNote =
      `${report.counts.linksPending} page(s) still showed no template content after ${TEMPLATE_READS} reads each, ` +
      'so their feedback links were not written; run `review-sync launch` again to add them';
  }
}

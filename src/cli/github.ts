import * as core from '@actions/core';
import { bandPieMermaid } from '../core/overview/index.ts';
import type { OverviewReport, RunReport } from '../sync/report.ts';
import { aggregatesOf, pageLink, type LogDetail } from './log-detail.ts';
import { redact } from './redact.ts';

const cell = (value: string | number | null): string => String(value ?? '–').replace(/\|/g, '\\|');

/**
 * Each cycle at a glance: the stage funnel, the band distribution with a Mermaid pie (GitHub draws it)
 * and rejections by reason. Counts only: no names and no per-person scores.
 */
export function overviewMarkdown(overview: OverviewReport): string[] {
  const lines = [
    `### ${overview.cycle} at a glance`,
    '',
    '| stage | reviews | overdue |',
    '|---|---:|---:|',
    ...overview.funnel.map((s) => `| ${cell(s.label)} | ${s.count} | ${s.overdue} |`),
    '',
    `Bands (${overview.scored} of ${overview.reviews} reviews with scores shown):`,
    '',
  ];
  if (overview.bands.length === 0) lines.push('_No scores shown yet._');
  else {
    lines.push(
      '| band | reviews |',
      '|---|---:|',
      ...overview.bands.map((b) => `| ${cell(b.band)} | ${b.count} |`),
    );
    lines.push('', '```mermaid', bandPieMermaid(overview), '```');
  }
  lines.push('', 'Rejected responses by reason:', '');
  if (overview.rejections.length === 0) lines.push('_None._');
  else
    lines.push(
      '| reason | responses |',
      '|---|---:|',
      ...overview.rejections.map((r) => `| ${r.reason} | ${r.count} |`),
    );
  return lines;
}

/** The block cap names no person, so it is shown at every log detail. */
function blockLimitMarkdown(report: RunReport): string[] {
  if (report.blockLimit === undefined) return [];
  return [
    '',
    '### Notion block limit',
    '',
    report.blockLimit,
    '',
    `Blocks created: ${report.counts.blocksCreated}.`,
  ];
}

/** The job summary: one table of reviews, then the rejected responses and unusable pages. */
export function jobSummaryMarkdown(report: RunReport): string {
  const c = report.counts;
  const lines = [
    `## review-sync ${report.dryRun ? '(dry run)' : ''}`.trim(),
    '',
    `${c.reviews} reviews, ${c.responses} responses (${c.responsesRejected} rejected), ${c.stageMoves} stage moves, ` +
      `${c.summariesWritten} summaries, ${c.actionItemsCreated} action items, ${c.reminders} reminders, ${c.failures} failures.`,
    '',
    ...(report.overviews ?? []).flatMap((o) => [...overviewMarkdown(o), '']),
    '| review | stage | score | band | changed | errors |',
    '|---|---|---|---|---|---|',
    ...report.reviews.map(
      (r) =>
        `| ${cell(r.reviewee)} | ${cell(r.stageBefore === r.stageAfter ? r.stageAfter : `${r.stageBefore} → ${r.stageAfter}`)} | ` +
        `${cell(r.score)} | ${cell(r.band)} | ${r.changed ? 'yes' : 'no'} | ${cell(r.errors.join('; ') || '')} |`,
    ),
  ];
  if (report.rejected.length > 0) {
    lines.push('', '### Rejected responses', '', '| source | ref | reason | message |', '|---|---|---|---|');
    lines.push(
      ...report.rejected.map(
        (r) => `| ${cell(r.source)} | ${cell(r.ref)} | ${r.reason} | ${cell(r.message)} |`,
      ),
    );
  }
  if (report.problems.length > 0) {
    lines.push('', '### Pages that could not be used', '');
    lines.push(...report.problems.map((p) => `- ${p.dataSource} page ${p.pageId}: ${p.message}`));
  }
  lines.push(...blockLimitMarkdown(report));
  lines.push(
    '',
    `Notion requests: ${report.requests.notion.total} (${report.requests.notion.retries} retries).`,
  );
  return redact(lines.join('\n'));
}

/**
 * The job summary with aggregates only: counts per stage, band and rejection reason, and failing or
 * skipped pages by link. Everyone who can read the repository can read it, so it names no one.
 */
export function aggregateJobSummaryMarkdown(report: RunReport): string {
  const c = report.counts;
  const a = aggregatesOf(report);
  const table = (head: string, rows: [string, number][]) =>
    rows.length === 0
      ? []
      : ['', `| ${head} | reviews |`, '|---|---|', ...rows.map(([k, n]) => `| ${cell(k)} | ${n} |`)];
  const lines = [
    `## review-sync ${report.dryRun ? '(dry run)' : ''}`.trim(),
    '',
    `${c.reviews} reviews, ${c.responses} responses (${c.responsesRejected} rejected), ${c.stageMoves} stage moves, ` +
      `${c.summariesWritten} summaries, ${c.actionItemsCreated} action items created, ${c.actionItemsWithdrawn} withdrawn, ` +
      `${c.actionItemsReopened} reopened, ${c.reminders} reminders, ${c.failures} failures.`,
    ...(report.feedbackRequests
      ? [
          '',
          `Feedback requests: ${report.feedbackRequests.created} created, ${report.feedbackRequests.updated} updated, ` +
            `${report.feedbackRequests.withdrawn} withdrawn, ${report.feedbackRequests.reminded} reminded, ` +
            `${report.feedbackRequests.failed} failed` +
            (report.feedbackRequests.skipped
              ? `, ${report.feedbackRequests.skipped} skipped (their Key is not one the tool wrote).`
              : '.'),
        ]
      : []),
    // The cycle at a glance is counts only, so it belongs here too.
    ...(report.overviews ?? []).flatMap((o) => ['', ...overviewMarkdown(o)]),
    ...table('stage', a.stages),
    ...table('band', a.bands),
    ...(a.rejections.length === 0
      ? []
      : [
          '',
          '| rejection reason | responses |',
          '|---|---|',
          ...a.rejections.map(([k, n]) => `| ${k} | ${n} |`),
        ]),
  ];
  if (a.failures.length > 0) {
    lines.push('', '### Failed reviews', '', ...a.failures.map((f) => `- ${f.link}: ${f.errors.join('; ')}`));
  }
  if (a.problems.length > 0) {
    lines.push('', '### Pages that could not be used', '');
    lines.push(...a.problems.map((p) => `- ${p.dataSource} page ${p.link}: ${p.message}`));
  }
  lines.push(...blockLimitMarkdown(report));
  lines.push(
    '',
    `Notion requests: ${report.requests.notion.total} (${report.requests.notion.retries} retries).`,
    '',
    '_Names and scores are left out of shared logs; run with `--log-detail full` to include them._',
  );
  return redact(lines.join('\n'));
}

/** Under GitHub Actions: a job summary, and an annotation per failed review or unusable page. */
export async function publishToGitHub(report: RunReport, detail: LogDetail = 'aggregate'): Promise<void> {
  for (const review of report.reviews.filter((r) => r.errors.length > 0)) {
    const text =
      detail === 'full'
        ? `${review.reviewee} (${review.pageId}): ${review.errors.join('; ')}`
        : `${pageLink(review.pageId)}: ${aggregatesOf({ ...report, reviews: [review] }).failures[0]?.errors.join('; ') ?? ''}`;
    core.error(redact(text), { title: 'Review failed' });
  }
  for (const problem of report.problems) {
    const page = detail === 'full' ? problem.pageId : pageLink(problem.pageId);
    core.warning(redact(`${problem.dataSource} page ${page}: ${problem.message}`), { title: 'Page skipped' });
  }
  if (report.blockLimit !== undefined) core.error(report.blockLimit, { title: 'Notion block limit' });
  const markdown = detail === 'full' ? jobSummaryMarkdown(report) : aggregateJobSummaryMarkdown(report);
  if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(markdown).write();
}

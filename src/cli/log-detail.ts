import { ConfigError } from '../errors.ts';
import type { RunReport } from '../sync/report.ts';

/**
 * How much a run prints. Job logs and summaries of GitHub Actions are readable by everyone who can
 * read the repository, so there the default is `aggregate`: counts, and failures by page link. On a
 * laptop the person running the tool is the one reading, and the default is `full`, as before.
 */
export type LogDetail = 'aggregate' | 'full';

export function resolveLogDetail(
  flag: string | undefined,
  env: Record<string, string | undefined>,
): LogDetail {
  if (flag === undefined) return env.GITHUB_ACTIONS === 'true' ? 'aggregate' : 'full';
  if (flag === 'aggregate' || flag === 'full') return flag;
  throw new ConfigError(`--log-detail "${flag}": expected aggregate or full`);
}

/** A link to a page that a reader with access can open; the id alone names no one. */
export function pageLink(pageId: string): string {
  return `https://www.notion.so/${pageId.replace(/-/g, '')}`;
}

/** "update-review: NotionApiError: conflict …" → "update-review: NotionApiError": what failed, not what it said. */
export function errorKind(error: string): string {
  return error.split(': ').slice(0, 2).join(': ');
}

function tally(values: readonly string[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

export interface Aggregates {
  stages: [string, number][];
  bands: [string, number][];
  rejections: [string, number][];
  failures: { link: string; errors: string[] }[];
  problems: { link: string; dataSource: string; message: string }[];
}

/** The run as counts, plus failing and skipped pages by link: no title, name, score or comment. */
export function aggregatesOf(report: RunReport): Aggregates {
  return {
    stages: tally(report.reviews.map((r) => r.stageAfter)),
    bands: tally(report.reviews.map((r) => r.band)),
    rejections: tally(report.rejected.map((r) => r.reason)),
    failures: report.reviews
      .filter((r) => r.errors.length > 0)
      .map((r) => ({ link: pageLink(r.pageId), errors: r.errors.map(errorKind) })),
    problems: report.problems.map((p) => ({
      link: pageLink(p.pageId),
      dataSource: p.dataSource,
      message: p.message,
    })),
  };
}

const list = (entries: [string, number][]) =>
  entries.length === 0 ? 'none' : entries.map(([name, n]) => `${name} ${n}`).join(', ');

/** The aggregate lines printed to stdout and stderr in place of per-review detail. */
export function aggregateLines(report: RunReport): { info: string[]; error: string[] } {
  const a = aggregatesOf(report);
  return {
    info: [
      `reviews by stage: ${list(a.stages)}`,
      `reviews by band: ${list(a.bands)}`,
      `rejected responses by reason: ${list(a.rejections)}`,
    ],
    error: [
      ...a.failures.map((f) => `failed: ${f.link}: ${f.errors.join('; ')}`),
      ...a.problems.map((p) => `skipped ${p.dataSource} page ${p.link}: ${p.message}`),
    ],
  };
}

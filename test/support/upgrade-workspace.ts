import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import type { SandboxSeed } from '../../src/sandbox/index.ts';

// Test support for upgrade tests: the workspace an earlier release left behind (test/fixtures/upgrade-*),
// and counts over a seed-format state that stay comparable before and after a migration.

export const UPGRADE_FIXTURE_DIR = join(import.meta.dirname, '..', 'fixtures', 'upgrade-a727eac');
/** The instant the fixture was synced at by its release; upgrade tests sync at the same instant. */
export const UPGRADE_NOW = '2026-11-25T08:00:00Z';
export const UPGRADE_IDS = {
  reviewsDataSource: '3b000000-0000-4000-8000-000000000001',
  actionItemsDataSource: '5b000000-0000-4000-8000-000000000001',
} as const;
/** The title the fixture's config gives the tool-owned summary callout. */
export const UPGRADE_SUMMARY_TITLE = 'Review summary';

export async function loadUpgradeSeed(): Promise<SandboxSeed> {
  return JSON.parse(await readFile(join(UPGRADE_FIXTURE_DIR, 'seed.json'), 'utf8')) as SandboxSeed;
}

/**
 * The fixture's config, copied to a temp dir with the CSV path made absolute (it is relative to the
 * fixture) and the request rate raised so a test stays quick against a sandbox without a limit.
 */
export async function writeUpgradeConfig(): Promise<{ dir: string; configPath: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'review-sync-upgrade-'));
  const config = parse(await readFile(join(UPGRADE_FIXTURE_DIR, 'review-sync.yaml'), 'utf8')) as {
    notion: { requestsPerSecond?: number };
    sources: { type: string; path?: string }[];
  };
  config.notion.requestsPerSecond = 50;
  config.sources = config.sources.map((source) =>
    source.type === 'csv' && source.path
      ? { ...source, path: join(UPGRADE_FIXTURE_DIR, source.path) }
      : source,
  );
  const configPath = join(dir, 'review-sync.yaml');
  await writeFile(configPath, stringify(config));
  return { dir, configPath };
}

interface SeedBlock {
  type: string;
  [type: string]: unknown;
}

interface SeedPage {
  id?: string;
  properties?: Record<string, unknown>;
  children?: unknown[];
  in_trash?: boolean;
}

/** Plain text of request-format rich text, as a seed dump writes it. */
function textOf(richText: unknown): string {
  if (!Array.isArray(richText)) return '';
  return richText
    .map(
      (item: { text?: { content?: string }; plain_text?: string }) =>
        item.text?.content ?? item.plain_text ?? '',
    )
    .join('');
}

function pagesOf(state: SandboxSeed, dataSourceId: string): SeedPage[] {
  const sources = (state.notion?.databases ?? []).flatMap((database) => database.dataSources);
  const source = sources.find((candidate) => candidate.id === dataSourceId);
  return ((source?.pages ?? []) as SeedPage[]).filter((page) => !page.in_trash);
}

function isSummaryCallout(block: unknown, title: string): boolean {
  const { type } = block as SeedBlock;
  if (type !== 'callout') return false;
  const content = (block as SeedBlock).callout as { rich_text?: unknown } | undefined;
  return textOf(content?.rich_text) === title;
}

/**
 * Tool-written summary containers per review page: callouts at the page's top level titled like the
 * summary. Every live review page is listed, with 0 where it has none, so a missing summary shows too.
 */
export function summaryCountsByPage(
  state: SandboxSeed,
  options: { dataSourceId?: string; title?: string } = {},
): Record<string, number> {
  const title = options.title ?? UPGRADE_SUMMARY_TITLE;
  const pages = pagesOf(state, options.dataSourceId ?? UPGRADE_IDS.reviewsDataSource);
  return Object.fromEntries(
    pages.map((page) => [
      page.id ?? '',
      (page.children ?? []).filter((b) => isSummaryCallout(b, title)).length,
    ]),
  );
}

/**
 * Live action items per review page and key: `{ [reviewPageId]: { [key]: count } }`. Items a person
 * made without a key are counted under the empty key; a count above 1 is a duplicate.
 */
export function actionItemCountsByPage(
  state: SandboxSeed,
  options: { dataSourceId?: string; reviewProperty?: string; keyProperty?: string } = {},
): Record<string, Record<string, number>> {
  const review = options.reviewProperty ?? 'Review';
  const keyName = options.keyProperty ?? 'Key';
  const counts: Record<string, Record<string, number>> = {};
  for (const item of pagesOf(state, options.dataSourceId ?? UPGRADE_IDS.actionItemsDataSource)) {
    const relation = (item.properties?.[review] as { relation?: { id: string }[] } | undefined)?.relation;
    const key = textOf((item.properties?.[keyName] as { rich_text?: unknown } | undefined)?.rich_text);
    for (const { id } of relation ?? []) {
      const byKey = (counts[id] ??= {});
      byKey[key] = (byKey[key] ?? 0) + 1;
    }
  }
  return counts;
}

/** Keys held by more than one live action item of the same review page, as `pageId key` strings. */
export function duplicateActionItems(state: SandboxSeed): string[] {
  return Object.entries(actionItemCountsByPage(state)).flatMap(([pageId, byKey]) =>
    Object.entries(byKey)
      .filter(([key, count]) => key !== '' && count > 1)
      .map(([key]) => `${pageId} ${key}`),
  );
}

import type { Sandbox } from '../../src/sandbox/sandbox.ts';

// The sandbox state reduced to what a person would see, without generated ids and clock times, so that
// two runs that reach the same result compare equal however many requests it took them.

interface BlockLike {
  id?: string;
  type?: string;
  children?: BlockLike[];
  [key: string]: unknown;
}

const VOLATILE = new Set(['created_time', 'last_edited_time', 'created_by', 'last_edited_by']);
/** Properties holding generated ids: compared as set or empty, not by value. */
const GENERATED = new Set(['Summary block']);

function maskGenerated(properties: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(properties).map(([key, value]) => {
      if (!GENERATED.has(key)) return [key, value];
      const text = (value as { rich_text?: unknown[] }).rich_text;
      return [key, Array.isArray(text) && text.length > 0 ? '(set)' : '(empty)'];
    }),
  );
}

function strip(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(strip);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>)
      .filter(([key]) => !VOLATILE.has(key))
      .map(([key, inner]) => [key, strip(inner)]),
  );
}

export interface PageView {
  properties: unknown;
  children: unknown[];
}

export interface StateView {
  /** Data source title → page title → what the page shows. */
  pages: Record<string, Record<string, PageView[]>>;
  /**
   * Pages outside every data source (the cycle overview pages, their parent), by title: the blocks of
   * each. A page in the trash is gone for people, so it is left out.
   */
  standalone: Record<string, unknown[][]>;
  comments: Record<string, number>;
}

function titleOf(properties: Record<string, unknown>): string {
  for (const value of Object.values(properties)) {
    const title = (value as { title?: { text?: { content?: string } }[] }).title;
    if (Array.isArray(title)) return title.map((t) => t.text?.content ?? '').join('');
  }
  return '(untitled)';
}

export function viewState(sandbox: Sandbox): StateView {
  const state = sandbox.state() as {
    notion: {
      pages?: { title: string; in_trash?: boolean; children?: BlockLike[] }[];
      databases: {
        dataSources: {
          title: string;
          pages: { id: string; properties: Record<string, unknown>; children?: BlockLike[] }[];
        }[];
      }[];
    };
  };
  const pages: StateView['pages'] = {};
  for (const db of state.notion.databases) {
    for (const ds of db.dataSources) {
      const byTitle: Record<string, PageView[]> = {};
      for (const page of ds.pages) {
        const title = titleOf(page.properties);
        (byTitle[title] ??= []).push({
          properties: strip(maskGenerated(page.properties)),
          children: (page.children ?? []).map(strip),
        });
      }
      // Pages sharing a title (one action item per review) are created in whatever order the run reached
      // them; compare them as a set.
      for (const versions of Object.values(byTitle)) {
        versions.sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
      }
      pages[ds.title] = byTitle;
    }
  }
  const standalone: StateView['standalone'] = {};
  for (const page of state.notion.pages ?? []) {
    if (page.in_trash === true) continue;
    (standalone[page.title] ??= []).push((page.children ?? []).map(strip));
  }
  for (const versions of Object.values(standalone))
    versions.sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  const comments: Record<string, number> = {};
  for (const comment of sandbox.notion.store.comments.values()) {
    const parent = comment.parent as { page_id?: string; block_id?: string };
    const key = parent.page_id ?? parent.block_id ?? '?';
    comments[key] = (comments[key] ?? 0) + 1;
  }
  return { pages, standalone, comments };
}

export function countSummaries(view: StateView, title = 'Review summary'): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const [pageTitle, versions] of Object.entries(view.pages.Reviews ?? {})) {
    for (const page of versions) {
      counts[pageTitle] = page.children.filter((block) => {
        const callout = (block as { callout?: { rich_text?: { text?: { content?: string } }[] } }).callout;
        return callout?.rich_text?.[0]?.text?.content === title;
      }).length;
    }
  }
  return counts;
}

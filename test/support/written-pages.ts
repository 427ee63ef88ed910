import type { RequestLogEntry } from '../../src/sandbox/request-log.ts';
import { normalizeId } from '../../src/sandbox/notion/ids.ts';
import type { NotionStore } from '../../src/sandbox/notion/store.ts';

// Which page a logged write lands on, so privacy tests can gather everything the tool sent to one
// page: its properties, the blocks under it at any depth, and the comments on it.

/** The page a logged write lands on: the page itself, or the page a block or comment sits under. */
export function pageOfWrite(
  store: NotionStore,
  entry: Pick<RequestLogEntry, 'path' | 'body'>,
): string | null {
  const rootOf = (id: string): string | null => {
    let key = normalizeId(id);
    for (let depth = 0; depth < 50; depth += 1) {
      if (store.pages.has(key)) return key;
      const block = store.blocks.get(key);
      if (!block) return null;
      key = normalizeId(block.parent.type === 'page_id' ? block.parent.page_id : block.parent.block_id);
    }
    return null;
  };
  const target = /^\/v1\/(?:pages|blocks)\/([^/?]+)/.exec(entry.path)?.[1];
  if (target) return rootOf(target);
  const parent = (entry.body as { parent?: { page_id?: string; block_id?: string } } | null)?.parent;
  if (entry.path.startsWith('/v1/comments') && parent) return rootOf(parent.page_id ?? parent.block_id ?? '');
  return null;
}

/** The Notion users a written body mentions, by canonical id. */
export function mentionedUsers(body: unknown): string[] {
  return [...JSON.stringify(body).matchAll(/"user":\{[^}]*"id":"([^"]+)"/g)].map((m) =>
    normalizeId(m[1] ?? ''),
  );
}

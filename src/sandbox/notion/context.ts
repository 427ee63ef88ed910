import type { NotionStore } from './store.ts';

/** Everything a Notion endpoint handler needs: parsed body, query string and path parameters. */
export interface NotionContext {
  store: NotionStore;
  body: Record<string, unknown>;
  url: URL;
  params: string[];
}

export type NotionHandler = (ctx: NotionContext) => object;

export function param(ctx: NotionContext, index: number): string {
  return decodeURIComponent(ctx.params[index] ?? '');
}

import { NotionApiError } from './errors.ts';

// The Free-plan workspace block cap: a lifetime count of blocks created through the API (a page counts as
// one), which deleting does not lower. Past it, a create or append is refused with Notion's 403 shape,
// while reads, edits and deletes go on.

function nested(block: Record<string, unknown>): unknown {
  const typed = typeof block.type === 'string' ? block[block.type] : undefined;
  return (typed as { children?: unknown } | undefined)?.children ?? block.children;
}

function countBlocks(children: unknown): number {
  if (!Array.isArray(children)) return 0;
  return children.reduce<number>(
    (sum, child) =>
      typeof child === 'object' && child !== null
        ? sum + 1 + countBlocks(nested(child as Record<string, unknown>))
        : sum,
    0,
  );
}

/** Blocks a request would create: a page create is the page and its body; an append is its children. */
export function blocksCreatedBy(method: string, pathUnderV1: string, body: Record<string, unknown>): number {
  if (method === 'POST' && pathUnderV1 === '/pages') return 1 + countBlocks(body.children ?? body.content);
  if (method === 'PATCH' && /^\/blocks\/[^/]+\/children$/.test(pathUnderV1))
    return countBlocks(body.children);
  return 0;
}

export function blockLimitError(): NotionApiError {
  return new NotionApiError(
    403,
    'restricted_resource',
    'This workspace has reached its block limit. Upgrade the workspace plan to create more blocks.',
    {},
    { block_limit: 'block_creation' },
  );
}

/** Counts what is created and refuses what would go past the limit; no limit when none is set. */
export class BlockCap {
  private used = 0;

  constructor(private readonly limit: number | undefined) {}

  get created(): number {
    return this.used;
  }

  check(blocks: number): void {
    if (blocks > 0 && this.limit !== undefined && this.used + blocks > this.limit) throw blockLimitError();
  }

  record(blocks: number): void {
    this.used += blocks;
  }
}

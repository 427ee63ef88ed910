// Notion's Free-plan cap counts every block a workspace ever created, a page included, and deleting one
// gives nothing back. So the run counts what each create and append sends, nested children too.

interface BlockLike {
  type?: unknown;
  children?: unknown;
  [key: string]: unknown;
}

function nestedChildren(block: BlockLike): unknown[] {
  // A request block nests its children under its type key (`callout.children`); a few shapes put them
  // beside it.
  const typed = typeof block.type === 'string' ? block[block.type] : undefined;
  const inner = (typed as { children?: unknown } | undefined)?.children ?? block.children;
  return Array.isArray(inner) ? inner : [];
}

/** The blocks in a list of request blocks, each nested child counted once. */
export function countRequestBlocks(children: unknown): number {
  if (!Array.isArray(children)) return 0;
  let total = 0;
  for (const child of children) {
    if (typeof child !== 'object' || child === null) continue;
    total += 1 + countRequestBlocks(nestedChildren(child as BlockLike));
  }
  return total;
}

/** A `pages.create`: the page is a block, and so is each block of its body. */
export function countPageCreateBlocks(args: { children?: unknown; content?: unknown }): number {
  return 1 + countRequestBlocks(args.children ?? args.content);
}

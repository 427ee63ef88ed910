import type { BlockObjectRequest } from '@notionhq/client';
import { z } from 'zod';
import type { ActionPlanEntry } from '../core/action-plan/types.ts';
import type { NotionGateway } from './gateway.ts';
import { listChildren } from './block-children.ts';
import { plainText, richText } from './rich-text.ts';
import { alreadyGone } from './verified-write.ts';

// In `notion.actionItems.mode: todos` the agreed plan is a list of to-do blocks inside the summary
// callout. The container is replaced as a whole whenever the summary changes, so the ticks people set
// live only in the old container: they are read back from it just before it is replaced and written
// into the new one. They are never part of the summary model, so a tick never causes a rewrite.

/** A to-do of the container being replaced, as read back from Notion. */
export interface PriorTodo {
  text: string;
  checked: boolean;
}

/** What the new container's to-dos take over from the old one. */
export interface CarriedTicks {
  /** One per planned entry, in plan order. */
  checked: boolean[];
  /** Ticked to-dos whose entry left the plan: the record that the work was done is kept. */
  kept: string[];
}

export const NO_PRIOR_TODOS: readonly PriorTodo[] = [];

// Only the fields read; any other block type is passed over.
const listedTodoSchema = z.object({
  type: z.literal('to_do'),
  to_do: z.object({
    rich_text: z.array(z.object({ plain_text: z.string() })),
    checked: z.boolean(),
  }),
});

export function todoBlock(text: string, checked: boolean): BlockObjectRequest {
  return { object: 'block', type: 'to_do', to_do: { rich_text: richText(text), checked } };
}

/**
 * What identifies an entry in its to-do line: code, kind and title. The detail and due date that
 * follow may change (a new catalog detail, a moved delivery date) without losing the tick.
 */
export function entryLabel(entry: Pick<ActionPlanEntry, 'code' | 'kind' | 'title'>): string {
  return `[${entry.code}] ${entry.kind}: ${entry.title}`;
}

function showsEntry(text: string, label: string): boolean {
  return text === label || text.startsWith(`${label} (`) || text.startsWith(`${label} ·`);
}

/** The top-level to-dos among a container's listed children, in order. */
export function todosOf(blocks: readonly unknown[]): PriorTodo[] {
  return blocks.flatMap((block) => {
    const parsed = listedTodoSchema.safeParse(block);
    if (!parsed.success) return [];
    return [{ text: plainText(parsed.data.to_do.rich_text), checked: parsed.data.to_do.checked }];
  });
}

/**
 * Matches the old container's to-dos to the planned entries by label. A ticked to-do ticks the entry
 * it shows; when it could show two ("Course" and "Course (advanced)"), the longer label wins, since a
 * line shows its whole title. A ticked to-do that shows no planned entry is kept (once per text);
 * unticked ones that left the plan go with the old container.
 */
export function carryTicks(
  entries: readonly Pick<ActionPlanEntry, 'code' | 'kind' | 'title'>[],
  prior: readonly PriorTodo[],
): CarriedTicks {
  const labels = entries.map(entryLabel);
  const tickedLabels = new Set<string>();
  const kept = new Set<string>();
  for (const todo of prior) {
    if (!todo.checked) continue;
    const shown = labels
      .filter((label) => showsEntry(todo.text, label))
      .reduce<string | null>(
        (best, label) => (best === null || label.length > best.length ? label : best),
        null,
      );
    if (shown === null) kept.add(todo.text);
    else tickedLabels.add(shown);
  }
  return { checked: labels.map((label) => tickedLabels.has(label)), kept: [...kept] };
}

/**
 * The to-dos of the container about to be replaced: one `blocks.children.list` (paged past 100
 * children). A container already gone (a person deleted it, or a crash after its deletion) has none.
 */
export async function readPriorTodos(gw: NotionGateway, containerId: string): Promise<PriorTodo[]> {
  let listed: unknown[];
  try {
    listed = await listChildren(gw, containerId);
  } catch (error) {
    if (alreadyGone(error)) return [];
    throw error;
  }
  return todosOf(listed);
}
